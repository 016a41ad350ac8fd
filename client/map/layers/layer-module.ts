/** The contract every map layer module (client/map/layers/*.ts) fulfils for build-style. */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { LayerId } from '../../../shared/layers/registry.ts';

/**
 * Draw order across modules: every module's areas lie under every module's outlines, lines and
 * points, so a big polygon layer never hides a gate.
 */
export const bands = ['areas', 'outlines', 'lines', 'points'] as const;
export type Band = (typeof bands)[number];

export interface BandedLayer {
  band: Band;
  layer: LayerSpecification;
}

export interface LayerContext {
  /** The MapLibre source holding the layer's features. */
  sourceId: string;
  /** Set for vector-tile sources: the layer inside the tiles (= the catalogue id). */
  sourceLayer?: string;
  visible: boolean;
  /** The user's opacity for the whole layer, 0–1; multiplies every paint opacity. */
  opacity: number;
  /** Only the features matching this are drawn (e.g. projects filtered by status). */
  filter?: FilterSpecification;
}

export interface LayerModule {
  id: LayerId;
  /** MapLibre layer ids, all of them, in the order the module draws them. */
  layerIds: readonly string[];
  /** The layer ids that answer hover and click. */
  interactiveLayerIds: readonly string[];
  /** A property whose distinct values in loaded tiles feed the legend (vector-tile layers). */
  legendProperty?: string;
  /** Credit for the data, shown by the attribution control while the layer is on the map. */
  attribution?: string;
  layers(context: LayerContext): BandedLayer[];
}

/** Common parts of a layer spec: source, source-layer, visibility. */
export function layerBase(context: LayerContext): { source: string; 'source-layer'?: string } {
  return context.sourceLayer === undefined
    ? { source: context.sourceId }
    : { source: context.sourceId, 'source-layer': context.sourceLayer };
}

export function visibility(context: LayerContext): 'visible' | 'none' {
  return context.visible ? 'visible' : 'none';
}

/** True while the pointer is over the feature or the feature is selected (feature-state). */
export const emphasised: ExpressionSpecification = [
  'any',
  ['boolean', ['feature-state', 'hover'], false],
  ['boolean', ['feature-state', 'selected'], false],
];

type PaintValue = number | string | ExpressionSpecification;

/** `onEmphasis` while hovered or selected, else `normal`. */
export function whenEmphasised(onEmphasis: PaintValue, normal: PaintValue): ExpressionSpecification {
  return ['case', emphasised, onEmphasis, normal];
}

/** Rounds a computed opacity so the style (and its snapshot) stays readable. */
export function scaled(value: number, opacity: number): number {
  return Math.round(value * opacity * 1000) / 1000;
}

/** The geometry filter of one MapLibre layer, narrowed by the context's feature filter if any. */
export function withContextFilter(geometry: FilterSpecification, context: LayerContext): FilterSpecification {
  return context.filter === undefined ? geometry : (['all', geometry, context.filter] as FilterSpecification);
}

export const isPolygon: FilterSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
export const isLine: FilterSpecification = ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]];
export const isPoint: FilterSpecification = ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]];

/**
 * `['match', ['get', property], value1, output1, …, fallback]` from a table. (The spec's tuple type
 * cannot express a spread of pairs, hence the one cast.)
 */
export function matchProperty(property: string, pairs: ReadonlyArray<readonly [string, string | number]>, fallback: string | number): ExpressionSpecification {
  return ['match', ['get', property], ...pairs.flat(), fallback] as unknown as ExpressionSpecification;
}
