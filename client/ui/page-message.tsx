/** A full-page message in the page's flow (not over the map): access refused, not found, load failed. */
import type { ReactNode } from 'react';

export function PageMessage({ title, children, tone = 'info', actions, level = 2 }: {
  title: string;
  /** 1 when the message is the whole page (not found, no access); 2 inside a page. */
  level?: 1 | 2;
  children?: ReactNode;
  tone?: 'info' | 'error';
  actions?: ReactNode;
}) {
  return (
    <section className={`page-message page-message--${tone}`} role={tone === 'error' ? 'alert' : undefined}>
      {level === 1 ? <h1 className="page-message__title">{title}</h1> : <h2 className="page-message__title">{title}</h2>}
      {children}
      {actions && <div className="page-message__actions">{actions}</div>}
    </section>
  );
}
