import { describe, expect, it } from 'vitest';
import { currentPeriod, monthlyCsvHref, onTimeOn, periodOfSearch, reportDueDate, reportInput } from './report-period.ts';

describe('currentPeriod', () => {
  it('is the month in Vietnam, which starts 7 hours before UTC\'s', () => {
    expect(currentPeriod(new Date('2025-09-30T16:59:00Z'))).toBe('2025-09');
    expect(currentPeriod(new Date('2025-09-30T17:00:00Z'))).toBe('2025-10');
  });
});

describe('periodOfSearch', () => {
  it('reads ?ky=YYYY-MM and refuses anything else', () => {
    expect(periodOfSearch('?ky=2025-09')).toBe('2025-09');
    expect(periodOfSearch('?ky=2025-13')).toBeUndefined();
    expect(periodOfSearch('?ky=2025-9')).toBeUndefined();
    expect(periodOfSearch('')).toBeUndefined();
  });
});

describe('due date', () => {
  it('is before the 25th: the 24th is the last day on time', () => {
    expect(reportDueDate('2025-09')).toBe('2025-09-24');
    expect(onTimeOn('2025-09', '2025-09-24')).toBe(true);
    expect(onTimeOn('2025-09', '2025-09-25')).toBe(false);
    expect(onTimeOn('2025-09', '2025-10-02')).toBe(false);
  });
});

describe('reportInput', () => {
  it('builds the reports.submit input, reading a decimal comma', () => {
    expect(reportInput('p1', { period: '2025-09', progressPercent: '42,5', issues: ' Vướng GPMB ', proposals: '' })).toEqual({
      ok: true,
      input: { projectId: 'p1', period: '2025-09', progressPercent: 42.5, issues: 'Vướng GPMB', proposals: '' },
    });
  });

  it('names the fields at fault', () => {
    expect(reportInput('p1', { period: '', progressPercent: '', issues: '', proposals: '' })).toEqual({
      ok: false,
      errors: { period: 'required', progressPercent: 'required' },
    });
    expect(reportInput('p1', { period: '2025-09', progressPercent: '101', issues: '', proposals: '' })).toEqual({ ok: false, errors: { progressPercent: 'invalid' } });
  });
});

describe('monthlyCsvHref', () => {
  it('points at the CSV export of the month', () => {
    expect(monthlyCsvHref('2025-09')).toBe('/api/reports/monthly.csv?period=2025-09');
  });
});
