/**
 * The one geometry check used at every boundary (seed data, imports, mutations): the GeoJSON
 * spec via geojson-validation, then what it does not check — WGS84 ranges, closed rings with
 * enough positions, finite numbers and self-intersections.
 */
import type { Feature, Geometry, Position } from 'geojson';
import * as GJV from 'geojson-validation';
import { ringsSelfIntersect } from './ring-self-intersections.ts';

export interface GeometryProblem {
  path: string;
  message: string;
}

function checkPosition(p: Position, path: string, problems: GeometryProblem[]): void {
  const [lon, lat] = p;
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) problems.push({ path, message: 'coordinates must be finite numbers' });
  else if ((lon as number) < -180 || (lon as number) > 180 || (lat as number) < -90 || (lat as number) > 90)
    problems.push({ path, message: `position [${lon}, ${lat}] is outside WGS84 longitude/latitude ranges` });
}

function checkRing(ring: Position[], path: string, problems: GeometryProblem[]): void {
  ring.forEach((p, i) => checkPosition(p, `${path}[${i}]`, problems));
  if (ring.length < 4) problems.push({ path, message: 'a polygon ring needs at least 4 positions' });
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) problems.push({ path, message: 'polygon ring is not closed' });
}

function checkGeometry(geometry: Geometry, path: string, problems: GeometryProblem[]): void {
  switch (geometry.type) {
    case 'Point': checkPosition(geometry.coordinates, path, problems); break;
    case 'MultiPoint': geometry.coordinates.forEach((p, i) => checkPosition(p, `${path}[${i}]`, problems)); break;
    case 'LineString':
      geometry.coordinates.forEach((p, i) => checkPosition(p, `${path}[${i}]`, problems));
      if (geometry.coordinates.length < 2) problems.push({ path, message: 'a line needs at least 2 positions' });
      break;
    case 'MultiLineString': geometry.coordinates.forEach((l, i) => checkGeometry({ type: 'LineString', coordinates: l }, `${path}[${i}]`, problems)); break;
    case 'Polygon':
      geometry.coordinates.forEach((ring, i) => checkRing(ring, `${path}[${i}]`, problems));
      if (problems.length === 0 && ringsSelfIntersect(geometry.coordinates)) problems.push({ path, message: 'polygon ring intersects itself' });
      break;
    case 'MultiPolygon': geometry.coordinates.forEach((poly, i) => checkGeometry({ type: 'Polygon', coordinates: poly }, `${path}[${i}]`, problems)); break;
    case 'GeometryCollection': geometry.geometries.forEach((g, i) => checkGeometry(g, `${path}.geometries[${i}]`, problems)); break;
  }
}

/** Problems with a feature's geometry; an empty list means valid. */
export function validateFeatureGeometry(feature: Feature): GeometryProblem[] {
  const specErrors = GJV.valid(feature, true) as string[];
  if (specErrors.length > 0) return specErrors.map((message) => ({ path: 'geometry', message }));
  if (!feature.geometry) return [{ path: 'geometry', message: 'geometry is null' }];
  const problems: GeometryProblem[] = [];
  checkGeometry(feature.geometry, 'geometry.coordinates', problems);
  return problems;
}
