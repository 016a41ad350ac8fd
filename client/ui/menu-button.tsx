/**
 * A menu button (WAI-ARIA APG "menu button" pattern): Enter, Space or ↓ open the menu on its
 * first item, ↑ on its last; in the menu ↑/↓ move (wrapping), Home/End jump, Escape closes and
 * returns focus to the button, Tab closes and moves on. A click outside closes it. `summary` is
 * shown above the items and is not focusable. Presentational: items are links or actions.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';

export type MenuItem =
  | { kind: 'link'; key: string; label: string; href: string; onClick?: (event: MouseEvent<HTMLAnchorElement>) => void }
  | { kind: 'action'; key: string; label: string; onSelect: () => void; tone?: 'danger' };

export function MenuButton({ label, buttonContent, summary, items, className }: {
  /** The button's accessible name. */
  label: string;
  buttonContent: ReactNode;
  summary?: ReactNode;
  items: readonly MenuItem[];
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const [focusIndex, setFocusIndex] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const itemRefs = useRef<(HTMLElement | null)[]>([]);
  const menuId = useId();
  const buttonId = useId();

  useEffect(() => {
    if (open) itemRefs.current[focusIndex]?.focus();
  }, [open, focusIndex]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const openAt = (index: number) => {
    setFocusIndex(index);
    setOpen(true);
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openAt(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(items.length - 1);
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const last = items.length - 1;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setFocusIndex((index) => (index >= last ? 0 : index + 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setFocusIndex((index) => (index <= 0 ? last : index - 1));
        break;
      case 'Home':
        event.preventDefault();
        setFocusIndex(0);
        break;
      case 'End':
        event.preventDefault();
        setFocusIndex(last);
        break;
      case 'Escape':
        event.preventDefault();
        close(true);
        break;
      case 'Tab':
        close(false);
        break;
      case ' ': {
        // Space activates links too (Enter already does, natively).
        const target = event.target as HTMLElement;
        if (target.tagName === 'A') {
          event.preventDefault();
          target.click();
        }
        break;
      }
    }
  };

  return (
    <div className={`menu-button${className ? ` ${className}` : ''}`} ref={rootRef}>
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className="menu-button__trigger"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={label}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKeyDown}
      >
        {buttonContent}
        <span className="menu-button__chevron" aria-hidden="true" />
      </button>
      {open && (
        <div className="menu-button__popup">
          {summary && <div className="menu-button__summary">{summary}</div>}
          <ul id={menuId} role="menu" aria-labelledby={buttonId} className="menu-button__menu" onKeyDown={onMenuKeyDown}>
            {items.map((item, index) => (
              <li key={item.key} role="none">
                {item.kind === 'link' ? (
                  <a
                    ref={(element) => { itemRefs.current[index] = element; }}
                    role="menuitem"
                    tabIndex={index === focusIndex ? 0 : -1}
                    className="menu-button__item"
                    href={item.href}
                    onClick={(event) => {
                      item.onClick?.(event);
                      setOpen(false);
                    }}
                  >
                    {item.label}
                  </a>
                ) : (
                  <button
                    ref={(element) => { itemRefs.current[index] = element; }}
                    type="button"
                    role="menuitem"
                    tabIndex={index === focusIndex ? 0 : -1}
                    className={`menu-button__item${item.tone === 'danger' ? ' menu-button__item--danger' : ''}`}
                    onClick={() => {
                      close(true);
                      item.onSelect();
                    }}
                  >
                    {item.label}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
