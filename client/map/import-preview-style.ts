/**
 * The style of the import preview's map: the basemap and the staged features, accepted ones in
 * blue, refused ones hatched red with a dashed outline, the one picked in the report outlined
 * thick. Pure, like site-map-style.ts; features carry only `index` and `rejected` to the map.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { geometryBBox, type BBox } from '../../shared/geo/bbox.ts';
import { basemapParts, type BasemapInput } from './basemap.ts';
import { hatchImageId } from './hatch-pattern.ts';

export const importPreviewSourceId = 'import-preview';
export const importPreviewLayerIds = {
  acceptedFill: 'import-preview-accepted-fill',
  rejectedFill: 'import-preview-rejected-fill',
  acceptedLine: 'import-preview-accepted-line',
  rejectedLine: 'import-preview-rejected-line',
  points: 'import-preview-points',
  selected: 'import-preview-selected',
} as const;

export const importPreviewColours = { accepted: '#1c6dd0', rejected: '#c92a2a', selected: '#f08c00' } as const;

export interface ImportPreviewMapFeature {
  geometry: Geometry | null;
  index: number;
  rejected: boolean;
}

export interface ImportPreviewStyleInput {
  basemap: BasemapInput;
  features: readonly ImportPreviewMapFeature[];
  /** The feature picked in the validation report, by its index in the file. */
  selectedIndex: number | null;
}

export function importPreviewData(features: readonly ImportPreviewMapFeature[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: features.filter((feature) => feature.geometry !== null).map((feature): Feature => ({
      type: 'Feature',
      id: feature.index,
      properties: { index: feature.index, rejected: feature.rejected },
      geometry: feature.geometry as Geometry,
    })),
  };
}

const isArea: ExpressionSpecification = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];
const isPoint: ExpressionSpecification = ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false];
const isRejected: ExpressionSpecification = ['==', ['get', 'rejected'], true];
const isAccepted: ExpressionSpecification = ['!=', ['get', 'rejected'], true];

export function importPreviewStyle(input: ImportPreviewStyleInput): StyleSpecification {
  const basemap = basemapParts(input.basemap);
  const selected = input.selectedIndex ?? -1;
  const style: StyleSpecification = {
    version: 8,
    name: 'EZ-GIS import preview',
    sources: {
      ...basemap.sources,
      [importPreviewSourceId]: { type: 'geojson', data: importPreviewData(input.features) },
    },
    layers: [
      ...basemap.layers,
      { id: importPreviewLayerIds.acceptedFill, type: 'fill', source: importPreviewSourceId, filter: ['all', isArea, isAccepted], paint: { 'fill-color': importPreviewColours.accepted, 'fill-opacity': 0.25 } },
      { id: importPreviewLayerIds.rejectedFill, type: 'fill', source: importPreviewSourceId, filter: ['all', isArea, isRejected], paint: { 'fill-pattern': hatchImageId('import-rejected') } },
      { id: importPreviewLayerIds.acceptedLine, type: 'line', source: importPreviewSourceId, filter: ['all', ['!', isPoint], isAccepted], paint: { 'line-color': importPreviewColours.accepted, 'line-width': 2 } },
      { id: importPreviewLayerIds.rejectedLine, type: 'line', source: importPreviewSourceId, filter: ['all', ['!', isPoint], isRejected], paint: { 'line-color': importPreviewColours.rejected, 'line-width': 2, 'line-dasharray': [3, 2] } },
      {
        id: importPreviewLayerIds.points,
        type: 'circle',
        source: importPreviewSourceId,
        filter: isPoint,
        paint: {
          'circle-radius': 5,
          'circle-color': ['case', isRejected, importPreviewColours.rejected, importPreviewColours.accepted],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
        },
      },
      { id: importPreviewLayerIds.selected, type: 'line', source: importPreviewSourceId, filter: ['==', ['get', 'index'], selected], paint: { 'line-color': importPreviewColours.selected, 'line-width': 4 } },
    ],
  };
  if (basemap.glyphs !== undefined) style.glyphs = basemap.glyphs;
  if (basemap.sprite !== undefined) style.sprite = basemap.sprite;
  return style;
}

/** [west, south, east, north] around all the features, or null when none has a geometry. */
export function importPreviewBbox(geometries: readonly (Geometry | null)[]): BBox | null {
  const boxes = geometries.filter((geometry): geometry is Geometry => geometry !== null).map(geometryBBox).filter((box) => Number.isFinite(box[0]));
  if (boxes.length === 0) return null;
  return [Math.min(...boxes.map((box) => box[0])), Math.min(...boxes.map((box) => box[1])), Math.max(...boxes.map((box) => box[2])), Math.max(...boxes.map((box) => box[3]))];
}
