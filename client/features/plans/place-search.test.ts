import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { foldText, placeCandidates, searchPlaces } from './place-search.ts';

const gate = (id: string, name: string, coordinates: [number, number]): Feature => ({ type: 'Feature', id, properties: { name }, geometry: { type: 'Point', coordinates } });

describe('place search', () => {
  const candidates = placeCandidates([{
    layerId: 'border-gates',
    layerTitle: 'Cửa khẩu',
    features: [gate('g1', 'Cửa khẩu quốc tế Hữu Nghị', [106.73, 21.97]), gate('g2', 'Cửa khẩu Tân Thanh', [106.68, 21.98]), gate('g3', 'Đồng Đăng', [106.7, 21.94]), { type: 'Feature', id: 'x', properties: {}, geometry: { type: 'Point', coordinates: [0, 0] } }],
    name: (feature) => (typeof feature.properties?.['name'] === 'string' ? feature.properties['name'] : undefined),
  }]);

  it('folds Vietnamese diacritics and đ', () => {
    expect(foldText('  Đồng Đăng ')).toBe('dong dang');
  });

  it('keeps named features with a point', () => {
    expect(candidates.map((candidate) => candidate.key)).toEqual(['border-gates:g1', 'border-gates:g2', 'border-gates:g3']);
    expect(candidates[0]?.point).toEqual([106.73, 21.97]);
  });

  it('finds places by words typed without diacritics, prefix matches first', () => {
    expect(searchPlaces(candidates, 'huu nghi').map((candidate) => candidate.name)).toEqual(['Cửa khẩu quốc tế Hữu Nghị']);
    expect(searchPlaces(candidates, 'cua khau').map((candidate) => candidate.key)).toEqual(['border-gates:g1', 'border-gates:g2']);
    expect(searchPlaces(candidates, 'dong').map((candidate) => candidate.key)).toEqual(['border-gates:g3']);
    expect(searchPlaces(candidates, 'd')).toEqual([]);
  });
});
