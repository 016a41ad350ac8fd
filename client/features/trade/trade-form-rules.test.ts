import { describe, expect, it } from 'vitest';
import { emptyTradeForm, parseDecimal, tradeInput, type TradeForm } from './trade-form-rules.ts';

const filled: TradeForm = {
  ...emptyTradeForm,
  periodFrom: '2025-01',
  periodTo: '2025-10',
  value: '780,5',
  changePercent: '-3,2',
  printed: '780,5 tỷ đồng',
  source: 'Báo cáo tháng 10/2025 của Ban Quản lý',
};

describe('parseDecimal', () => {
  it('reads a decimal comma, thousands dots and a decimal point', () => {
    expect(parseDecimal('780,5')).toBe(780.5);
    expect(parseDecimal('58.000,25')).toBe(58000.25);
    expect(parseDecimal('622.4')).toBe(622.4);
    expect(parseDecimal('-3,2')).toBe(-3.2);
    expect(parseDecimal('12a')).toBeNaN();
    expect(parseDecimal('')).toBeNaN();
  });
});

describe('tradeInput', () => {
  it('turns a filled form into the trade.add input', () => {
    expect(tradeInput(filled)).toEqual({ ok: true, input: expect.objectContaining({ metric: 'infrastructure-fees', periodFrom: '2025-01', periodTo: '2025-10', value: 780.5, changePercent: -3.2, qualifier: 'exact' }) });
  });

  it('leaves an empty change out', () => {
    const result = tradeInput({ ...filled, changePercent: '' });
    expect(result.ok && 'changePercent' in result.input).toBe(false);
  });

  it('names every missing required field', () => {
    const result = tradeInput(emptyTradeForm);
    expect(result.ok ? {} : result.errors).toEqual({ periodFrom: 'required', periodTo: 'required', value: 'required', printed: 'required', source: 'required' });
  });

  it('says when the period ends before it starts, and when a value is not a positive number', () => {
    const result = tradeInput({ ...filled, periodFrom: '2025-06', periodTo: '2025-01', value: '-5' });
    expect(result.ok ? {} : result.errors).toEqual({ periodTo: 'periodOrder', value: 'invalid' });
  });

  it('refuses a source too short to name a document', () => {
    const result = tradeInput({ ...filled, source: 'báo' });
    expect(result.ok ? {} : result.errors).toEqual({ source: 'invalid' });
  });
});
