/**
 * Specialized cargo roads and clearance paths: a pale wide band for the planned lane count under
 * a solid line for today's, coloured by kind. Width grows with lanes and zoom.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { layerBase, matchProperty, scaled, visibility, whenEmphasised, type LayerModule } from './layer-module.ts';

export const cargoLanesPlannedLayerId = 'cargo-lanes-planned';
export const cargoLanesLayerId = 'cargo-lanes-line';

export const cargoLaneKinds = [
  { code: 'cargo-road', colour: '#d9480f' },
  { code: 'clearance-path', colour: '#1864ab' },
] as const;

const kindColour = matchProperty('kind', cargoLaneKinds.map((kind) => [kind.code, kind.colour] as const), '#495057');

/** Line width in pixels for a lane count at a zoom: ~0.6 px per lane at z11, ~2.2 px at z16. */
function widthByLanes(lanes: ExpressionSpecification, extra: number): ExpressionSpecification {
  return [
    'interpolate', ['exponential', 1.4], ['zoom'],
    11, ['+', ['*', 0.6, lanes], whenEmphasised(extra + 1.5, extra)],
    16, ['+', ['*', 2.2, lanes], whenEmphasised(extra + 3, extra)],
  ];
}

const lanesNow: ExpressionSpecification = ['coalesce', ['get', 'lanesNow'], ['get', 'lanesPlanned'], 2];
const lanesPlanned: ExpressionSpecification = ['coalesce', ['get', 'lanesPlanned'], ['get', 'lanesNow'], 2];

export const cargoLanesLayer: LayerModule = {
  id: 'cargo-lanes',
  layerIds: [cargoLanesPlannedLayerId, cargoLanesLayerId],
  interactiveLayerIds: [cargoLanesLayerId, cargoLanesPlannedLayerId],
  layers: (context) => [
    {
      band: 'lines',
      layer: {
        id: cargoLanesPlannedLayerId,
        type: 'line',
        ...layerBase(context),
        layout: { visibility: visibility(context), 'line-join': 'round', 'line-cap': 'round' },
        paint: {
          'line-color': kindColour,
          'line-width': widthByLanes(lanesPlanned, 4),
          'line-opacity': scaled(0.3, context.opacity),
        },
      },
    },
    {
      band: 'lines',
      layer: {
        id: cargoLanesLayerId,
        type: 'line',
        ...layerBase(context),
        layout: { visibility: visibility(context), 'line-join': 'round', 'line-cap': 'round' },
        paint: {
          'line-color': kindColour,
          'line-width': widthByLanes(lanesNow, 1.5),
          'line-opacity': scaled(1, context.opacity),
        },
      },
    },
  ],
};
