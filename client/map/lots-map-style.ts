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
import { landLotStatusSymbols, landLotsFillLayerId } from './layers/land-lots.ts';
import { matchProperty, whenEmphasised } from './layers/layer-module.ts';
import { withPromotedIds } from './layer-data-url.ts';
import { featureIdProperty } from './build-style.ts';

/** The source of the portal's lots; its features' ids are the lot ids (promoted). */
export const portalLotsSourceId = 'land-lots';
/** The lots' centres: at the zooms where a lot of a few hectares is a speck, a dot stands for it. */
export const portalLotCentresSourceId = 'land-lot-centres';
export const portalLotCentresLayerId = 'land-lot-centres-circle';
/** Below this zoom the lots show as dots too. */
export const lotDotsMaxZoom = 13;
/** The layers that answer hover and click; both sources carry the lot id as feature id. */
export const portalLotsInteractiveLayerIds = [landLotsFillLayerId, portalLotCentresLayerId] as const;
/** The sources whose features get the hover / selected feature-state. */
export const portalLotSourceIds = [portalLotsSourceId, portalLotCentresSourceId] as const;

export interface PortalLot {
  id: string;
  code: string;
  status: string;
  geometry: Geometry;
  /** [lon, lat] of the lot's centre (the server's, which distances are measured from). */
  centre: [number, number];
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

function centresCollection(lots: readonly PortalLot[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: lots.map((lot): Feature => ({ type: 'Feature', id: lot.id, properties: { [featureIdProperty]: lot.id, code: lot.code, status: lot.status }, geometry: { type: 'Point', coordinates: lot.centre } })),
  };
}

const statusColour = (pick: 'fill' | 'outline') => matchProperty('status', landLotStatusSymbols.map((symbol) => [symbol.code, symbol[pick]] as const), '#adb5bd');

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
  sources[portalLotCentresSourceId] = { type: 'geojson', data: centresCollection(input.lots), promoteId: featureIdProperty };
  dataLayers.push({
    id: portalLotCentresLayerId,
    type: 'circle',
    source: portalLotCentresSourceId,
    maxzoom: lotDotsMaxZoom,
    paint: {
      'circle-radius': whenEmphasised(8, 5),
      'circle-color': statusColour('fill'),
      'circle-stroke-color': whenEmphasised('#212529', statusColour('outline')),
      'circle-stroke-width': whenEmphasised(3, 1.5),
    },
  });
  const style: StyleSpecification = { version: 8, name: 'EZ-GIS investor portal', sources, layers: [...basemap.layers, ...dataLayers] };
  if (basemap.glyphs !== undefined) style.glyphs = basemap.glyphs;
  if (basemap.sprite !== undefined) style.sprite = basemap.sprite;
  return style;
}
