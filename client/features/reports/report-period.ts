/**
 * Monthly report periods (YYYY-MM, Vietnam calendar): this month, the page's `?ky=`, the due day
 * (reports are due before the 25th: the 24th is the last day on time, as the server counts), and
 * the report form's `reports.submit` input, checked with the procedure's own schema. Pure.
 */
import { vietnamDate } from '../../../shared/domain/project-timing.ts';
import { periodSchema, submitReportInput, type SubmitReportInput } from '../../../shared/schemas/reports.ts';

/** The month of `now` in Vietnam. */
export function currentPeriod(now: Date): string {
  return vietnamDate(now).slice(0, 7);
}

export function parsePeriod(value: string | null | undefined): string | undefined {
  return value && periodSchema.safeParse(value).success ? value : undefined;
}

/** The period of the summary page's query string (`?ky=2025-09`), if valid. */
export function periodOfSearch(search: string): string | undefined {
  return parsePeriod(new URLSearchParams(search).get('ky'));
}

/** The last day a report of `period` is on time (YYYY-MM-DD): the 24th. */
export function reportDueDate(period: string): string {
  return `${period}-24`;
}

/** Whether a report of `period` given on `day` (YYYY-MM-DD, Vietnam) would be on time. */
export function onTimeOn(period: string, day: string): boolean {
  return day <= reportDueDate(period);
}

export interface ReportForm {
  period: string;
  progressPercent: string;
  issues: string;
  proposals: string;
}

export type ReportFormField = keyof ReportForm;

export type ReportFormResult =
  | { ok: true; input: SubmitReportInput }
  | { ok: false; errors: Partial<Record<ReportFormField, 'required' | 'invalid'>> };

export function reportInput(projectId: string, form: ReportForm): ReportFormResult {
  const progress = form.progressPercent.trim().replace(',', '.');
  const parsed = submitReportInput.safeParse({
    projectId,
    period: form.period,
    progressPercent: progress === '' ? undefined : /^\d+(\.\d+)?$/.test(progress) ? Number(progress) : Number.NaN,
    issues: form.issues,
    proposals: form.proposals,
  });
  if (parsed.success) return { ok: true, input: parsed.data };
  const errors: Partial<Record<ReportFormField, 'required' | 'invalid'>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (typeof field !== 'string' || !(field in form)) continue;
    const key = field as ReportFormField;
    errors[key] ??= form[key].trim() === '' ? 'required' : 'invalid';
  }
  return { ok: false, errors };
}

/** The CSV export of a month's summary. */
export function monthlyCsvHref(period: string): string {
  return `/api/reports/monthly.csv?period=${period}`;
}
