/**
 * Filters of the audit log view and its CSV export (`/api/audit.csv` takes the same names as
 * query parameters). `from` is inclusive, `to` exclusive; a bare date (YYYY-MM-DD) means the start
 * of that day in UTC, so `to=2026-11-26` ends before 26 Nov. Send full date-times with an offset
 * (e.g. 2026-11-26T00:00:00+07:00) to filter on Vietnamese days.
 */
import { z } from 'zod';

export const AUDIT_PAGE_MAX = 500;

const instant = z
  .string()
  .trim()
  .refine((value) => /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(value) && !Number.isNaN(Date.parse(value)), {
    message: 'expected a date (YYYY-MM-DD) or a date-time with an offset (2026-11-26T08:00:00+07:00)',
  })
  .transform((value) => new Date(value.length === 10 ? `${value}T00:00:00Z` : value).toISOString());

const text = z.string().trim().min(1).max(100);

const filterFields = z.object({
  /** Username of the actor, exactly. */
  actor: text.optional(),
  /** Procedure path, e.g. `users.create`; a trailing dot matches a feature (`users.`). */
  procedure: text.optional(),
  entityType: text.optional(),
  from: instant.optional(),
  to: instant.optional(),
});

const fromBeforeTo = (value: { from?: string | undefined; to?: string | undefined }) => !value.from || !value.to || value.from < value.to;
const fromBeforeToMessage = { path: ['to'], message: '`to` must come after `from`' };

export const auditFilterInput = filterFields.refine(fromBeforeTo, fromBeforeToMessage);
export type AuditFilterInput = z.input<typeof auditFilterInput>;
export type AuditFilter = z.output<typeof auditFilterInput>;

/** The query parameters of GET /api/audit.csv: the same filters, and nothing else. */
export const auditCsvQuery = filterFields.strict().refine(fromBeforeTo, fromBeforeToMessage);

export const auditListInput = filterFields
  .extend({
    limit: z.number().int().min(1).max(AUDIT_PAGE_MAX).default(50),
    offset: z.number().int().min(0).default(0),
  })
  .refine(fromBeforeTo, fromBeforeToMessage);
export type AuditListInput = z.input<typeof auditListInput>;
