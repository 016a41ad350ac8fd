import { describe, expect, it } from 'vitest';
import type { StyleSpecification } from 'maplibre-gl';
import { planStyleUpdate } from './style-update.ts';

const base: StyleSpecification = Object.freeze({
  version: 8,
  sources: {
    land: { type: 'geojson', data: 'http://x/land.geojson' },
    gates: { type: 'geojson', data: 'ezgis-layer://border-gates?v=1&r=1', promoteId: 'id' },
  },
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': '#ddd' } },
    { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': '#fff' } },
    { id: 'gates', type: 'circle', source: 'gates', layout: { visibility: 'visible' }, paint: { 'circle-opacity': 1 } },
  ],
}) as StyleSpecification;

function withLayers(style: StyleSpecification, layers: StyleSpecification['layers']): StyleSpecification {
  return { ...style, layers };
}

describe('planStyleUpdate', () => {
  it('does nothing for an equal style', () => {
    expect(planStyleUpdate(base, structuredClone(base))).toEqual([]);
  });

  it('sets only the paint and layout properties that changed', () => {
    const next = withLayers(base, base.layers.map((layer) => (
      layer.id === 'gates' ? { ...layer, layout: { visibility: 'none' }, paint: { 'circle-opacity': 0.5 } } as typeof layer : layer
    )));
    expect(planStyleUpdate(base, next)).toEqual([
      { op: 'setLayoutProperty', layerId: 'gates', name: 'visibility', value: 'none' },
      { op: 'setPaintProperty', layerId: 'gates', name: 'circle-opacity', value: 0.5 },
    ]);
  });

  it('reloads a GeoJSON source whose data URL changed, without touching its layers', () => {
    const next = { ...base, sources: { ...base.sources, gates: { type: 'geojson', data: 'ezgis-layer://border-gates?v=2&r=5', promoteId: 'id' } } } as StyleSpecification;
    expect(planStyleUpdate(base, next)).toEqual([{ op: 'setGeoJSONData', sourceId: 'gates', data: 'ezgis-layer://border-gates?v=2&r=5' }]);
  });

  it('adds a new source and its layer before the layer that follows it', () => {
    const next: StyleSpecification = {
      ...base,
      sources: { ...base.sources, zones: { type: 'vector', tiles: ['http://x/{z}/{x}/{y}.mvt'] } },
      layers: [base.layers[0]!, base.layers[1]!, { id: 'zones', type: 'fill', source: 'zones', 'source-layer': 'zones' }, base.layers[2]!],
    };
    expect(planStyleUpdate(base, next)).toEqual([
      { op: 'addSource', sourceId: 'zones', source: { type: 'vector', tiles: ['http://x/{z}/{x}/{y}.mvt'] } },
      { op: 'addLayer', layer: next.layers[2], beforeId: 'gates' },
    ]);
  });

  it('replaces a source whose spec changed otherwise, re-adding the layers on it', () => {
    const next = { ...base, sources: { ...base.sources, gates: { type: 'geojson', data: 'ezgis-layer://border-gates?v=1&r=1', promoteId: 'code' } } } as StyleSpecification;
    expect(planStyleUpdate(base, next)).toEqual([
      { op: 'removeLayer', layerId: 'gates' },
      { op: 'removeSource', sourceId: 'gates' },
      { op: 'addSource', sourceId: 'gates', source: next.sources['gates'] },
      { op: 'addLayer', layer: base.layers[2] },
    ]);
  });

  it('removes layers before the sources they use', () => {
    const { gates: _gates, ...sources } = base.sources;
    const next: StyleSpecification = { ...base, sources, layers: base.layers.slice(0, 2) };
    expect(planStyleUpdate(base, next)).toEqual([
      { op: 'removeLayer', layerId: 'gates' },
      { op: 'removeSource', sourceId: 'gates' },
    ]);
  });

  it('re-adds every layer when the order changes', () => {
    const next = withLayers(base, [base.layers[0]!, base.layers[2]!, base.layers[1]!]);
    const operations = planStyleUpdate(base, next);
    expect(operations.filter((operation) => operation.op === 'removeLayer')).toHaveLength(3);
    expect(operations.filter((operation) => operation.op === 'addLayer').map((operation) => operation.op === 'addLayer' && operation.layer.id)).toEqual(['land', 'gates', 'background']);
  });

  it('replaces the whole style when glyphs change', () => {
    const next = { ...base, glyphs: 'http://x/{fontstack}/{range}.pbf' };
    expect(planStyleUpdate(base, next)).toEqual([{ op: 'replaceStyle', style: next }]);
  });
});
