import { describe, expect, it } from 'vitest';
import { anchorPoint, representativePoint } from './anchor-point.ts';

describe('anchorPoint', () => {
  it('anchors on a point feature and not on others', () => {
    expect(anchorPoint({ type: 'Point', coordinates: [106.7108, 21.974] })).toEqual([106.7108, 21.974]);
    expect(anchorPoint({ type: 'LineString', coordinates: [[106.7, 21.9], [106.8, 22]] })).toBeUndefined();
  });
});

describe('representativePoint', () => {
  it('takes the middle vertex of a line', () => {
    expect(representativePoint({ type: 'LineString', coordinates: [[0, 0], [1, 1], [2, 2]] })).toEqual([1, 1]);
  });

  it('takes the bounding-box centre of an area', () => {
    expect(representativePoint({ type: 'Polygon', coordinates: [[[106, 21], [107, 21], [107, 22], [106, 22], [106, 21]]] })).toEqual([106.5, 21.5]);
  });
});
