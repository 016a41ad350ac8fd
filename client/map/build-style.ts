/**
 * The whole map style as a pure function of what the app knows: basemap choice, and per catalogue
 * layer its data source, visibility and opacity. The map view applies only what changed between
 * two results (style-update.ts), so this is the single source of truth for sources and layers.
 * No text symbol layers: there are no glyphs offline; names show in tooltips and popups.
 */
import type { FilterSpecification, GeoJSONSourceSpecification, LayerSpecification, SourceSpecification, StyleSpecification, VectorSourceSpecification } from 'maplibre-gl';
import type { BBox } from '../../shared/geo/bbox.ts';
import { basemapParts, type BasemapInput } from './basemap.ts';
import { bands, type BandedLayer } from './layers/layer-module.ts';
import { layerModules } from './layers/index.ts';

/** Where a layer's features come from. GeoJSON data is a URL the layer-data protocol resolves. */
export type LayerSourceInput =
  | { kind: 'geojson'; url: string }
  | { kind: 'vector'; tiles: readonly string[]; minzoom?: number; maxzoom?: number; bounds?: BBox };

export interface DataLayerInput {
  id: string;
  visible: boolean;
  /** 0–1. */
  opacity: number;
  /** null while the source is not known yet (e.g. TileJSON loading): the layer is left out. */
  source: LayerSourceInput | null;
  /** Only features matching this are drawn (projects by status, see layers/projects.ts). */
  filter?: FilterSpecification;
}

/** Re-exported so that code outside map/ never imports maplibre-gl itself (STYLE §2). */
export type { StyleSpecification };

export interface StyleInput {
  basemap: BasemapInput;
  layers: readonly DataLayerInput[];
}

/** Every feature carries its string id as the `id` property (see layer-data-protocol.ts). */
export const featureIdProperty = 'id';

function sourceSpecification(source: LayerSourceInput, attribution: string | undefined): SourceSpecification {
  if (source.kind === 'geojson') {
    const spec: GeoJSONSourceSpecification = { type: 'geojson', data: source.url, promoteId: featureIdProperty };
    if (attribution !== undefined) spec.attribution = attribution;
    return spec;
  }
  const spec: VectorSourceSpecification = { type: 'vector', tiles: [...source.tiles], promoteId: featureIdProperty };
  if (source.minzoom !== undefined) spec.minzoom = source.minzoom;
  if (source.maxzoom !== undefined) spec.maxzoom = source.maxzoom;
  if (source.bounds !== undefined) spec.bounds = [...source.bounds];
  if (attribution !== undefined) spec.attribution = attribution;
  return spec;
}

export function buildStyle(input: StyleInput): StyleSpecification {
  const basemap = basemapParts(input.basemap);
  const sources: Record<string, SourceSpecification> = { ...basemap.sources };
  const banded: BandedLayer[] = [];
  const inputs = new Map(input.layers.map((layer) => [layer.id, layer]));

  // Sources are listed topmost layer first: MapLibre adds (and its worker processes) them in this
  // order, so the small point and line layers appear before the big polygon layers underneath.
  for (const module of [...layerModules].reverse()) {
    const layerInput = inputs.get(module.id);
    if (layerInput?.source) sources[module.id] = sourceSpecification(layerInput.source, module.attribution);
  }
  for (const module of layerModules) {
    const layerInput = inputs.get(module.id);
    if (!layerInput?.source) continue;
    const sourceId = module.id;
    banded.push(
      ...module.layers({
        sourceId,
        ...(layerInput.source.kind === 'vector' ? { sourceLayer: module.id } : {}),
        visible: layerInput.visible,
        opacity: layerInput.opacity,
        ...(layerInput.filter === undefined ? {} : { filter: layerInput.filter }),
      }),
    );
  }

  const dataLayers: LayerSpecification[] = bands.flatMap((band) => banded.filter((entry) => entry.band === band).map((entry) => entry.layer));
  const style: StyleSpecification = {
    version: 8,
    name: 'EZ-GIS',
    sources,
    layers: [...basemap.layers, ...dataLayers],
  };
  if (basemap.glyphs !== undefined) style.glyphs = basemap.glyphs;
  if (basemap.sprite !== undefined) style.sprite = basemap.sprite;
  return style;
}
