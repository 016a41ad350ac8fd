/**
 * Border gates and crossings: a circle per gate, coloured and sized by kind. A gate whose location
 * is not agreed with China (Co Sa – Nà Ủ) is a hatched area with a dashed outline, and as a point
 * a hollow ring.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { hatchImageId } from '../hatch-pattern.ts';
import { isPoint, isPolygon, layerBase, matchProperty, scaled, visibility, whenEmphasised, type LayerModule } from './layer-module.ts';

export const borderGatesAreaFillLayerId = 'border-gates-area-fill';
export const borderGatesAreaOutlineLayerId = 'border-gates-area-outline';
export const borderGatesCircleLayerId = 'border-gates-circle';

/** Gate kinds in legend order, with their symbols. */
export const borderGateKinds = [
  { code: 'international', colour: '#c92a2a', radius: 9 },
  { code: 'main', colour: '#e8590c', radius: 7.5 },
  { code: 'secondary', colour: '#1971c2', radius: 6 },
  { code: 'crossing', colour: '#0c8599', radius: 5.5 },
] as const;
export type BorderGateKind = (typeof borderGateKinds)[number]['code'];

export const notAgreedGateSymbol = { colour: '#5f3dc4', hatch: hatchImageId('not-agreed') } as const;

const kindMatch = (pick: (kind: (typeof borderGateKinds)[number]) => string | number, fallback: string | number): ExpressionSpecification =>
  matchProperty('kind', borderGateKinds.map((kind) => [kind.code, pick(kind)] as const), fallback);

const notAgreed: ExpressionSpecification = ['==', ['get', 'locationStatus'], 'not-agreed'];

export const borderGatesLayer: LayerModule = {
  id: 'border-gates',
  layerIds: [borderGatesAreaFillLayerId, borderGatesAreaOutlineLayerId, borderGatesCircleLayerId],
  interactiveLayerIds: [borderGatesCircleLayerId, borderGatesAreaFillLayerId],
  layers: (context) => {
    const radius = kindMatch((kind) => kind.radius, 6);
    return [
      {
        band: 'areas',
        layer: {
          id: borderGatesAreaFillLayerId,
          type: 'fill',
          ...layerBase(context),
          filter: isPolygon,
          layout: { visibility: visibility(context) },
          paint: {
            'fill-pattern': notAgreedGateSymbol.hatch,
            'fill-opacity': whenEmphasised(scaled(1, context.opacity), scaled(0.75, context.opacity)),
          },
        },
      },
      {
        band: 'outlines',
        layer: {
          id: borderGatesAreaOutlineLayerId,
          type: 'line',
          ...layerBase(context),
          filter: isPolygon,
          layout: { visibility: visibility(context), 'line-join': 'round' },
          paint: {
            'line-color': notAgreedGateSymbol.colour,
            'line-width': whenEmphasised(3.5, 2),
            'line-dasharray': [2, 2],
            'line-opacity': scaled(1, context.opacity),
          },
        },
      },
      {
        band: 'points',
        layer: {
          id: borderGatesCircleLayerId,
          type: 'circle',
          ...layerBase(context),
          filter: isPoint,
          layout: { visibility: visibility(context) },
          paint: {
            'circle-radius': whenEmphasised(['+', radius, 3], radius),
            'circle-color': kindMatch((kind) => kind.colour, '#495057'),
            // Not agreed: a hollow ring, the position is only indicative.
            'circle-opacity': ['case', notAgreed, scaled(0.15, context.opacity), scaled(1, context.opacity)],
            'circle-stroke-color': ['case', notAgreed, notAgreedGateSymbol.colour, '#ffffff'],
            'circle-stroke-width': whenEmphasised(3, 2),
            'circle-stroke-opacity': scaled(1, context.opacity),
          },
        },
      },
    ];
  },
};
