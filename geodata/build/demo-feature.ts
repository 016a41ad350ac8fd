/** One place that turns a geometry and its properties into an output Feature with a stable id. */
import type { Feature, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { areaHectares } from '../../shared/geo/area-square-meters.ts';
import { roundGeometry, roundPolygonal } from './round-geometry.ts';

export type DemoGeometry = Point | LineString | Polygon | MultiPolygon;

const KEBAB_CASE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function demoFeature<P extends object>(id: string, geometry: DemoGeometry, properties: P): Feature<DemoGeometry, P> {
  if (!KEBAB_CASE_ID.test(id)) throw new Error(`feature id "${id}" is not kebab-case`);
  return { type: 'Feature', id, properties, geometry: roundGeometry(geometry) as DemoGeometry };
}

/** Rounds first, then measures, so areaHa always equals areaHectares of the stored geometry. */
export function roundedWithArea(geometry: Polygon | MultiPolygon): { geometry: Polygon | MultiPolygon; areaHa: number } {
  const rounded = roundPolygonal(geometry);
  return { geometry: rounded, areaHa: areaHectares(rounded) };
}
