import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import type { GeoJSONSourceSpecification } from 'maplibre-gl';
import { lotsMapStyle, portalLotCentresSourceId, portalLotsInteractiveLayerIds, portalLotsSourceId } from './lots-map-style.ts';

const basemap = { kind: 'offline', landUrl: 'http://localhost/land.geojson', provinceUrl: 'http://localhost/province.geojson' } as const;
const square: Polygon = { type: 'Polygon', coordinates: [[[106.7, 21.9], [106.71, 21.9], [106.71, 21.91], [106.7, 21.91], [106.7, 21.9]]] };

describe('the portal map style', () => {
  it('draws the lots from one source keyed by lot id, so hover and selection are feature-state', () => {
    const style = lotsMapStyle({ basemap, lots: [{ id: 'lot-a', code: 'A-01', status: 'available', geometry: square, centre: [106.705, 21.905] }], gates: undefined, cargoLanes: undefined });
    const source = style.sources[portalLotsSourceId] as GeoJSONSourceSpecification;
    expect(source.promoteId).toBe('id');
    expect(source.data).toEqual({ type: 'FeatureCollection', features: [{ type: 'Feature', id: 'lot-a', properties: { id: 'lot-a', code: 'A-01', status: 'available' }, geometry: square }] });
    for (const id of portalLotsInteractiveLayerIds) expect(style.layers.map((layer) => layer.id)).toContain(id);
    const centres = style.sources[portalLotCentresSourceId] as GeoJSONSourceSpecification;
    expect(centres.promoteId).toBe('id');
    expect(centres.data).toMatchObject({ features: [{ id: 'lot-a', geometry: { type: 'Point', coordinates: [106.705, 21.905] } }] });
  });

  it('adds gates and cargo lanes once they are loaded, with the lots under the gate points', () => {
    const gates = { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, id: 'gate-a', properties: { kind: 'international' }, geometry: { type: 'Point' as const, coordinates: [106.7, 21.9] } }] };
    const lanes = { type: 'FeatureCollection' as const, features: [] };
    const style = lotsMapStyle({ basemap, lots: [], gates, cargoLanes: lanes });
    expect(Object.keys(style.sources)).toEqual(expect.arrayContaining(['border-gates', 'cargo-lanes', portalLotsSourceId]));
    const ids = style.layers.map((layer) => layer.id);
    const lastLot = Math.max(...ids.map((id, index) => (id.startsWith('land-lots') ? index : -1)));
    const firstGate = ids.indexOf('border-gates-circle');
    expect(firstGate).toBeGreaterThan(lastLot);
  });
});
