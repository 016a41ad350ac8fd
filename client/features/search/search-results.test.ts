import { describe, expect, it } from 'vitest';
import type { SearchItem } from '../../../shared/schemas/search.ts';
import { moveActive, searchableQuery, searchKindLabel, searchTarget } from './search-results.ts';

const gate: SearchItem = { kind: 'gate', id: 'gate-huu-nghi', layerId: 'border-gates', name: 'Cửa khẩu quốc tế Hữu Nghị', bbox: [106.7, 21.97, 106.7, 21.97] };
const park: SearchItem = { kind: 'park', id: 'kcn-dong-banh', layerId: null, name: 'Khu công nghiệp Đồng Bành', bbox: [106.5, 21.6, 106.6, 21.7] };

describe('searchKindLabel', () => {
  it('names every kind the server returns, in Vietnamese and English', () => {
    const kinds: SearchItem['kind'][] = ['lot', 'park', 'gate', 'marker', 'cargo-lane', 'project', 'commune', 'zone'];
    for (const kind of kinds) {
      expect(searchKindLabel(kind, 'vi')).not.toBe('');
      expect(searchKindLabel(kind, 'en')).not.toBe('');
    }
    expect(searchKindLabel('gate', 'vi')).toBe('Cửa khẩu');
    expect(searchKindLabel('marker', 'en')).toBe('Border marker');
    expect(searchKindLabel('lot', 'vi')).toBe('Lô đất');
  });
});

describe('searchTarget', () => {
  it('opens a feature of its layer and fits its box', () => {
    expect(searchTarget(gate)).toEqual({ bbox: gate.bbox, feature: { layerId: 'border-gates', featureId: 'gate-huu-nghi' }, showLayers: ['border-gates'] });
  });

  it('shows the lots of a park, which is no feature of its own', () => {
    expect(searchTarget(park)).toEqual({ bbox: park.bbox, feature: null, showLayers: ['land-lots'] });
  });
});

describe('moveActive', () => {
  it('goes down from nothing to the first option and wraps at the end', () => {
    expect(moveActive('ArrowDown', -1, 3)).toBe(0);
    expect(moveActive('ArrowDown', 1, 3)).toBe(2);
    expect(moveActive('ArrowDown', 2, 3)).toBe(0);
  });

  it('goes up from nothing to the last option and wraps at the start', () => {
    expect(moveActive('ArrowUp', -1, 3)).toBe(2);
    expect(moveActive('ArrowUp', 0, 3)).toBe(2);
    expect(moveActive('ArrowUp', 2, 3)).toBe(1);
  });

  it('has nothing to move to in an empty list', () => {
    expect(moveActive('ArrowDown', -1, 0)).toBe(-1);
  });
});

describe('searchableQuery', () => {
  it('trims, skips blank text and keeps within the 100 characters the server takes', () => {
    expect(searchableQuery('  huu nghi ')).toBe('huu nghi');
    expect(searchableQuery('   ')).toBeNull();
    expect(searchableQuery('x'.repeat(150))).toHaveLength(100);
  });
});
