/**
 * The data of every catalogue layer through the query cache: GeoJSON layers via
 * `layers.features`, tiled layers via their TileJSON. Gives the panel its load states, the style
 * its sources, and MapLibre's `ezgis-layer://` protocol its loader (same cache, no second fetch).
 */
import { useCallback, useMemo } from 'react';
import { useQueries, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Feature } from 'geojson';
import { FEATURE_LIMIT_MAX } from '../../shared/layers/limits.ts';
import type { LayerSourceInput } from '../map/build-style.ts';
import type { LayerDataLoader } from '../map/layer-data-protocol.ts';
import { layerDataUrl } from '../map/layer-data-url.ts';
import type { LayerDataState } from '../features/layers-panel/panel-items.ts';
import { absoluteUrl } from './basemap-input.ts';
import { useTRPC, type LayerSummary, type RouterInputs } from './trpc.ts';
import { useErrorMessage } from './use-error-message.ts';

/** The part of a TileJSON 3.0 document the map uses. */
export interface TileJson {
  tiles: string[];
  minzoom?: number;
  maxzoom?: number;
  bounds?: [number, number, number, number];
}

function featuresInput(layer: LayerSummary, asOf: string | null): RouterInputs['layers']['features'] {
  // The layer's whole extent: these layers are small; `truncated` says when they are not.
  const input: RouterInputs['layers']['features'] = layer.bbox ? { layerId: layer.id, bbox: layer.bbox, limit: FEATURE_LIMIT_MAX } : { layerId: layer.id, limit: FEATURE_LIMIT_MAX };
  // Projects carry their status derived for that day (today when null).
  if (layer.id === 'projects' && asOf !== null) input.asOf = asOf;
  return input;
}

/**
 * A failed plain fetch as an error shaped like tRPC's (`data.code`, `data.httpStatus`), so the
 * same messages apply: a 429 carries its Retry-After as `retryAfterSeconds`.
 */
export function httpFailure(response: Pick<Response, 'status' | 'statusText' | 'headers'>): Error & { data: Record<string, unknown> } {
  const wait = Number(response.headers.get('Retry-After'));
  const code = response.status === 429 ? 'TOO_MANY_REQUESTS' : response.status === 404 ? 'NOT_FOUND' : response.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
  return Object.assign(new Error(`${response.status} ${response.statusText}`.trim()), {
    data: { code, httpStatus: response.status, ...(Number.isFinite(wait) && wait > 0 ? { retryAfterSeconds: wait } : {}) },
  });
}

export async function fetchTileJson(url: string, signal: AbortSignal): Promise<TileJson> {
  const response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  if (!response.ok) throw httpFailure(response);
  const body = (await response.json()) as Partial<TileJson>;
  if (!Array.isArray(body.tiles) || body.tiles.length === 0) throw new Error('TileJSON without tiles');
  return body as TileJson;
}

function tileJsonQuery(url: string) {
  return { queryKey: ['tilejson', url] as const, queryFn: ({ signal }: { signal: AbortSignal }) => fetchTileJson(url, signal) };
}


export interface LayerData {
  /** Per layer id. */
  states: Record<string, LayerDataState>;
  /** Per layer id: what build-style needs, or null while not known. */
  sources: Record<string, LayerSourceInput | null>;
  features: (layerId: string) => readonly Feature[] | undefined;
  load: LayerDataLoader;
  retry: (layerId: string) => void;
}

/** `asOf`: the day project status is derived for, null for today. */
export function useLayerData(catalogue: readonly LayerSummary[] | undefined, origin: string, asOf: string | null = null): LayerData {
  const trpc = useTRPC();
  const errorText = useErrorMessage();
  const queryClient: QueryClient = useQueryClient();
  const layers = useMemo(() => catalogue ?? [], [catalogue]);
  const geojsonLayers = useMemo(() => layers.filter((layer) => layer.delivery === 'geojson'), [layers]);
  const tileLayers = useMemo(() => layers.filter((layer) => layer.delivery === 'tiles' && layer.tileJsonUrl !== null), [layers]);

  const featureResults = useQueries({
    queries: geojsonLayers.map((layer) => ({
      ...trpc.layers.features.queryOptions(featuresInput(layer, asOf)),
      // Megabytes of coordinates: comparing them with the previous result to share structure
      // costs more than it saves.
      structuralSharing: false,
    })),
  });
  const tileResults = useQueries({
    queries: tileLayers.map((layer) => tileJsonQuery(absoluteUrl(layer.tileJsonUrl ?? '', origin))),
  });

  const states: Record<string, LayerDataState> = {};
  const sources: Record<string, LayerSourceInput | null> = {};
  const featuresById = new Map<string, readonly Feature[]>();
  geojsonLayers.forEach((layer, index) => {
    const result = featureResults[index];
    const state: LayerDataState = { status: result?.status ?? 'pending' };
    if (result?.error) state.errorMessage = errorText(result.error);
    if (result?.data) {
      state.features = result.data.features;
      state.numberMatched = result.data.numberMatched;
      state.truncated = result.data.truncated;
      featuresById.set(layer.id, result.data.features);
    }
    states[layer.id] = state;
    // The map gets the source once the data is in the cache: its loader then answers at once, and
    // a failed fetch is retried here (panel) rather than leaving a broken source on the map.
    sources[layer.id] = result?.data ? { kind: 'geojson', url: layerDataUrl(layer.id, layer.version, result.dataUpdatedAt) } : null;
  });
  tileLayers.forEach((layer, index) => {
    const result = tileResults[index];
    const state: LayerDataState = { status: result?.status ?? 'pending', numberMatched: layer.featureCount };
    if (result?.error) state.errorMessage = errorText(result.error);
    states[layer.id] = state;
    const tileJson = result?.data;
    if (!tileJson) {
      sources[layer.id] = null;
      return;
    }
    const source: LayerSourceInput = { kind: 'vector', tiles: tileJson.tiles.map((tile) => absoluteUrl(tile, origin)) };
    if (tileJson.minzoom !== undefined) source.minzoom = tileJson.minzoom;
    if (tileJson.maxzoom !== undefined) source.maxzoom = tileJson.maxzoom;
    if (tileJson.bounds !== undefined) source.bounds = tileJson.bounds;
    sources[layer.id] = source;
  });

  const load = useCallback<LayerDataLoader>(async (layerId) => {
    const list = queryClient.getQueryData(trpc.layers.list.queryKey());
    const layer = list?.find((candidate) => candidate.id === layerId);
    if (!layer) throw new Error(`unknown layer ${layerId}`);
    return queryClient.fetchQuery({ ...trpc.layers.features.queryOptions(featuresInput(layer, asOf)), structuralSharing: false });
  }, [queryClient, trpc, asOf]);

  const retry = useCallback((layerId: string) => {
    const geojsonIndex = geojsonLayers.findIndex((layer) => layer.id === layerId);
    if (geojsonIndex >= 0) void featureResults[geojsonIndex]?.refetch();
    const tileIndex = tileLayers.findIndex((layer) => layer.id === layerId);
    if (tileIndex >= 0) void tileResults[tileIndex]?.refetch();
  }, [geojsonLayers, tileLayers, featureResults, tileResults]);

  return { states, sources, features: (layerId) => featuresById.get(layerId), load, retry };
}
