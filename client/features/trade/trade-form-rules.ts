/**
 * The trade figure form: what it holds (strings, as typed), the `trade.add` input it becomes —
 * checked with the procedure's own zod schema — and errors keyed by field. Pure.
 */
import { addTradeFigureInput, type AddTradeFigureInput } from '../../../shared/schemas/trade.ts';
import type { TradeMetric, TradeQualifier } from '../../../shared/domain/trade-metrics.ts';

export interface TradeForm {
  metric: TradeMetric;
  periodFrom: string;
  periodTo: string;
  value: string;
  qualifier: TradeQualifier;
  changePercent: string;
  printed: string;
  source: string;
}

export type TradeField = keyof TradeForm;
export type TradeFieldError = 'required' | 'invalid' | 'periodOrder';

export const emptyTradeForm: TradeForm = {
  metric: 'infrastructure-fees',
  periodFrom: '',
  periodTo: '',
  value: '',
  qualifier: 'exact',
  changePercent: '',
  printed: '',
  source: '',
};

export type TradeFormResult =
  | { ok: true; input: AddTradeFigureInput }
  | { ok: false; errors: Partial<Record<TradeField, TradeFieldError>> };

/** "1.234,5" or "1234.5" or "-3,2" → a number; NaN when it is not one. */
export function parseDecimal(text: string): number {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return Number.NaN;
  // A comma is the decimal mark (vi); dots before it group thousands.
  const normalised = trimmed.includes(',') ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed;
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}

export function tradeInput(form: TradeForm): TradeFormResult {
  const raw: Record<string, unknown> = {
    metric: form.metric,
    periodFrom: form.periodFrom.trim(),
    periodTo: form.periodTo.trim(),
    value: parseDecimal(form.value),
    qualifier: form.qualifier,
    printed: form.printed,
    source: form.source,
  };
  if (form.changePercent.trim() !== '') raw['changePercent'] = parseDecimal(form.changePercent);
  const parsed = addTradeFigureInput.safeParse(raw);
  if (parsed.success) return { ok: true, input: parsed.data };
  const errors: Partial<Record<TradeField, TradeFieldError>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (typeof field !== 'string' || !(field in form)) continue;
    const key = field as TradeField;
    const empty = form[key].trim() === '';
    if (errors[key]) continue;
    if (empty) errors[key] = 'required';
    else if (key === 'periodTo' && issue.code === 'custom') errors[key] = 'periodOrder';
    else errors[key] = 'invalid';
  }
  return { ok: false, errors };
}
