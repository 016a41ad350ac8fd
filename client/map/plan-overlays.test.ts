import { describe, expect, it } from 'vitest';
import type { StyleSpecification } from 'maplibre-gl';
import { landUseClasses } from '../../shared/domain/land-use.ts';
import { zoneChangeKinds } from '../../shared/schemas/plans.ts';
import { planChangeLayers, planChangesSourceId, withPlanOverlays, zoneChangeColours } from './plan-overlays.ts';
import { planningZonesFillLayerId } from './layers/planning-zones.ts';

const base: StyleSpecification = {
  version: 8,
  sources: { 'planning-zones': { type: 'vector', tiles: ['http://h/{z}/{x}/{y}.mvt'] } },
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': '#fff' } },
    { id: planningZonesFillLayerId, type: 'fill', source: 'planning-zones', 'source-layer': 'planning-zones' },
  ],
};

describe('plan overlays', () => {
  it('colours every change kind apart from each other and from the land-use legend', () => {
    const colours = zoneChangeKinds.map((kind) => zoneChangeColours[kind].toLowerCase());
    expect(new Set(colours).size).toBe(zoneChangeKinds.length);
    const legend = new Set(landUseClasses.map((landUse) => landUse.colour.toLowerCase()));
    for (const colour of colours) expect(legend.has(colour)).toBe(false);
  });

  it('draws removed zones dashed and the others solid, colour by kind', () => {
    const [fill, line, removed] = planChangeLayers();
    expect(fill).toMatchObject({ type: 'fill', source: planChangesSourceId });
    expect(line).toMatchObject({ type: 'line', filter: ['!=', ['get', 'change'], 'removed'] });
    expect(removed).toMatchObject({ type: 'line', filter: ['==', ['get', 'change'], 'removed'], paint: { 'line-dasharray': [2, 1.5] } });
    expect(JSON.stringify(line)).toContain('"land-use-changed","#f08c00"');
  });

  it('adds overlays on top and leaves the input style alone', () => {
    const changes = { type: 'FeatureCollection' as const, features: [] };
    const style = withPlanOverlays(base, { changes, point: [106.7, 21.9] });
    expect(style.layers.map((layer) => layer.id)).toEqual(['background', planningZonesFillLayerId, 'plan-changes-fill', 'plan-changes-line', 'plan-changes-removed-line', 'plan-point-marker']);
    expect(style.sources[planChangesSourceId]).toEqual({ type: 'geojson', data: changes });
    expect(base.layers).toHaveLength(2);
    expect(Object.keys(base.sources)).toEqual(['planning-zones']);
  });

  it('filters the planning zones to a horizon, and nothing else', () => {
    const style = withPlanOverlays(base, { horizonYear: 2035 });
    expect(style.layers[1]).toMatchObject({ filter: ['any', ['!', ['has', 'horizonYear']], ['<=', ['to-number', ['get', 'horizonYear']], 2035]] });
    expect(style.layers[0]).not.toHaveProperty('filter');
    expect(withPlanOverlays(base, {})).toEqual(base);
  });
});
