import { describe, expect, it } from 'vitest';
import { asOfSearch, formatProjectsSearch, parseDay, parseProjectsSearch, vietnamToday } from './projects-search.ts';

describe('parseProjectsSearch', () => {
  it('reads the day, the filters and the sort', () => {
    expect(parseProjectsSearch('?ngay=2025-10-01&trang-thai=halted&loai=public&qua-han=1&sap-xep=deadline')).toEqual({
      asOf: '2025-10-01', status: 'halted', kind: 'public', overdueOnly: true, sort: 'deadline',
    });
  });

  it('falls back to today and everything by name for missing or unknown values', () => {
    expect(parseProjectsSearch('?ngay=2025-02-30&trang-thai=lost&loai=x&qua-han=yes&sap-xep=size')).toEqual({
      asOf: undefined, status: '', kind: '', overdueOnly: false, sort: 'name',
    });
  });

  it('round-trips through formatProjectsSearch, writing only what differs from the defaults', () => {
    const search = '?ngay=2025-10-01&trang-thai=final-accounts-overdue&qua-han=1';
    expect(formatProjectsSearch(parseProjectsSearch(search))).toBe(search);
    expect(formatProjectsSearch(parseProjectsSearch(''))).toBe('');
  });
});

describe('parseDay', () => {
  it('accepts calendar days only', () => {
    expect(parseDay('2024-02-29')).toBe('2024-02-29');
    expect(parseDay('2025-02-29')).toBeUndefined();
    expect(parseDay('01/10/2025')).toBeUndefined();
    expect(parseDay('')).toBeUndefined();
    expect(parseDay(null)).toBeUndefined();
  });
});

describe('vietnamToday', () => {
  it('is the calendar day in Vietnam (UTC+7), not in UTC', () => {
    expect(vietnamToday(new Date('2025-09-30T16:59:59Z'))).toBe('2025-09-30');
    expect(vietnamToday(new Date('2025-09-30T17:00:00Z'))).toBe('2025-10-01');
  });
});

describe('asOfSearch', () => {
  it('keeps a chosen day in links between the projects pages', () => {
    expect(asOfSearch('2025-10-01')).toBe('?ngay=2025-10-01');
    expect(asOfSearch(undefined)).toBe('');
  });
});
