import { describe, expect, it } from 'vitest';
import { parcelStageCodes } from '../../../shared/domain/clearance-schedule.ts';
import { stageChartItems, stageChoices, stageColours, stageLabel } from './clearance-stages.ts';
import { stageFillExpression } from './clearance-map-style.ts';

describe('clearance stages in the workspace', () => {
  it('offers only the next stage, none after handover', () => {
    expect(stageChoices('not-notified')).toEqual(['notified']);
    expect(stageChoices('paid')).toEqual(['handed-over']);
    expect(stageChoices('handed-over')).toEqual([]);
  });

  it('names stages in both languages and gives each its own colour', () => {
    expect(stageLabel('handed-over', 'vi')).toBe('Đã bàn giao mặt bằng');
    expect(stageLabel('handed-over', 'en')).toBe('Handed over');
    expect(new Set(parcelStageCodes.map((code) => stageColours[code])).size).toBe(parcelStageCodes.length);
  });

  it('charts every stage in the legal order, zero where the server sent none', () => {
    const items = stageChartItems([{ stage: 'paid', parcels: 3, hectares: 0.5 }], 'en', (row) => `${row.parcels}/${row.hectares}`);
    expect(items.map((item) => item.key)).toEqual([...parcelStageCodes]);
    expect(items.find((item) => item.key === 'paid')).toMatchObject({ value: 3, valueLabel: '3/0.5' });
    expect(items.find((item) => item.key === 'notified')).toMatchObject({ value: 0 });
  });

  it('fills the affected parcels by stage and leaves the others clear', () => {
    expect(stageFillExpression({})).toBe('rgba(0,0,0,0)');
    expect(stageFillExpression({ a: 'paid', b: 'paid', c: 'notified' })).toEqual([
      'case',
      ['in', ['get', 'id'], ['literal', ['a', 'b']]], stageColours.paid,
      ['in', ['get', 'id'], ['literal', ['c']]], stageColours.notified,
      'rgba(0,0,0,0)',
    ]);
  });
});
