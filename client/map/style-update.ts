/**
 * The operations that turn the style last applied into the next one — the same idea as
 * `setStyle(next, { diff: true })`, but diffed against the style *we* built last, not against
 * MapLibre's serialisation of the live style. That serialisation carries, for every GeoJSON source
 * loaded from a URL, the whole loaded FeatureCollection instead of the URL: setStyle's diff would
 * deep-copy and deep-compare megabytes on every opacity change, then reload and re-tile every
 * GeoJSON source because "the data changed". Here a source is only touched when its spec changes.
 * Pure: the map view runs the operations.
 */
import type { FilterSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';

export type StyleOperation =
  /** Something this planner does not patch (glyphs, sprite, …): replace the whole style. */
  | { op: 'replaceStyle'; style: StyleSpecification }
  | { op: 'removeLayer'; layerId: string }
  | { op: 'removeSource'; sourceId: string }
  | { op: 'addSource'; sourceId: string; source: SourceSpecification }
  /** A GeoJSON source whose only change is its data URL. */
  | { op: 'setGeoJSONData'; sourceId: string; data: string }
  | { op: 'addLayer'; layer: LayerSpecification; beforeId?: string }
  | { op: 'setPaintProperty'; layerId: string; name: string; value: unknown }
  | { op: 'setLayoutProperty'; layerId: string; name: string; value: unknown }
  | { op: 'setFilter'; layerId: string; filter: FilterSpecification | null };

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function sourceOf(layer: LayerSpecification): string | undefined {
  return 'source' in layer && typeof layer.source === 'string' ? layer.source : undefined;
}

/** What a layer is, apart from its paint, layout and filter: changing any of it means re-adding it. */
function structure(layer: LayerSpecification): unknown {
  const { paint: _paint, layout: _layout, filter: _filter, ...rest } = layer as LayerSpecification & { filter?: unknown };
  return rest;
}

/** A GeoJSON source whose spec differs only in `data`, with string data (a URL) on both sides. */
function onlyDataUrlChanged(previous: SourceSpecification, next: SourceSpecification): next is SourceSpecification & { type: 'geojson'; data: string } {
  if (previous.type !== 'geojson' || next.type !== 'geojson') return false;
  if (typeof previous.data !== 'string' || typeof next.data !== 'string') return false;
  return same({ ...previous, data: '' }, { ...next, data: '' });
}

function propertyChanges(
  layerId: string,
  kind: 'setPaintProperty' | 'setLayoutProperty',
  previous: Record<string, unknown> | undefined,
  next: Record<string, unknown> | undefined,
): StyleOperation[] {
  const operations: StyleOperation[] = [];
  const names = new Set([...Object.keys(previous ?? {}), ...Object.keys(next ?? {})]);
  for (const name of names) {
    const value = next?.[name];
    if (!same(previous?.[name], value)) operations.push({ op: kind, layerId, name, value });
  }
  return operations;
}

export function planStyleUpdate(previous: StyleSpecification, next: StyleSpecification): StyleOperation[] {
  if (previous === next) return [];
  const { sources: _ps, layers: _pl, ...previousRest } = previous;
  const { sources: _ns, layers: _nl, ...nextRest } = next;
  if (!same(previousRest, nextRest)) return [{ op: 'replaceStyle', style: next }];

  // Sources: unchanged, new data URL, replaced, removed, added.
  const replacedSources = new Set<string>();
  const sourceOperations: StyleOperation[] = [];
  const removedSources: string[] = [];
  for (const [id, source] of Object.entries(previous.sources)) {
    const nextSource = next.sources[id];
    if (!nextSource) removedSources.push(id);
    else if (same(source, nextSource)) continue;
    else if (onlyDataUrlChanged(source, nextSource)) sourceOperations.push({ op: 'setGeoJSONData', sourceId: id, data: nextSource.data });
    else {
      replacedSources.add(id);
      removedSources.push(id);
      sourceOperations.push({ op: 'addSource', sourceId: id, source: nextSource });
    }
  }
  for (const [id, source] of Object.entries(next.sources)) {
    if (!previous.sources[id]) sourceOperations.push({ op: 'addSource', sourceId: id, source });
  }

  // Layers kept in place: same id and structure, source not replaced, same relative order.
  const previousById = new Map(previous.layers.map((layer) => [layer.id, layer]));
  const keptCandidates = new Set(
    next.layers
      .filter((layer) => {
        const before = previousById.get(layer.id);
        const source = sourceOf(layer);
        return before !== undefined && same(structure(before), structure(layer)) && (source === undefined || !replacedSources.has(source));
      })
      .map((layer) => layer.id),
  );
  const keptInPreviousOrder = previous.layers.filter((layer) => keptCandidates.has(layer.id)).map((layer) => layer.id);
  const keptInNextOrder = next.layers.filter((layer) => keptCandidates.has(layer.id)).map((layer) => layer.id);
  // Reordering is rare (a new basemap, say): then every layer is re-added rather than moved.
  const kept = same(keptInPreviousOrder, keptInNextOrder) ? keptCandidates : new Set<string>();

  const operations: StyleOperation[] = [];
  for (const layer of [...previous.layers].reverse()) {
    if (!kept.has(layer.id)) operations.push({ op: 'removeLayer', layerId: layer.id });
  }
  for (const sourceId of removedSources) operations.push({ op: 'removeSource', sourceId });
  operations.push(...sourceOperations);

  // New layers go in back to front, each before its successor (already on the map by then).
  let successor: string | undefined;
  for (const layer of [...next.layers].reverse()) {
    if (!kept.has(layer.id)) operations.push(successor === undefined ? { op: 'addLayer', layer } : { op: 'addLayer', layer, beforeId: successor });
    successor = layer.id;
  }

  for (const layer of next.layers) {
    if (!kept.has(layer.id)) continue;
    const before = previousById.get(layer.id)!;
    operations.push(...propertyChanges(layer.id, 'setLayoutProperty', before.layout as Record<string, unknown> | undefined, layer.layout as Record<string, unknown> | undefined));
    operations.push(...propertyChanges(layer.id, 'setPaintProperty', before.paint as Record<string, unknown> | undefined, layer.paint as Record<string, unknown> | undefined));
    const beforeFilter = 'filter' in before ? before.filter : undefined;
    const nextFilter = 'filter' in layer ? layer.filter : undefined;
    if (!same(beforeFilter, nextFilter)) operations.push({ op: 'setFilter', layerId: layer.id, filter: nextFilter ?? null });
  }
  return operations;
}
