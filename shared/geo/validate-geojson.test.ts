import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { validateFeatureGeometry } from './validate-geojson.ts';

const polygon = (ring: number[][]): Feature => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } });
const square = [[106.7, 21.9], [106.71, 21.9], [106.71, 21.91], [106.7, 21.91], [106.7, 21.9]];

describe('validateFeatureGeometry', () => {
  it('accepts a closed, simple polygon in WGS84', () => {
    expect(validateFeatureGeometry(polygon(square))).toEqual([]);
  });

  it('rejects an unclosed ring', () => {
    const problems = validateFeatureGeometry(polygon(square.slice(0, 4)));
    expect(problems.map((p) => p.message).join(' ')).toMatch(/closed|first and last/i);
  });

  it('rejects a self-intersecting (bow-tie) ring', () => {
    const bowTie = [[106.7, 21.9], [106.71, 21.91], [106.71, 21.9], [106.7, 21.91], [106.7, 21.9]];
    expect(validateFeatureGeometry(polygon(bowTie))).toEqual([{ path: 'geometry.coordinates', message: 'polygon ring intersects itself' }]);
  });

  it('rejects positions outside longitude/latitude ranges, naming the position', () => {
    const problems = validateFeatureGeometry({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [2427126, 442991] } });
    expect(problems[0]?.message).toMatch(/outside WGS84/);
  });

  it('rejects a null geometry and non-GeoJSON input', () => {
    expect(validateFeatureGeometry({ type: 'Feature', properties: {}, geometry: null } as unknown as Feature).length).toBeGreaterThan(0);
    expect(validateFeatureGeometry({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: ['a', 'b'] } } as unknown as Feature).length).toBeGreaterThan(0);
  });
});

describe('ring self-intersections', () => {
  it('accepts a hole strictly inside its outer ring but rejects one crossing it', () => {
    const hole = [[106.702, 21.902], [106.702, 21.905], [106.705, 21.905], [106.705, 21.902], [106.702, 21.902]];
    const crossing = [[106.702, 21.902], [106.702, 21.915], [106.705, 21.915], [106.705, 21.902], [106.702, 21.902]];
    const withHole: Feature = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [square, hole] } };
    const withCrossing: Feature = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [square, crossing] } };
    expect(validateFeatureGeometry(withHole)).toEqual([]);
    expect(validateFeatureGeometry(withCrossing)[0]?.message).toBe('polygon ring intersects itself');
  });

  it('rejects a ring that touches itself at a vertex (a figure eight)', () => {
    const eight = [[106.7, 21.9], [106.71, 21.9], [106.705, 21.905], [106.71, 21.91], [106.7, 21.91], [106.705, 21.905], [106.7, 21.9]];
    expect(validateFeatureGeometry(polygon(eight))[0]?.message).toBe('polygon ring intersects itself');
  });
});
