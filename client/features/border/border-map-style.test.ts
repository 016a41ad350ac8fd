import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { borderGatesAreaOutlineLayerId, borderGatesCircleLayerId } from '../../map/layers/border-gates.ts';
import { borderFocusLayerId, borderFocusSourceId, borderMapStyle } from './border-map-style.ts';

const gates: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', id: 'gate-a', properties: { kind: 'main', locationStatus: 'approximate' }, geometry: { type: 'Point', coordinates: [106.7, 21.97] } },
    { type: 'Feature', id: 'gate-b', properties: { kind: 'crossing', locationStatus: 'not-agreed' }, geometry: { type: 'Polygon', coordinates: [[[107, 21.8], [107.01, 21.8], [107.01, 21.81], [107, 21.8]]] } },
  ],
};
const basemap = { kind: 'offline' as const, landUrl: 'http://localhost/land.geojson', provinceUrl: 'http://localhost/province.geojson' };

describe('borderMapStyle', () => {
  it('is a valid style drawing gates with the main map symbols, the not-agreed area dashed', () => {
    const style = borderMapStyle({ basemap, data: { 'border-gates': gates }, focus: null });
    expect(validateStyleMin(style)).toEqual([]);
    const ids = style.layers.map((layer) => layer.id);
    expect(ids).toContain(borderGatesCircleLayerId);
    const outline = style.layers.find((layer) => layer.id === borderGatesAreaOutlineLayerId);
    expect(outline && 'paint' in outline ? outline.paint : undefined).toHaveProperty('line-dasharray');
    expect(ids.at(-1)).toBe(borderFocusLayerId);
  });

  it('leaves out layers whose data is not loaded, and rings the focused point', () => {
    const style = borderMapStyle({ basemap, data: {}, focus: [106.7, 21.97] });
    expect(style.sources['border-gates']).toBeUndefined();
    expect(JSON.stringify(style.sources[borderFocusSourceId])).toContain('106.7');
  });
});
