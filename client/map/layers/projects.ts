/**
 * Investment projects, coloured by the status the server derives for the day the map looks at
 * (`derivedStatus`, server/features/projects/derived-status.ts; the stored `status` as a fallback).
 * A project is a site (point), a route (line) or an area (polygon): one MapLibre layer per
 * geometry type. Overdue projects are marked on top of their colour: a red dashed outline around
 * areas, a red halo under routes, a thick red ring around sites.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { projectStatusCodes, projectStatuses, type ProjectStatus } from '../../../shared/domain/project-status.ts';
import { isLine, isPoint, isPolygon, layerBase, scaled, visibility, whenEmphasised, withContextFilter, type LayerModule } from './layer-module.ts';

export const projectsFillLayerId = 'projects-fill';
export const projectsOutlineLayerId = 'projects-outline';
export const projectsOverdueOutlineLayerId = 'projects-overdue-outline';
export const projectsOverdueHaloLayerId = 'projects-overdue-halo';
export const projectsLineLayerId = 'projects-line';
export const projectsCircleLayerId = 'projects-circle';

/** How an overdue project is marked, whatever its status colour. */
export const overdueSymbol = { colour: '#c2255c', width: 3, dash: [2, 1.5] } as const;

/** What the map's status filter can show: everything, one derived status, or the overdue projects. */
export type ProjectMapFilter = '' | ProjectStatus | 'overdue';

export function isProjectMapFilter(value: string | null | undefined): value is ProjectMapFilter {
  return value === '' || value === 'overdue' || (projectStatusCodes as readonly string[]).includes(value ?? '');
}

const derivedStatus: ExpressionSpecification = ['coalesce', ['get', 'derivedStatus'], ['get', 'status']];
const isOverdue: ExpressionSpecification = ['==', ['get', 'overdue'], true];

/** The MapLibre filter for the map's status filter; undefined shows every project. */
export function projectFilterExpression(filter: ProjectMapFilter): FilterSpecification | undefined {
  if (filter === '') return undefined;
  if (filter === 'overdue') return isOverdue;
  return ['==', derivedStatus, filter];
}

export const statusColour: ExpressionSpecification = [
  'match',
  derivedStatus,
  ...projectStatuses.flatMap((status) => [status.code, status.colour]),
  '#495057',
] as unknown as ExpressionSpecification;

export const projectsLayer: LayerModule = {
  id: 'projects',
  layerIds: [projectsFillLayerId, projectsOutlineLayerId, projectsOverdueOutlineLayerId, projectsOverdueHaloLayerId, projectsLineLayerId, projectsCircleLayerId],
  interactiveLayerIds: [projectsCircleLayerId, projectsLineLayerId, projectsFillLayerId],
  layers: (context) => [
    {
      band: 'areas',
      layer: {
        id: projectsFillLayerId,
        type: 'fill',
        ...layerBase(context),
        filter: withContextFilter(isPolygon, context),
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
        filter: withContextFilter(isPolygon, context),
        layout: { visibility: visibility(context), 'line-join': 'round' },
        paint: {
          'line-color': statusColour,
          'line-width': whenEmphasised(3.5, 2),
          'line-opacity': scaled(1, context.opacity),
        },
      },
    },
    {
      band: 'outlines',
      layer: {
        id: projectsOverdueOutlineLayerId,
        type: 'line',
        ...layerBase(context),
        filter: withContextFilter(['all', isPolygon, isOverdue] as FilterSpecification, context),
        layout: { visibility: visibility(context), 'line-join': 'round' },
        paint: {
          'line-color': overdueSymbol.colour,
          'line-width': overdueSymbol.width,
          'line-dasharray': [...overdueSymbol.dash],
          'line-opacity': scaled(1, context.opacity),
        },
      },
    },
    {
      band: 'outlines',
      layer: {
        id: projectsOverdueHaloLayerId,
        type: 'line',
        ...layerBase(context),
        filter: withContextFilter(['all', isLine, isOverdue] as FilterSpecification, context),
        layout: { visibility: visibility(context), 'line-join': 'round', 'line-cap': 'round' },
        paint: {
          'line-color': overdueSymbol.colour,
          'line-width': ['interpolate', ['linear'], ['zoom'], 10, 12, 16, 18],
          'line-opacity': scaled(0.45, context.opacity),
        },
      },
    },
    {
      band: 'lines',
      layer: {
        id: projectsLineLayerId,
        type: 'line',
        ...layerBase(context),
        filter: withContextFilter(isLine, context),
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
        filter: withContextFilter(isPoint, context),
        layout: { visibility: visibility(context) },
        paint: {
          'circle-radius': whenEmphasised(9, 6.5),
          'circle-color': statusColour,
          'circle-opacity': scaled(1, context.opacity),
          'circle-stroke-color': ['case', isOverdue, overdueSymbol.colour, '#ffffff'],
          'circle-stroke-width': ['case', isOverdue, overdueSymbol.width, 1.5],
          'circle-stroke-opacity': scaled(1, context.opacity),
        },
      },
    },
  ],
};
