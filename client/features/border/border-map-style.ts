/**
 * The border view's map: the basemap with the border line, cargo lanes, markers and gates drawn by
 * the main map's own layer modules (so the symbols, and Co Sa – Nà Ủ's hatched, dashed area, are
 * the same), from inline GeoJSON, plus a ring around the marker or gate the user asked to see. Pure.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { basemapParts, type BasemapInput } from '../../map/basemap.ts';
import { bands } from '../../map/layers/layer-module.ts';
import { layerModule } from '../../map/layers/index.ts';
import { withPromotedIds } from '../../map/layer-data-url.ts';
import { featureIdProperty } from '../../map/build-style.ts';

export const borderLayerIds = ['border-line', 'cargo-lanes', 'border-markers', 'border-gates'] as const;
export type BorderLayerId = (typeof borderLayerIds)[number];

export const borderFocusSourceId = 'border-focus';
export const borderFocusLayerId = 'border-focus-ring';
export const borderFocusColour = '#f59f00';

export interface BorderMapInput {
  basemap: BasemapInput;
  data: Partial<Record<BorderLayerId, FeatureCollection>>;
  /** The point to ring, [lon, lat]. */
  focus: [number, number] | null;
}

export function borderMapStyle(input: BorderMapInput): StyleSpecification {
  const basemap = basemapParts(input.basemap);
  const sources: Record<string, SourceSpecification> = { ...basemap.sources };
  const banded = borderLayerIds.flatMap((id) => {
    const data = input.data[id];
    const module = layerModule(id);
    if (!data || !module) return [];
    sources[id] = { type: 'geojson', data: withPromotedIds(data), promoteId: featureIdProperty };
    return module.layers({ sourceId: id, visible: true, opacity: 1 });
  });
  const focus: Geometry | null = input.focus ? { type: 'Point', coordinates: input.focus } : null;
  sources[borderFocusSourceId] = { type: 'geojson', data: { type: 'FeatureCollection', features: focus ? [{ type: 'Feature', properties: {}, geometry: focus }] : [] } };
  const dataLayers: LayerSpecification[] = bands.flatMap((band) => banded.filter((entry) => entry.band === band).map((entry) => entry.layer));
  const style: StyleSpecification = {
    version: 8,
    name: 'EZ-GIS border',
    sources,
    layers: [
      ...basemap.layers,
      ...dataLayers,
      {
        id: borderFocusLayerId,
        type: 'circle',
        source: borderFocusSourceId,
        paint: { 'circle-radius': 16, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': borderFocusColour, 'circle-stroke-width': 3 },
      },
    ],
  };
  if (basemap.glyphs !== undefined) style.glyphs = basemap.glyphs;
  if (basemap.sprite !== undefined) style.sprite = basemap.sprite;
  return style;
}
