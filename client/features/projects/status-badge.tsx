/** A project's derived status: a colour dot (the map's colour) and its name. */
import type { Language } from '../../i18n/languages.ts';
import { statusColour, statusLabel } from './project-labels.ts';

export function StatusBadge({ status, language }: { status: string; language: Language }) {
  return (
    <span className="status-badge" data-status={status}>
      <span className="status-badge__dot" style={{ background: statusColour(status) }} aria-hidden="true" />
      {statusLabel(status, language)}
    </span>
  );
}
