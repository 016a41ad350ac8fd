import { describe, expect, it } from 'vitest';
import { formatArea, formatDate, formatDateTime, formatHectares, formatNumber, formatPercent } from './format.ts';

describe('formatNumber', () => {
  it('groups and separates decimals the Vietnamese way', () => {
    expect(formatNumber(12345.678, 'vi')).toBe('12.345,68');
  });
  it('groups with commas in English', () => {
    expect(formatNumber(12345.678, 'en')).toBe('12,345.68');
  });
  it('groups with commas in Chinese', () => {
    expect(formatNumber(12345.678, 'zh')).toBe('12,345.68');
  });
});

describe('formatArea', () => {
  it('keeps square metres below one hectare', () => {
    expect(formatArea(9876.4, 'vi')).toBe('9.876 m²');
    expect(formatArea(9876.4, 'en')).toBe('9,876 m²');
    expect(formatArea(9876.4, 'zh')).toBe('9,876 平方米');
  });
  it('switches to hectares from 10 000 m²', () => {
    expect(formatArea(12345, 'vi')).toBe('1,23 ha');
    expect(formatArea(12345, 'en')).toBe('1.23 ha');
    expect(formatArea(12345, 'zh')).toBe('1.23 公顷');
  });
  it('writes large hectare figures grouped', () => {
    expect(formatHectares(1234.5, 'vi')).toBe('1.234,50 ha');
    expect(formatHectares(1234.5, 'zh')).toBe('1,234.50 公顷');
  });
});

describe('formatPercent', () => {
  it('takes 0–100 and uses the decimal separator of the locale', () => {
    expect(formatPercent(12.5, 'vi')).toBe('12,5%');
    expect(formatPercent(12.5, 'en')).toBe('12.5%');
    expect(formatPercent(12.5, 'zh')).toBe('12.5%');
  });
});

describe('formatDate', () => {
  it('writes a calendar day per language', () => {
    expect(formatDate('2025-11-05', 'vi')).toBe('05/11/2025');
    expect(formatDate('2025-11-05', 'en')).toBe('Nov 5, 2025');
    expect(formatDate('2025-11-05', 'zh')).toBe('2025年11月5日');
  });
  it('shows an instant as its day in Vietnam (UTC+7)', () => {
    expect(formatDate('2025-11-04T20:00:00Z', 'zh')).toBe('2025年11月5日');
  });
  it('returns text that is no date unchanged', () => {
    expect(formatDate('soon', 'en')).toBe('soon');
  });
  it('adds the time of day in Vietnam', () => {
    // ICU writes the time first in Vietnamese.
    expect(formatDateTime('2025-11-04T20:05:00Z', 'vi')).toBe('03:05 05/11/2025');
    expect(formatDateTime('2025-11-04T20:05:00Z', 'zh')).toBe('2025年11月5日 03:05');
  });
});
