import { describe, expect, it } from 'vitest';
import {
  communeChoices,
  householdDrafts,
  householdErrorPlace,
  householdProblems,
  householdsChanged,
  householdsPayload,
  squareMetresToHectares,
  summaryCommune,
  type HouseholdDraft,
} from './clearance-summary.ts';

const draft = (over: Partial<HouseholdDraft> = {}): HouseholdDraft => ({ key: 'k', headName: 'Nguyễn Văn A', members: '4', address: 'Thôn Pò Đứa', note: '', ...over });

describe('commune summary helpers', () => {
  it('lists each commune once, in Vietnamese order', () => {
    expect(communeChoices([
      { communeCode: '11.2', commune: 'Phường Tam Thanh' },
      { communeCode: '11.1', commune: 'Xã Đồng Đăng' },
      { communeCode: '11.2', commune: 'Phường Tam Thanh' },
      { communeCode: '', commune: 'unknown' },
    ])).toEqual([{ code: '11.2', name: 'Phường Tam Thanh' }, { code: '11.1', name: 'Xã Đồng Đăng' }]);
  });

  it('keeps a commune officer to their commune; others pick one or all', () => {
    expect(summaryCommune({ role: 'commune', communeCode: '11.1806' }, '11.9')).toBe('11.1806');
    expect(summaryCommune({ role: 'officer', communeCode: null }, '11.9')).toBe('11.9');
    expect(summaryCommune({ role: 'officer' }, '')).toBeUndefined();
    expect(summaryCommune(null, '')).toBeUndefined();
  });

  it('writes m² as hectares with two decimals', () => {
    expect(squareMetresToHectares(12_345)).toBe(1.23);
    expect(squareMetresToHectares(0)).toBe(0);
  });
});

describe('household editing', () => {
  it('round-trips the server households, trimmed, with ids only for existing ones', () => {
    const drafts = [...householdDrafts([{ id: 'h1', headName: 'Hoàng Thị B', members: 3, address: '', note: 'x' }]), draft({ key: 'new', headName: '  Lý Văn C ', members: ' 2 ' })];
    expect(householdsPayload(drafts)).toEqual([
      { id: 'h1', headName: 'Hoàng Thị B', members: 3, address: '', note: 'x' },
      { headName: 'Lý Văn C', members: 2, address: 'Thôn Pò Đứa', note: '' },
    ]);
  });

  it('flags each row and field as the server schema would', () => {
    expect(householdProblems([draft(), draft({ headName: ' ', members: '0' }), draft({ members: '2.5', address: 'x'.repeat(301) }), draft({ members: '51' })])).toEqual({
      1: { headName: 'headNameRequired', members: 'membersRange' },
      2: { members: 'membersRange', address: 'addressTooLong' },
      3: { members: 'membersRange' },
    });
  });

  it('sends the list only when it changed', () => {
    const original = householdDrafts([{ id: 'h1', headName: 'A', members: 3, address: '', note: '' }]);
    expect(householdsChanged(original, original.map((d) => ({ ...d, headName: ' A ' })))).toBe(false);
    expect(householdsChanged(original, original.map((d) => ({ ...d, members: '4' })))).toBe(true);
    expect(householdsChanged(original, [])).toBe(true);
  });

  it('places a server refusal on its row', () => {
    expect(householdErrorPlace('households.2.headName')).toEqual({ index: 2, field: 'headName' });
    expect(householdErrorPlace('households.0')).toEqual({ index: 0, field: '' });
    expect(householdErrorPlace('note')).toBeNull();
    expect(householdErrorPlace(undefined)).toBeNull();
  });
});
