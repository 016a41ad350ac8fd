import { describe, expect, it } from 'vitest';
import { auditFilterInput as auditFilterSchema } from '../../../shared/schemas/audit.ts';
import { auditCsvSearch, auditFilterInput, auditPageSearch, emptyAuditFilterForm, isDayRangeReversed, nextDay, parseAuditPageSearch } from './audit-filters.ts';

describe('auditFilterInput', () => {
  it('leaves empty fields out', () => {
    expect(auditFilterInput(emptyAuditFilterForm)).toEqual({});
  });

  it('sends Vietnamese days as date-times at +07:00, the last day inclusive', () => {
    expect(auditFilterInput({ ...emptyAuditFilterForm, fromDay: '2026-11-25', toDay: '2026-11-25' })).toEqual({
      from: '2026-11-25T00:00:00+07:00',
      to: '2026-11-26T00:00:00+07:00',
    });
  });

  it('is accepted by the shared schema and means the right instants', () => {
    const parsed = auditFilterSchema.parse(auditFilterInput({ ...emptyAuditFilterForm, actor: 'admin', fromDay: '2026-11-25', toDay: '2026-11-30' }));
    expect(parsed).toEqual({ actor: 'admin', from: '2026-11-24T17:00:00.000Z', to: '2026-11-30T17:00:00.000Z' });
  });

  it('trims text and ignores malformed days', () => {
    expect(auditFilterInput({ ...emptyAuditFilterForm, procedure: ' users.create ', fromDay: '25/11/2026' })).toEqual({ procedure: 'users.create' });
  });
});

describe('nextDay', () => {
  it('crosses month and year ends', () => {
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});

describe('auditCsvSearch', () => {
  it('carries the same filters as audit.list', () => {
    const search = auditCsvSearch({ ...emptyAuditFilterForm, actor: 'admin', entityType: 'user', toDay: '2026-11-25' });
    expect(Object.fromEntries(new URLSearchParams(search))).toEqual({ actor: 'admin', entityType: 'user', to: '2026-11-26T00:00:00+07:00' });
  });

  it('is empty without filters', () => {
    expect(auditCsvSearch(emptyAuditFilterForm)).toBe('');
  });
});

describe('audit page search', () => {
  it('round-trips the form', () => {
    const form = { actor: 'admin', procedure: 'users.', entityType: 'user', fromDay: '2026-11-01', toDay: '2026-11-25' };
    expect(parseAuditPageSearch(auditPageSearch(form))).toEqual(form);
  });

  it('drops malformed days from a hand-edited link', () => {
    expect(parseAuditPageSearch('?from=yesterday&actor=planner')).toEqual({ ...emptyAuditFilterForm, actor: 'planner' });
  });
});

describe('isDayRangeReversed', () => {
  it('flags a last day before the first', () => {
    expect(isDayRangeReversed({ fromDay: '2026-11-25', toDay: '2026-11-24' })).toBe(true);
    expect(isDayRangeReversed({ fromDay: '2026-11-25', toDay: '2026-11-25' })).toBe(false);
    expect(isDayRangeReversed({ fromDay: '', toDay: '2026-11-24' })).toBe(false);
  });
});
