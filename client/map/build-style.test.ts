import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { buildStyle, type StyleInput } from './build-style.ts';
import { basemapRasterLayerId, basemapLandLayerId, basemapProvinceLayerId } from './basemap.ts';
import { layerModules } from './layers/index.ts';
import { communesFillLayerId, communesOutlineLayerId } from './layers/communes.ts';
import { borderGatesCircleLayerId } from './layers/border-gates.ts';
import { planningZonesFillLayerId } from './layers/planning-zones.ts';
import { bands } from './layers/layer-module.ts';

const origin = 'http://localhost:3000';

/** Every catalogue layer with data, all visible at full opacity; planning zones as tiles. */
const input: StyleInput = Object.freeze({
  basemap: {
    kind: 'offline',
    landUrl: `${origin}/api/basemap/vietnam-land.geojson`,
    provinceUrl: `${origin}/api/basemap/langson-province.geojson`,
  },
  layers: layerModules.map((module) => ({
    id: module.id,
    visible: true,
    opacity: 1,
    source: module.id === 'planning-zones'
      ? { kind: 'vector', tiles: [`${origin}/tiles/planning-zones/{z}/{x}/{y}.mvt?v=3`], minzoom: 8, maxzoom: 16 }
      : { kind: 'geojson', url: `ezgis-layer://${module.id}?v=1&r=0` },
  })),
} satisfies StyleInput);

function layer(style: StyleSpecification, id: string): LayerSpecification {
  const found = style.layers.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no layer ${id}`);
  return found;
}

describe('buildStyle', () => {
  it('produces a style that passes the MapLibre style-spec validator', () => {
    expect(validateStyleMin(buildStyle(input))).toEqual([]);
  });

  it('matches the snapshot of the full style', () => {
    expect(buildStyle(input)).toMatchSnapshot();
  });

  it('is pure: the same input gives an equal style', () => {
    expect(buildStyle(input)).toEqual(buildStyle(input));
  });

  it('uses no text symbols, so no glyphs are needed offline', () => {
    const style = buildStyle(input);
    expect(style.glyphs).toBeUndefined();
    expect(style.layers.filter((candidate) => candidate.type === 'symbol')).toEqual([]);
  });

  it('promotes the string id property on every data source', () => {
    const style = buildStyle(input);
    for (const module of layerModules) {
      expect(style.sources[module.id]).toMatchObject({ promoteId: 'id' });
    }
  });

  it('loads planning zones as vector tiles from their source-layer', () => {
    const style = buildStyle(input);
    expect(style.sources['planning-zones']).toMatchObject({ type: 'vector', minzoom: 8, maxzoom: 16 });
    expect(layer(style, planningZonesFillLayerId)).toMatchObject({ source: 'planning-zones', 'source-layer': 'planning-zones' });
    expect(layer(style, communesFillLayerId)).not.toHaveProperty('source-layer');
  });

  it('draws the basemap first, then areas, outlines, lines and points', () => {
    const ids = buildStyle(input).layers.map((candidate) => candidate.id);
    expect(ids.slice(0, 3)).toEqual(['basemap-background', basemapLandLayerId, basemapProvinceLayerId]);
    const bandOf = new Map(layerModules.flatMap((module) => module.layers({ sourceId: module.id, visible: true, opacity: 1 }).map((entry) => [entry.layer.id, bands.indexOf(entry.band)] as const)));
    const dataBands = ids.slice(3).map((id) => bandOf.get(id) ?? -1);
    expect(dataBands).toEqual([...dataBands].sort((a, b) => a - b));
    expect(ids.indexOf(borderGatesCircleLayerId)).toBeGreaterThan(ids.indexOf(communesOutlineLayerId));
  });

  it('hides a layer with visibility none and keeps its source', () => {
    const hidden = buildStyle({ ...input, layers: input.layers.map((entry) => (entry.id === 'communes' ? { ...entry, visible: false } : entry)) });
    expect(layer(hidden, communesFillLayerId).layout).toMatchObject({ visibility: 'none' });
    expect(layer(hidden, communesOutlineLayerId).layout).toMatchObject({ visibility: 'none' });
    expect(hidden.sources['communes']).toBeDefined();
  });

  it('scales paint opacities by the layer opacity', () => {
    const half = buildStyle({ ...input, layers: input.layers.map((entry) => (entry.id === 'communes' ? { ...entry, opacity: 0.5 } : entry)) });
    expect(layer(half, communesOutlineLayerId).paint).toMatchObject({ 'line-opacity': 0.45 });
    expect(layer(buildStyle(input), communesOutlineLayerId).paint).toMatchObject({ 'line-opacity': 0.9 });
  });

  it('leaves out a layer whose source is not known yet, and layers with no module', () => {
    const style = buildStyle({
      ...input,
      layers: [
        ...input.layers.map((entry) => (entry.id === 'planning-zones' ? { ...entry, source: null } : entry)),
        // Every catalogue layer has a module today; a layer added to the catalogue first must not break the map.
        { id: 'not-a-module', visible: true, opacity: 1, source: { kind: 'geojson', url: 'ezgis-layer://not-a-module?v=1' } },
      ],
    });
    expect(style.sources['planning-zones']).toBeUndefined();
    expect(style.sources['not-a-module']).toBeUndefined();
    expect(style.layers.some((candidate) => candidate.id === planningZonesFillLayerId)).toBe(false);
  });

  it('draws an online raster basemap over the offline land shading, which shows where tiles fail', () => {
    const style = buildStyle({
      ...input,
      basemap: { kind: 'raster', tiles: ['https://tile.example.org/{z}/{x}/{y}.png'], attribution: '© OpenStreetMap contributors', landUrl: `${origin}/l.geojson`, provinceUrl: `${origin}/p.geojson` },
    });
    const ids = style.layers.map((candidate) => candidate.id);
    expect(ids.slice(0, 4)).toEqual(['basemap-background', basemapLandLayerId, basemapRasterLayerId, basemapProvinceLayerId]);
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('credits OpenStreetMap and the commune source through source attributions', () => {
    const style = buildStyle(input);
    expect(style.sources['basemap-vietnam-land']).toMatchObject({ attribution: '© OpenStreetMap contributors' });
    expect(style.sources['communes']).toMatchObject({ attribution: expect.stringContaining('sapnhap.bando.com.vn') });
  });
});
