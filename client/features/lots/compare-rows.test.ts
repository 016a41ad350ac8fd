import { describe, expect, it } from 'vitest';
import { compareRows } from './compare-rows.ts';

interface Lot { code: string; areaHa: number; status: string; gateKm: number }
const lots: Lot[] = [
  { code: 'A', areaHa: 2.5, status: 'available', gateKm: 6.4 },
  { code: 'B', areaHa: 5.1, status: 'available', gateKm: 2.2 },
];

describe('compare rows', () => {
  it('marks a row whose values differ and the extreme value: largest area, shortest distance', () => {
    const [area, status, gate] = compareRows(lots, [
      { key: 'areaHa', label: 'Area', value: (lot) => `${lot.areaHa} ha`, number: (lot) => lot.areaHa },
      { key: 'status', label: 'Status', value: (lot) => lot.status },
      { key: 'gate-huu-nghi', label: 'To Hữu Nghị', value: (lot) => `${lot.gateKm} km`, number: (lot) => lot.gateKm },
    ]);
    expect(area).toEqual({ key: 'areaHa', label: 'Area', differs: true, cells: [{ text: '2.5 ha', best: false }, { text: '5.1 ha', best: true }] });
    expect(status?.differs).toBe(false);
    expect(status?.cells.map((cell) => cell.best)).toEqual([false, false]);
    expect(gate?.cells.map((cell) => cell.best)).toEqual([false, true]);
  });

  it('judges numbers, not their rounded text', () => {
    const [row] = compareRows([{ v: 1.004 }, { v: 1.001 }], [{ key: 'v', label: 'V', value: () => '1 ha', number: (item) => item.v }]);
    expect(row?.differs).toBe(true);
  });
});
