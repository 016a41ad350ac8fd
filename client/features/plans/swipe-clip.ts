/**
 * The swipe comparison's divider: where it stands (a fraction of the map's width, 0 = left edge),
 * moved by pointer or keyboard, and the clip that shows the "after" map right of it. Pure.
 */
export const swipeStep = 0.05;
export const swipePageStep = 0.25;

export function clampFraction(value: number): number {
  if (!Number.isFinite(value)) return 0.5;
  return Math.min(1, Math.max(0, value));
}

/** The divider's position for a pointer at `clientX` over a box starting at `left`, `width` wide. */
export function fractionAtPointer(clientX: number, box: { left: number; width: number }): number {
  if (box.width <= 0) return 0.5;
  return clampFraction((clientX - box.left) / box.width);
}

/** The position after a key press, or undefined for keys the divider does not use. */
export function fractionAfterKey(fraction: number, key: string): number | undefined {
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return clampFraction(Math.round((fraction - swipeStep) * 1000) / 1000);
    case 'ArrowRight':
    case 'ArrowUp':
      return clampFraction(Math.round((fraction + swipeStep) * 1000) / 1000);
    case 'PageDown':
      return clampFraction(Math.round((fraction - swipePageStep) * 1000) / 1000);
    case 'PageUp':
      return clampFraction(Math.round((fraction + swipePageStep) * 1000) / 1000);
    case 'Home':
      return 0;
    case 'End':
      return 1;
    default:
      return undefined;
  }
}

/** CSS clip-path of the top map: everything left of the divider cut away. */
export function swipeClipPath(fraction: number): string {
  return `inset(0 0 0 ${Math.round(clampFraction(fraction) * 10_000) / 100}%)`;
}

/** Percent for aria-valuenow and the divider's CSS left. */
export function swipePercent(fraction: number): number {
  return Math.round(clampFraction(fraction) * 100);
}
