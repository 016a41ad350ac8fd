/** Names and colours of project statuses, kinds and overdue reasons in the UI language. Pure. */
import { projectKinds, projectStatuses } from '../../../shared/domain/project-status.ts';
import type { OverdueReason } from '../../../shared/domain/project-timing.ts';
import type { Language } from '../../i18n/languages.ts';
import { vi } from '../../i18n/vi.ts';
import { en } from '../../i18n/en.ts';
import { zh } from '../../i18n/zh.ts';

const messages = { vi, en, zh } as const;

export function statusLabel(code: string, language: Language): string {
  return projectStatuses.find((status) => status.code === code)?.[language] ?? code;
}

export function statusColour(code: string): string {
  return projectStatuses.find((status) => status.code === code)?.colour ?? '#868e96';
}

export function kindLabel(code: string, language: Language): string {
  return projectKinds.find((kind) => kind.code === code)?.[language] ?? code;
}

export function overdueReasonLabel(reason: OverdueReason, language: Language): string {
  const text = messages[language].projects;
  return reason === 'completion' ? text.overdueCompletion : text.overdueFinalAccounts;
}
