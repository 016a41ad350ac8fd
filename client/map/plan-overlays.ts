/**
 * What the planning page draws over the catalogue layers: the change layer of a comparison (zones
 * added, removed, with land use or indicators changed, reshaped), the comments pinned on a
 * revision, the point asked "what applies here", and the horizon filter on the planning zones.
 * Pure: it returns a new style from build-style's, so the map view diffs it like any other.
 */
import type { FeatureCollection } from 'geojson';
import type { FilterSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { zoneChangeKinds, type ZoneChangeKind } from '../../shared/schemas/plans.ts';
import { planningZonesFillLayerId, planningZonesOutlineLayerId } from './layers/planning-zones.ts';
import { matchProperty } from './layers/layer-module.ts';

export const planChangesSourceId = 'plan-changes';
export const planChangesFillLayerId = 'plan-changes-fill';
export const planChangesLineLayerId = 'plan-changes-line';
export const planChangesRemovedLineLayerId = 'plan-changes-removed-line';
export const planCommentsSourceId = 'plan-comments';
export const planCommentsLayerId = 'plan-comments-pin';
export const planPointSourceId = 'plan-point';
export const planPointLayerId = 'plan-point-marker';

/** One colour per change kind, distinct from every TT 16/2025 land-use colour and readable as a line. */
export const zoneChangeColours: Readonly<Record<ZoneChangeKind, string>> = {
  added: '#2f9e44',
  removed: '#e03131',
  'land-use-changed': '#f08c00',
  'indicators-changed': '#1c7ed6',
  reshaped: '#9c36b5',
};

/** The change layer: a light wash and a strong outline per kind; removed zones dashed, as "no longer there". */
export function planChangeLayers(sourceId: string = planChangesSourceId): LayerSpecification[] {
  const colour = matchProperty('change', zoneChangeKinds.map((kind) => [kind, zoneChangeColours[kind]] as const), '#495057');
  const removed: FilterSpecification = ['==', ['get', 'change'], 'removed'];
  const kept: FilterSpecification = ['!=', ['get', 'change'], 'removed'];
  return [
    { id: planChangesFillLayerId, type: 'fill', source: sourceId, paint: { 'fill-color': colour, 'fill-opacity': ['case', removed, 0.12, 0.28] } },
    { id: planChangesLineLayerId, type: 'line', source: sourceId, filter: kept, layout: { 'line-join': 'round' }, paint: { 'line-color': colour, 'line-width': 3 } },
    { id: planChangesRemovedLineLayerId, type: 'line', source: sourceId, filter: removed, layout: { 'line-join': 'round' }, paint: { 'line-color': colour, 'line-width': 2.5, 'line-dasharray': [2, 1.5] } },
  ];
}

export function planCommentLayers(): LayerSpecification[] {
  return [{
    id: planCommentsLayerId,
    type: 'circle',
    source: planCommentsSourceId,
    paint: {
      'circle-radius': 7,
      'circle-color': ['case', ['boolean', ['get', 'resolved'], false], '#868e96', '#f59f00'],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2,
    },
  }];
}

export function planPointLayers(): LayerSpecification[] {
  return [{
    id: planPointLayerId,
    type: 'circle',
    source: planPointSourceId,
    paint: { 'circle-radius': 8, 'circle-color': '#12355b', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 3 },
  }];
}

export interface PlanOverlays {
  /** Changed zones with a `change` property; absent: no change layer. */
  changes?: FeatureCollection;
  /** Comment pins with `id` and `resolved`. */
  comments?: FeatureCollection;
  /** The point asked about, [lon, lat]. */
  point?: [number, number];
  /** Hide zones whose horizon year is later. */
  horizonYear?: number;
}

function withHorizon(layer: LayerSpecification, year: number): LayerSpecification {
  if (layer.id !== planningZonesFillLayerId && layer.id !== planningZonesOutlineLayerId) return layer;
  // Zones without a horizon belong to every horizon.
  const filter: FilterSpecification = ['any', ['!', ['has', 'horizonYear']], ['<=', ['to-number', ['get', 'horizonYear']], year]];
  return { ...layer, filter } as LayerSpecification;
}

export function withPlanOverlays(style: StyleSpecification, overlays: PlanOverlays): StyleSpecification {
  const sources = { ...style.sources };
  const year = overlays.horizonYear;
  const layers = year === undefined ? [...style.layers] : style.layers.map((layer) => withHorizon(layer, year));
  if (overlays.changes) {
    sources[planChangesSourceId] = { type: 'geojson', data: overlays.changes };
    layers.push(...planChangeLayers());
  }
  if (overlays.comments) {
    sources[planCommentsSourceId] = { type: 'geojson', data: overlays.comments, promoteId: 'id' };
    layers.push(...planCommentLayers());
  }
  if (overlays.point) {
    sources[planPointSourceId] = { type: 'geojson', data: { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: overlays.point } } };
    layers.push(...planPointLayers());
  }
  return { ...style, sources, layers };
}
