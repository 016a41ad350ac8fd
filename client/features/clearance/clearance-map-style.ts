/**
 * The clearance workspace's small map: basemap, cadastral parcels (vector tiles from z14) with the
 * boundary's affected parcels filled by stage, the boundary's outline, the parcel found by "check
 * a place" and the point asked about. Pure, like map/site-map-style.ts.
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { Feature, Geometry } from 'geojson';
import type { ParcelStage } from '../../../shared/domain/clearance-schedule.ts';
import { basemapParts, type BasemapInput } from '../../map/basemap.ts';
import { stageColours } from './clearance-stages.ts';

export const clearanceParcelsSourceId = 'clearance-parcels';
export const clearanceParcelsFillLayerId = 'clearance-parcels-fill';
export const clearanceBoundaryLayerId = 'clearance-boundary-line';
/** The parcels layer's tiles start at z14 (the layer's tileMinZoom). */
const PARCELS_MIN_ZOOM = 14;

function collection(geometry: Geometry | null) {
  const features: Feature[] = geometry ? [{ type: 'Feature', properties: {}, geometry }] : [];
  return { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features } };
}

export interface ClearanceMapInput {
  basemap: BasemapInput;
  /** Absolute tile URL template of the parcels layer. */
  parcelTiles: string;
  boundary: Geometry | null;
  /** Stage of each affected parcel, by parcel id (the parcels layer's feature id). */
  stages: Readonly<Record<string, ParcelStage>>;
  selectedParcel: Geometry | null;
  point: readonly [number, number] | null;
}

/** Fill colour by the parcel's stage; parcels outside the boundary stay unfilled. */
export function stageFillExpression(stages: Readonly<Record<string, ParcelStage>>): ExpressionSpecification | string {
  const byStage = new Map<ParcelStage, string[]>();
  for (const [id, stage] of Object.entries(stages)) byStage.set(stage, [...(byStage.get(stage) ?? []), id]);
  if (byStage.size === 0) return 'rgba(0,0,0,0)';
  const cases = [...byStage].flatMap(([stage, ids]) => [['in', ['get', 'id'], ['literal', ids]], stageColours[stage]]);
  return ['case', ...cases, 'rgba(0,0,0,0)'] as unknown as ExpressionSpecification;
}

export function clearanceMapStyle(input: ClearanceMapInput): StyleSpecification {
  const basemap = basemapParts(input.basemap);
  const style: StyleSpecification = {
    version: 8,
    name: 'EZ-GIS clearance',
    sources: {
      ...basemap.sources,
      [clearanceParcelsSourceId]: { type: 'vector', tiles: [input.parcelTiles], minzoom: PARCELS_MIN_ZOOM, maxzoom: 18, promoteId: 'id' },
      'clearance-boundary': collection(input.boundary),
      'clearance-selected': collection(input.selectedParcel),
      'clearance-point': collection(input.point ? { type: 'Point', coordinates: [...input.point] } : null),
    },
    layers: [
      ...basemap.layers,
      { id: 'clearance-boundary-fill', type: 'fill', source: 'clearance-boundary', paint: { 'fill-color': '#d9480f', 'fill-opacity': 0.08 } },
      { id: clearanceParcelsFillLayerId, type: 'fill', source: clearanceParcelsSourceId, 'source-layer': 'parcels', paint: { 'fill-color': stageFillExpression(input.stages), 'fill-opacity': 0.65 } },
      { id: 'clearance-parcels-line', type: 'line', source: clearanceParcelsSourceId, 'source-layer': 'parcels', paint: { 'line-color': '#8d5a2b', 'line-width': 0.6 } },
      { id: clearanceBoundaryLayerId, type: 'line', source: 'clearance-boundary', paint: { 'line-color': '#d9480f', 'line-width': 2.5, 'line-dasharray': [3, 1.5] } },
      { id: 'clearance-selected-line', type: 'line', source: 'clearance-selected', paint: { 'line-color': '#212529', 'line-width': 3 } },
      { id: 'clearance-point', type: 'circle', source: 'clearance-point', paint: { 'circle-radius': 6, 'circle-color': '#c92a2a', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 } },
    ],
  };
  if (basemap.glyphs !== undefined) style.glyphs = basemap.glyphs;
  if (basemap.sprite !== undefined) style.sprite = basemap.sprite;
  return style;
}
