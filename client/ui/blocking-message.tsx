/** A centred card over the map for states that stop the page: loading, server unreachable. */
import type { ReactNode } from 'react';

export function BlockingMessage({ title, children, tone = 'info', actions }: {
  title: string;
  children?: ReactNode;
  tone?: 'info' | 'error';
  actions?: ReactNode;
}) {
  return (
    <div className="blocking-message" role={tone === 'error' ? 'alert' : 'status'}>
      <div className={`blocking-message__card blocking-message__card--${tone}`}>
        <h2 className="blocking-message__title">{title}</h2>
        {children}
        {actions && <div className="blocking-message__actions">{actions}</div>}
      </div>
    </div>
  );
}
