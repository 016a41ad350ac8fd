import { describe, expect, it } from 'vitest';
import { lotStatuses } from '../../../shared/domain/land-lots.ts';
import { domainLabel, formatDay, formatHa, formatKm, formatSquareMetres, portalLocale } from './portal-format.ts';

describe('portal formats', () => {
  it('uses each language locale, Chinese included before it joins the switch', () => {
    expect(portalLocale('vi')).toBe('vi-VN');
    expect(portalLocale('en')).toBe('en-US');
    expect(portalLocale('zh')).toBe('zh-CN');
    expect(portalLocale('xx')).toBe('vi-VN');
  });

  it('writes areas with the decimal separator and grouping of the language', () => {
    expect(formatHa(2.39, 'vi')).toBe('2,39 ha');
    expect(formatHa(2.39, 'en')).toBe('2.39 ha');
    expect(formatSquareMetres(23912.6, 'vi')).toBe('23.913 m²');
    expect(formatSquareMetres(23912.6, 'en')).toBe('23,913 m²');
    expect(formatSquareMetres(23912.6, 'zh')).toBe('23,913 m²');
  });

  it('keeps two decimals for short distances and one for long ones', () => {
    expect(formatKm(6.47, 'vi')).toBe('6,47 km');
    expect(formatKm(52.83, 'en')).toBe('52.8 km');
  });

  it('writes dates day-first in Vietnamese and year-first in Chinese, without shifting the day', () => {
    expect(formatDay('2026-06-30', 'vi')).toBe('30/6/2026');
    expect(formatDay('2026-06-30', 'zh')).toBe('2026/6/30');
    expect(formatDay('not a date', 'vi')).toBe('not a date');
  });

  it('labels domain codes in the UI language', () => {
    const available = lotStatuses[0];
    expect(domainLabel(available, 'vi')).toBe('Còn trống');
    expect(domainLabel(available, 'en')).toBe('Available');
    expect(domainLabel(available, 'zh')).toBe('可租');
    expect(domainLabel(undefined, 'vi', '—')).toBe('—');
  });
});
