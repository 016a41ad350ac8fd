import { describe, expect, it } from 'vitest';
import { dayToX, timelineDomain, yearTicks } from './timeline-scale.ts';

describe('timelineDomain', () => {
  it('spans whole years around every date given, ignoring nulls', () => {
    expect(timelineDomain(['2025-09-30', null, '2023-03-15', undefined, '2026-12-31'], '2025-10-01')).toEqual({ start: '2023-01-01', end: '2027-01-01' });
  });

  it('is the fallback day\'s year when there is no date', () => {
    expect(timelineDomain([null], '2025-10-01')).toEqual({ start: '2025-01-01', end: '2026-01-01' });
  });
});

describe('dayToX', () => {
  const domain = { start: '2024-01-01', end: '2026-01-01' };

  it('maps the ends of the domain to the ends of the axis', () => {
    expect(dayToX('2024-01-01', domain, 100, 731)).toBe(100);
    expect(dayToX('2026-01-01', domain, 100, 731)).toBe(831);
  });

  it('is linear in days (2024 is a leap year: 366 of 731 days)', () => {
    expect(dayToX('2025-01-01', domain, 0, 731)).toBe(366);
  });

  it('clamps days outside the domain', () => {
    expect(dayToX('2020-05-05', domain, 10, 100)).toBe(10);
    expect(dayToX('2030-05-05', domain, 10, 100)).toBe(110);
  });
});

describe('yearTicks', () => {
  it('puts a tick on 1 January of each year shown', () => {
    expect(yearTicks({ start: '2024-01-01', end: '2026-01-01' }, 0, 731)).toEqual([{ year: 2024, x: 0 }, { year: 2025, x: 366 }]);
  });
});
