/**
 * The audit view's filters: what the form holds (Vietnamese calendar days, inclusive), the
 * `audit.list` input they become, and the query string of the page link and the CSV export.
 * Days are Asia/Ho_Chi_Minh days (UTC+7, no daylight saving): "from 25 Nov to 25 Nov" is
 * 2026-11-25T00:00:00+07:00 ≤ at < 2026-11-26T00:00:00+07:00. Pure.
 */
import type { AuditFilterInput } from '../../../shared/schemas/audit.ts';

export interface AuditFilterForm {
  actor: string;
  procedure: string;
  entityType: string;
  /** YYYY-MM-DD (an <input type="date"> value) or ''. */
  fromDay: string;
  /** YYYY-MM-DD, inclusive, or ''. */
  toDay: string;
}

export const emptyAuditFilterForm: AuditFilterForm = { actor: '', procedure: '', entityType: '', fromDay: '', toDay: '' };

const vietnamOffset = '+07:00';
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

function isDay(value: string): boolean {
  return dayPattern.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** The day after `day` (YYYY-MM-DD), calendar arithmetic in UTC so no zone can shift it. */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Midnight starting `day` in Vietnam, as the server's filters take it. */
export function vietnamDayStart(day: string): string {
  return `${day}T00:00:00${vietnamOffset}`;
}

/** True when both days are set and the range is empty (the last day before the first). */
export function isDayRangeReversed(form: Pick<AuditFilterForm, 'fromDay' | 'toDay'>): boolean {
  return isDay(form.fromDay) && isDay(form.toDay) && form.toDay < form.fromDay;
}

/** The filters of `audit.list` and the CSV export; empty and malformed fields are left out. */
export function auditFilterInput(form: AuditFilterForm): AuditFilterInput {
  const filter: AuditFilterInput = {};
  if (form.actor.trim()) filter.actor = form.actor.trim();
  if (form.procedure.trim()) filter.procedure = form.procedure.trim();
  if (form.entityType.trim()) filter.entityType = form.entityType.trim();
  if (isDay(form.fromDay)) filter.from = vietnamDayStart(form.fromDay);
  // `to` is exclusive on the server: the inclusive last day ends where the next one starts.
  if (isDay(form.toDay)) filter.to = vietnamDayStart(nextDay(form.toDay));
  return filter;
}

/** Query parameters of GET /api/audit.csv: exactly the filters of audit.list. */
export function auditCsvSearch(form: AuditFilterForm): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(auditFilterInput(form))) {
    if (typeof value === 'string') params.set(name, value);
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** The audit page's own query string: the form as the user typed it (days, not instants), for sharing. */
export function auditPageSearch(form: AuditFilterForm): string {
  const params = new URLSearchParams();
  if (form.actor.trim()) params.set('actor', form.actor.trim());
  if (form.procedure.trim()) params.set('procedure', form.procedure.trim());
  if (form.entityType.trim()) params.set('entityType', form.entityType.trim());
  if (isDay(form.fromDay)) params.set('from', form.fromDay);
  if (isDay(form.toDay)) params.set('to', form.toDay);
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function parseAuditPageSearch(search: string): AuditFilterForm {
  const params = new URLSearchParams(search);
  const day = (name: string) => {
    const value = params.get(name) ?? '';
    return isDay(value) ? value : '';
  };
  return {
    actor: params.get('actor')?.trim() ?? '',
    procedure: params.get('procedure')?.trim() ?? '',
    entityType: params.get('entityType')?.trim() ?? '',
    fromDay: day('from'),
    toDay: day('to'),
  };
}
