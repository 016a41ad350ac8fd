/**
 * Investment projects, coloured by status (shared/domain/project-status.ts). A project is a site
 * (point), a route (line) or an area (polygon): one MapLibre layer per geometry type.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { projectStatuses } from '../../../shared/domain/project-status.ts';
import { isLine, isPoint, isPolygon, layerBase, matchProperty, scaled, visibility, whenEmphasised, type LayerModule } from './layer-module.ts';

export const projectsFillLayerId = 'projects-fill';
export const projectsOutlineLayerId = 'projects-outline';
export const projectsLineLayerId = 'projects-line';
export const projectsCircleLayerId = 'projects-circle';

export const statusColour: ExpressionSpecification = matchProperty(
  'status',
  projectStatuses.map((status) => [status.code, status.colour] as const),
  '#495057',
);

export const projectsLayer: LayerModule = {
  id: 'projects',
  layerIds: [projectsFillLayerId, projectsOutlineLayerId, projectsLineLayerId, projectsCircleLayerId],
  interactiveLayerIds: [projectsCircleLayerId, projectsLineLayerId, projectsFillLayerId],
  layers: (context) => [
    {
      band: 'areas',
      layer: {
        id: projectsFillLayerId,
        type: 'fill',
        ...layerBase(context),
        filter: isPolygon,
        layout: { visibility: visibility(context) },
        paint: {
          'fill-color': statusColour,
          'fill-opacity': whenEmphasised(scaled(0.45, context.opacity), scaled(0.25, context.opacity)),
        },
      },
    },
    {
      band: 'outlines',
      layer: {
        id: projectsOutlineLayerId,
        type: 'line',
        ...layerBase(context),
        filter: isPolygon,
        layout: { visibility: visibility(context), 'line-join': 'round' },
        paint: {
          'line-color': statusColour,
          'line-width': whenEmphasised(3.5, 2),
          'line-opacity': scaled(1, context.opacity),
        },
      },
    },
    {
      band: 'lines',
      layer: {
        id: projectsLineLayerId,
        type: 'line',
        ...layerBase(context),
        filter: isLine,
        layout: { visibility: visibility(context), 'line-join': 'round', 'line-cap': 'round' },
        paint: {
          'line-color': statusColour,
          'line-width': ['interpolate', ['linear'], ['zoom'], 10, whenEmphasised(6, 3.5), 16, whenEmphasised(10, 7)],
          'line-opacity': scaled(0.95, context.opacity),
        },
      },
    },
    {
      band: 'points',
      layer: {
        id: projectsCircleLayerId,
        type: 'circle',
        ...layerBase(context),
        filter: isPoint,
        layout: { visibility: visibility(context) },
        paint: {
          'circle-radius': whenEmphasised(9, 6.5),
          'circle-color': statusColour,
          'circle-opacity': scaled(1, context.opacity),
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
          'circle-stroke-opacity': scaled(1, context.opacity),
        },
      },
    },
  ],
};
