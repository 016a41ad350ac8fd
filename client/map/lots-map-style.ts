/**
 * The investor portal's map: the basemap, the filtered lots drawn by the main map's land-lots
 * module (status colours; hover and selection through feature-state), and for orientation the
 * border gates and cargo lanes, all from inline GeoJSON. Pure.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { basemapParts, type BasemapInput } from './basemap.ts';
import { bands } from './layers/layer-module.ts';
import { layerModule } from './layers/index.ts';
import { landLotsFillLayerId } from './layers/land-lots.ts';
import { withPromotedIds } from './layer-data-url.ts';
import { featureIdProperty } from './build-style.ts';

/** The source of the portal's lots; its features' ids are the lot ids (promoted). */
export const portalLotsSourceId = 'land-lots';
/** The layer that answers hover and click. */
export const portalLotsInteractiveLayerId = landLotsFillLayerId;

export interface PortalLot {
  id: string;
  code: string;
  status: string;
  geometry: Geometry;
}

export interface LotsMapInput {
  basemap: BasemapInput;
  lots: readonly PortalLot[];
  gates: FeatureCollection | undefined;
  cargoLanes: FeatureCollection | undefined;
}

export function lotsCollection(lots: readonly PortalLot[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: lots.map((lot): Feature => ({ type: 'Feature', id: lot.id, properties: { [featureIdProperty]: lot.id, code: lot.code, status: lot.status }, geometry: lot.geometry })),
  };
}

export function lotsMapStyle(input: LotsMapInput): StyleSpecification {
  const basemap = basemapParts(input.basemap);
  const sources: Record<string, SourceSpecification> = { ...basemap.sources };
  const layered: { id: string; data: FeatureCollection | undefined }[] = [
    { id: 'cargo-lanes', data: input.cargoLanes },
    { id: 'land-lots', data: lotsCollection(input.lots) },
    { id: 'border-gates', data: input.gates },
  ];
  const banded = layered.flatMap(({ id, data }) => {
    const module = layerModule(id);
    if (!data || !module) return [];
    sources[id] = { type: 'geojson', data: id === 'land-lots' ? data : withPromotedIds(data), promoteId: featureIdProperty };
    return module.layers({ sourceId: id, visible: true, opacity: 1 });
  });
  const dataLayers: LayerSpecification[] = bands.flatMap((band) => banded.filter((entry) => entry.band === band).map((entry) => entry.layer));
  const style: StyleSpecification = { version: 8, name: 'EZ-GIS investor portal', sources, layers: [...basemap.layers, ...dataLayers] };
  if (basemap.glyphs !== undefined) style.glyphs = basemap.glyphs;
  if (basemap.sprite !== undefined) style.sprite = basemap.sprite;
  return style;
}
