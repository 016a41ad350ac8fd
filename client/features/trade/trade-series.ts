/**
 * The trade figures as charts want them: one series per metric (in the order of
 * shared/domain/trade-metrics.ts), its points in period order, each with a readable period, its
 * value in the metric's unit ("hơn" for a lower bound), the change on a year earlier, the figure
 * as printed and its source. Pure.
 */
import { tradeMetrics, type TradeMetric } from '../../../shared/domain/trade-metrics.ts';
import { numberLocale, type Language } from '../../i18n/languages.ts';

export interface TradeFigureLike {
  id: string;
  metric: string;
  periodFrom: string;
  periodTo: string;
  value: number;
  unit: string;
  qualifier: string;
  changePercent: number | null;
  printed: string;
  source: string;
}

export interface TradePoint {
  id: string;
  period: string;
  value: number;
  valueLabel: string;
  changeLabel: string | null;
  printed: string;
  source: string;
}

export interface TradeSeries {
  metric: TradeMetric;
  label: string;
  unitLabel: string;
  points: TradePoint[];
}

export const unitLabels: Readonly<Record<string, Record<Language, string>>> = {
  'million-usd': { vi: 'triệu USD', en: 'million USD', zh: '百万美元' },
  'billion-vnd': { vi: 'tỷ đồng', en: 'billion VND', zh: '十亿越南盾' },
};

const monthsEn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function month(period: string): { year: string; month: number } {
  return { year: period.slice(0, 4), month: Number(period.slice(5, 7)) };
}

/** "01–04/2024", "08/2025", "11/2024–02/2025" (vi); "Jan–Apr 2024", "Aug 2025", "Nov 2024–Feb 2025" (en); "2024年1–4月", "2025年8月" (zh). */
export function periodLabel(from: string, to: string, language: Language): string {
  const a = month(from);
  const b = month(to);
  if (language === 'vi') {
    const mm = (value: number) => String(value).padStart(2, '0');
    if (from === to) return `${mm(a.month)}/${a.year}`;
    return a.year === b.year ? `${mm(a.month)}–${mm(b.month)}/${a.year}` : `${mm(a.month)}/${a.year}–${mm(b.month)}/${b.year}`;
  }
  if (language === 'zh') {
    if (from === to) return `${a.year}年${a.month}月`;
    return a.year === b.year ? `${a.year}年${a.month}–${b.month}月` : `${a.year}年${a.month}月–${b.year}年${b.month}月`;
  }
  const name = (value: number) => monthsEn[value - 1] ?? String(value);
  if (from === to) return `${name(a.month)} ${a.year}`;
  return a.year === b.year ? `${name(a.month)}–${name(b.month)} ${a.year}` : `${name(a.month)} ${a.year}–${name(b.month)} ${b.year}`;
}

export function formatTradeValue(value: number, unit: string, qualifier: string, language: Language): string {
  const number = new Intl.NumberFormat(numberLocale[language], { maximumFractionDigits: 4 }).format(value);
  const unitLabel = unitLabels[unit]?.[language] ?? unit;
  const more = qualifier === 'more-than' ? ({ vi: 'hơn ', en: 'over ', zh: '超过' } as const)[language] : '';
  return `${more}${number} ${unitLabel}`;
}

function changeLabel(changePercent: number | null, language: Language): string | null {
  if (changePercent === null) return null;
  const number = new Intl.NumberFormat(numberLocale[language], { maximumFractionDigits: 2, signDisplay: 'always' }).format(changePercent);
  if (language === 'zh') return `同比 ${number}%`;
  return language === 'vi' ? `${number}% so với cùng kỳ` : `${number}% on a year earlier`;
}

export function tradeSeries(figures: readonly TradeFigureLike[], language: Language): TradeSeries[] {
  return tradeMetrics.map((metric) => ({
    metric: metric.code,
    label: metric[language],
    unitLabel: unitLabels[metric.unit]?.[language] ?? metric.unit,
    points: figures
      .filter((figure) => figure.metric === metric.code)
      .sort((a, b) => a.periodTo.localeCompare(b.periodTo) || a.periodFrom.localeCompare(b.periodFrom))
      .map((figure) => ({
        id: figure.id,
        period: periodLabel(figure.periodFrom, figure.periodTo, language),
        value: figure.value,
        valueLabel: formatTradeValue(figure.value, figure.unit, figure.qualifier, language),
        changeLabel: changeLabel(figure.changePercent, language),
        printed: figure.printed,
        source: figure.source,
      })),
  }));
}
