import { describe, expect, it } from 'vitest';
import { formatTradeValue, periodLabel, tradeSeries, type TradeFigureLike } from './trade-series.ts';

const figure = (overrides: Partial<TradeFigureLike>): TradeFigureLike => ({
  id: 'f', metric: 'infrastructure-fees', periodFrom: '2024-01', periodTo: '2024-04', value: 210.0195, unit: 'billion-vnd',
  qualifier: 'exact', changePercent: null, printed: '210,0195 tỷ đồng', source: 'Thông báo kết luận (kiểm thử)', ...overrides,
});

describe('periodLabel', () => {
  it('writes months the Vietnamese way and the English way', () => {
    expect(periodLabel('2025-01', '2025-08', 'vi')).toBe('01–08/2025');
    expect(periodLabel('2025-01', '2025-08', 'en')).toBe('Jan–Aug 2025');
    expect(periodLabel('2025-08', '2025-08', 'vi')).toBe('08/2025');
    expect(periodLabel('2024-11', '2025-02', 'vi')).toBe('11/2024–02/2025');
    expect(periodLabel('2024-11', '2025-02', 'en')).toBe('Nov 2024–Feb 2025');
  });
});

describe('formatTradeValue', () => {
  it('keeps a lower bound as "hơn" / "over", in the unit, in the locale', () => {
    expect(formatTradeValue(58_000, 'million-usd', 'more-than', 'vi')).toBe('hơn 58.000 triệu USD');
    expect(formatTradeValue(58_000, 'million-usd', 'more-than', 'en')).toBe('over 58,000 million USD');
    expect(formatTradeValue(622.4, 'billion-vnd', 'exact', 'vi')).toBe('622,4 tỷ đồng');
  });
});

describe('tradeSeries', () => {
  it('gives one series per metric in the catalogue order, points by period, with change and source', () => {
    const series = tradeSeries([
      figure({ id: 'later', periodFrom: '2025-01', periodTo: '2025-08', value: 622.4, changePercent: 43 }),
      figure({ id: 'earlier' }),
      figure({ id: 'turnover', metric: 'import-export-turnover', unit: 'million-usd', value: 58_000, qualifier: 'more-than', periodFrom: '2025-01', periodTo: '2025-08' }),
    ], 'vi');
    expect(series.map((entry) => entry.metric)).toEqual(['import-export-turnover', 'customs-turnover', 'import-export-budget-revenue', 'infrastructure-fees']);
    const fees = series.find((entry) => entry.metric === 'infrastructure-fees');
    expect(fees?.unitLabel).toBe('tỷ đồng');
    expect(fees?.points.map((point) => [point.id, point.period, point.changeLabel])).toEqual([
      ['earlier', '01–04/2024', null],
      ['later', '01–08/2025', '+43% so với cùng kỳ'],
    ]);
    expect(fees?.points[0]?.source).toBe('Thông báo kết luận (kiểm thử)');
    expect(series.find((entry) => entry.metric === 'customs-turnover')?.points).toEqual([]);
  });
});
