import { describe, expect, it } from 'vitest';
import { balanceCsvHref, changedClasses, deltaDirection, formatDeltaHectares, formatHectares, formatPercent, landUseColourOf, landUseName } from './balance-format.ts';

describe('balance formatting', () => {
  it('writes hectares in each locale with two decimals', () => {
    expect(formatHectares(1234.5, 'vi')).toBe('1.234,50');
    expect(formatHectares(1234.5, 'en')).toBe('1,234.50');
    expect(formatHectares(0, 'vi')).toBe('0,00');
  });

  it('signs changes with a true minus and no sign for no change', () => {
    expect(formatDeltaHectares(12.345, 'vi')).toBe('+12,35');
    expect(formatDeltaHectares(-3.2, 'en')).toBe('−3.20');
    expect(formatDeltaHectares(0.001, 'vi')).toBe('0,00');
    expect(deltaDirection(0.004)).toBe('none');
    expect(deltaDirection(-0.01)).toBe('loss');
    expect(formatPercent(12.5, 'vi')).toBe('12,5%');
  });

  it('names and colours classes from the TT 16/2025 table', () => {
    expect(landUseName('DAT_Anninh', 'vi')).toBe('Đất an ninh');
    expect(landUseName('DAT_Anninh', 'en')).toBe('Security');
    expect(landUseColourOf('DAT_SX_Congnghiep')).toBe('#6600CC');
    expect(landUseName('NOT_A_CLASS', 'en')).toBe('NOT_A_CLASS');
    expect(landUseColourOf('NOT_A_CLASS')).toBe('#ff00aa');
  });

  it('keeps only the classes that changed, largest change first', () => {
    const rows = [
      { landUse: 'A', fromHectares: 10, toHectares: 10, deltaHectares: 0 },
      { landUse: 'B', fromHectares: 10, toHectares: 7, deltaHectares: -3 },
      { landUse: 'C', fromHectares: 0, toHectares: 5, deltaHectares: 5 },
    ];
    expect(changedClasses(rows).map((row) => row.landUse)).toEqual(['C', 'B']);
  });

  it('links the server CSV of one revision or of a comparison', () => {
    expect(balanceCsvHref('dd-ls-general-2045')).toBe('/api/plans/balance.csv?revision=dd-ls-general-2045');
    expect(balanceCsvHref('dd-ls-general-2045', 'dd-ls-general-current')).toBe('/api/plans/balance.csv?from=dd-ls-general-current&to=dd-ls-general-2045');
  });
});
