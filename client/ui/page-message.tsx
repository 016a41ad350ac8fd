/** A full-page message in the page's flow (not over the map): access refused, not found, load failed. */
import type { ReactNode } from 'react';

export function PageMessage({ title, children, tone = 'info', actions }: {
  title: string;
  children?: ReactNode;
  tone?: 'info' | 'error';
  actions?: ReactNode;
}) {
  return (
    <section className={`page-message page-message--${tone}`} role={tone === 'error' ? 'alert' : undefined}>
      <h2 className="page-message__title">{title}</h2>
      {children}
      {actions && <div className="page-message__actions">{actions}</div>}
    </section>
  );
}
