/**
 * The project update form: what it holds (strings, as typed), the `projects.update` input it
 * becomes, checked with the procedure's own zod schema, and field errors keyed by field. Pure.
 */
import { updateProjectInput, type UpdateProjectInput } from '../../../shared/schemas/projects.ts';
import type { ProjectStatus } from '../../../shared/domain/project-status.ts';

export interface UpdateForm {
  status: ProjectStatus;
  progressPercent: string;
  actualStartDate: string;
  actualEndDate: string;
  finalAccountsDate: string;
  note: string;
}

export type UpdateField = keyof UpdateForm;

export interface ProjectForForm {
  storedStatus: ProjectStatus;
  progressPercent: number | null;
  dates: { actualStartDate: string | null; actualEndDate: string | null; finalAccountsDate: string | null };
}

export function initialUpdateForm(project: ProjectForForm): UpdateForm {
  return {
    status: project.storedStatus,
    progressPercent: project.progressPercent === null ? '' : String(project.progressPercent),
    actualStartDate: project.dates.actualStartDate ?? '',
    actualEndDate: project.dates.actualEndDate ?? '',
    finalAccountsDate: project.dates.finalAccountsDate ?? '',
    note: '',
  };
}

const dateFields = ['actualStartDate', 'actualEndDate', 'finalAccountsDate'] as const;

export type UpdateFormResult =
  | { ok: true; input: UpdateProjectInput }
  | { ok: false; errors: Partial<Record<UpdateField, 'required' | 'invalid'>> };

/**
 * The input for `projects.update`: a date left as it was is not sent, a cleared one is sent as
 * null (the server removes it); progress accepts a decimal comma.
 */
export function updateInput(id: string, project: ProjectForForm, form: UpdateForm): UpdateFormResult {
  const raw: Record<string, unknown> = { id, status: form.status, note: form.note };
  const progress = form.progressPercent.trim().replace(',', '.');
  if (progress !== '') raw['progressPercent'] = /^\d+(\.\d+)?$/.test(progress) ? Number(progress) : Number.NaN;
  for (const field of dateFields) {
    const before = project.dates[field] ?? '';
    const value = form[field].trim();
    if (value !== before) raw[field] = value === '' ? null : value;
  }
  const parsed = updateProjectInput.safeParse(raw);
  if (parsed.success) return { ok: true, input: parsed.data };
  const errors: Partial<Record<UpdateField, 'required' | 'invalid'>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (typeof field !== 'string' || !(field in form)) continue;
    const key = field as UpdateField;
    errors[key] ??= key === 'note' && form.note.trim() === '' ? 'required' : 'invalid';
  }
  return { ok: false, errors };
}
