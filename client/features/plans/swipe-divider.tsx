/**
 * The swipe comparison's divider: dragged with mouse, pen or finger, or moved with the arrow keys,
 * Page Up/Down, Home and End (an ARIA slider). The maths is in swipe-clip.ts.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { fractionAfterKey, fractionAtPointer, swipePercent } from './swipe-clip.ts';

export function SwipeDivider({ fraction, onChange, label, valueText }: {
  fraction: number;
  onChange: (fraction: number) => void;
  label: string;
  valueText: string;
}) {
  const dragging = useRef(false);
  const box = (element: HTMLElement) => (element.parentElement ?? element).getBoundingClientRect();

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    dragging.current = true;
    event.currentTarget.setPointerCapture(event.pointerId);
    event.preventDefault();
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (dragging.current) onChange(fractionAtPointer(event.clientX, box(event.currentTarget)));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    dragging.current = false;
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = fractionAfterKey(fraction, event.key);
    if (next === undefined) return;
    event.preventDefault();
    onChange(next);
  };

  return (
    <div
      className="swipe-divider"
      style={{ left: `${swipePercent(fraction)}%` }}
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-orientation="horizontal"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={swipePercent(fraction)}
      aria-valuetext={valueText}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    >
      <span className="swipe-divider__handle" aria-hidden="true">⟨ ⟩</span>
    </div>
  );
}
