/** Registers the `ezgis-layer://` protocol with MapLibre (see layer-data-url.ts for why). */
import * as maplibregl from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { layerDataProtocol, parseLayerDataUrl, withPromotedIds } from './layer-data-url.ts';

export type LayerDataLoader = (layerId: string, signal: AbortSignal) => Promise<FeatureCollection>;

/** Loaders of the maps alive now: the protocol is global to MapLibre, and the planning page's compare mode has two maps. */
const loaders: LayerDataLoader[] = [];

/** Registers the protocol (global to MapLibre) for one map; returns the function that releases it. */
export function installLayerDataProtocol(loader: LayerDataLoader): () => void {
  loaders.push(loader);
  if (loaders.length === 1) {
    maplibregl.addProtocol(layerDataProtocol, async (params, abortController) => {
      const parsed = parseLayerDataUrl(params.url);
      if (!parsed) throw new Error(`not a layer data URL: ${params.url}`);
      const current = loaders.at(-1);
      if (!current) throw new Error('no map is loading layer data');
      const collection = await current(parsed.layerId, abortController.signal);
      return { data: withPromotedIds(collection) };
    });
  }
  return () => {
    const index = loaders.lastIndexOf(loader);
    if (index >= 0) loaders.splice(index, 1);
    if (loaders.length === 0) maplibregl.removeProtocol(layerDataProtocol);
  };
}
