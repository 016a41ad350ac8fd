/** Registers the `ezgis-layer://` protocol with MapLibre (see layer-data-url.ts for why). */
import * as maplibregl from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { layerDataProtocol, parseLayerDataUrl, withPromotedIds } from './layer-data-url.ts';

export type LayerDataLoader = (layerId: string, signal: AbortSignal) => Promise<FeatureCollection>;

/** Registers the protocol (global to MapLibre); returns the function that removes it. */
export function installLayerDataProtocol(loader: LayerDataLoader): () => void {
  maplibregl.addProtocol(layerDataProtocol, async (params, abortController) => {
    const parsed = parseLayerDataUrl(params.url);
    if (!parsed) throw new Error(`not a layer data URL: ${params.url}`);
    const collection = await loader(parsed.layerId, abortController.signal);
    return { data: withPromotedIds(collection) };
  });
  return () => maplibregl.removeProtocol(layerDataProtocol);
}
