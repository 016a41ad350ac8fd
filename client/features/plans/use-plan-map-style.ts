/**
 * The planning page's map styles: the catalogue layers as on the main map (build-style.ts), with
 * the planning zones of one revision — TileJSON asked with `revision=` or `datetime=`, so the
 * server says which revision it serves — and the page's overlays on top.
 */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { buildStyle, type LayerSourceInput, type StyleInput, type StyleSpecification } from '../../map/build-style.ts';
import { withPlanOverlays, type PlanOverlays } from '../../map/plan-overlays.ts';
import { absoluteUrl, basemapInput } from '../../app/basemap-input.ts';
import { fetchTileJson, type LayerData } from '../../app/use-layer-data.ts';
import type { ClientConfig, LayerSummary } from '../../app/trpc.ts';
import { revisionOfTileUrl } from './plan-url-state.ts';

export const zoneLayerId = 'planning-zones';

export interface ZoneTiles {
  source: LayerSourceInput | null;
  /** The revision the server serves (resolved from a day or "today"). */
  revisionId: string | undefined;
  status: 'pending' | 'error' | 'success';
  error: Error | null;
  refetch: () => void;
}

/** The planning zones' TileJSON for a query such as `revision=x`, `datetime=2030-12-31` or '' (today). */
export function useZoneTiles(tileQuery: string, origin: string, enabled = true): ZoneTiles {
  const url = absoluteUrl(`/tiles/${zoneLayerId}.json${tileQuery ? `?${tileQuery}` : ''}`, origin);
  const query = useQuery({ queryKey: ['tilejson', url], queryFn: ({ signal }) => fetchTileJson(url, signal), enabled, retry: 1 });
  const tileJson = query.data;
  const source = useMemo<LayerSourceInput | null>(() => {
    if (!tileJson) return null;
    const spec: LayerSourceInput = { kind: 'vector', tiles: tileJson.tiles.map((tile) => absoluteUrl(tile, origin)) };
    if (tileJson.minzoom !== undefined) spec.minzoom = tileJson.minzoom;
    if (tileJson.maxzoom !== undefined) spec.maxzoom = tileJson.maxzoom;
    if (tileJson.bounds !== undefined) spec.bounds = tileJson.bounds;
    return spec;
  }, [tileJson, origin]);
  return {
    source,
    revisionId: tileJson?.tiles[0] ? revisionOfTileUrl(tileJson.tiles[0]) : undefined,
    status: query.status,
    error: query.error,
    refetch: () => void query.refetch(),
  };
}

/** Layers drawn on the planning page: the default ones, the planning zones always. */
function visibleOnPlanningPage(layer: LayerSummary): boolean {
  return layer.id === zoneLayerId || (layer.visibleByDefault && layer.id !== 'communes');
}

export function usePlanMapStyle(input: {
  catalogue: readonly LayerSummary[] | undefined;
  layerData: LayerData;
  basemap: ClientConfig['basemap'] | undefined;
  origin: string;
  zoneSource: LayerSourceInput | null;
  overlays: PlanOverlays;
}): StyleSpecification {
  const styleInput: StyleInput = {
    basemap: basemapInput(input.origin, input.basemap, undefined),
    layers: (input.catalogue ?? []).map((layer) => ({
      id: layer.id,
      visible: visibleOnPlanningPage(layer),
      opacity: layer.id === zoneLayerId ? 0.9 : 1,
      source: layer.id === zoneLayerId ? input.zoneSource : (input.layerData.sources[layer.id] ?? null),
    })),
  };
  const key = JSON.stringify(styleInput);
  const overlayKey = JSON.stringify(input.overlays);
  return useMemo(() => withPlanOverlays(buildStyle(JSON.parse(key) as StyleInput), JSON.parse(overlayKey) as PlanOverlays), [key, overlayKey]);
}
