/** A small inline label, e.g. "Dữ liệu minh họa" on illustrative layers and features. */
import type { ReactNode } from 'react';

export type BadgeTone = 'illustrative' | 'warning' | 'neutral';

export function Badge({ tone, title, children }: { tone: BadgeTone; title?: string; children: ReactNode }) {
  return (
    <span className={`badge badge--${tone}`} title={title}>
      {children}
    </span>
  );
}
