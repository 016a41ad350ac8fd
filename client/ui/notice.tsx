/** A non-blocking message over the map, dismissable; announced politely to screen readers. */
import type { ReactNode } from 'react';

export function Notice({ children, dismissLabel, onDismiss }: { children: ReactNode; dismissLabel: string; onDismiss: () => void }) {
  return (
    <div className="notice" role="status" aria-live="polite">
      <span className="notice__icon" aria-hidden="true">!</span>
      <span className="notice__text">{children}</span>
      <button type="button" className="notice__dismiss" onClick={onDismiss} aria-label={dismissLabel} title={dismissLabel}>
        ×
      </button>
    </div>
  );
}
