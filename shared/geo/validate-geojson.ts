/**
 * The one geometry check used at every boundary (seed data, imports, mutations): the GeoJSON
 * spec via geojson-validation, then what it does not check — WGS84 ranges, closed rings with
 * enough positions, finite numbers and self-intersections.
 */
import type { Feature, Geometry, Position } from 'geojson';
import * as GJV from 'geojson-validation';
import { ringsSelfIntersect } from './ring-self-intersections.ts';
import type { BBox } from './bbox.ts';

export interface GeometryProblem {
  path: string;
  message: string;
  /** A stable machine code (set by validateImportedGeometry): 'out-of-area', 'self-intersection'… */
  code?: string;
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

/** What a target layer accepts from an import (validateImportedGeometry). */
export interface ImportGeometryRules {
  /** Geometry types the target stores (Multi* of an allowed type is allowed too). */
  allowedTypes: readonly ('Point' | 'LineString' | 'Polygon')[];
  /** Where every position must lie, WGS84. */
  area: BBox;
  maxVertices: number;
}

function countPositions(geometry: Geometry): number {
  switch (geometry.type) {
    case 'Point': return 1;
    case 'MultiPoint': case 'LineString': return geometry.coordinates.length;
    case 'MultiLineString': case 'Polygon': return geometry.coordinates.reduce((n, l) => n + l.length, 0);
    case 'MultiPolygon': return geometry.coordinates.reduce((n, p) => n + p.reduce((m, r) => m + r.length, 0), 0);
    case 'GeometryCollection': return geometry.geometries.reduce((n, g) => n + countPositions(g), 0);
  }
}

function firstPositionOutside(geometry: Geometry, area: BBox): Position | null {
  let found: Position | null = null;
  const visit = (p: Position): void => {
    if (found) return;
    const [lon, lat] = p as [number, number];
    if (!(lon >= area[0] && lon <= area[2] && lat >= area[1] && lat <= area[3])) found = p;
  };
  switch (geometry.type) {
    case 'Point': visit(geometry.coordinates); break;
    case 'MultiPoint': case 'LineString': geometry.coordinates.forEach(visit); break;
    case 'MultiLineString': case 'Polygon': geometry.coordinates.forEach((l) => l.forEach(visit)); break;
    case 'MultiPolygon': geometry.coordinates.forEach((p) => p.forEach((r) => r.forEach(visit))); break;
    case 'GeometryCollection': break;
  }
  return found;
}

function hasNonFinite(geometry: Geometry): boolean {
  let bad = false;
  const visit = (p: Position): void => {
    if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) bad = true;
  };
  switch (geometry.type) {
    case 'Point': visit(geometry.coordinates); break;
    case 'MultiPoint': case 'LineString': geometry.coordinates.forEach(visit); break;
    case 'MultiLineString': case 'Polygon': geometry.coordinates.forEach((l) => l.forEach(visit)); break;
    case 'MultiPolygon': geometry.coordinates.forEach((p) => p.forEach((r) => r.forEach(visit))); break;
    case 'GeometryCollection': break;
  }
  return bad;
}

/**
 * An imported (already transformed, repaired) WGS84 geometry against a target's rules: each
 * problem with a stable code. The first problem of each kind is enough to reject the feature.
 */
export function validateImportedGeometry(geometry: Geometry | null, rules: ImportGeometryRules): GeometryProblem[] {
  if (!geometry) return [{ path: 'geometry', code: 'null-geometry', message: 'Đối tượng không có hình học / The feature has no geometry' }];
  if (geometry.type === 'GeometryCollection') {
    return [{ path: 'geometry', code: 'geometry-collection', message: 'GeometryCollection không được nhận, hãy tách thành từng đối tượng / GeometryCollections are not accepted: split them into features' }];
  }
  const base = geometry.type.replace(/^Multi/, '') as 'Point' | 'LineString' | 'Polygon';
  if (!rules.allowedTypes.includes(base)) {
    return [{ path: 'geometry', code: 'wrong-geometry-type', message: `Lớp đích cần ${rules.allowedTypes.join('/')}, đối tượng là ${geometry.type} / The target needs ${rules.allowedTypes.join(' or ')}, this is a ${geometry.type}` }];
  }
  const vertices = countPositions(geometry);
  if (vertices > rules.maxVertices) {
    return [{ path: 'geometry', code: 'too-many-vertices', message: `${vertices} đỉnh, tối đa ${rules.maxVertices} / ${vertices} vertices, at most ${rules.maxVertices}` }];
  }
  if (hasNonFinite(geometry)) return [{ path: 'geometry.coordinates', code: 'not-finite', message: 'Tọa độ không phải số hữu hạn (NaN/Infinity) / A coordinate is not a finite number (NaN/Infinity)' }];
  const outside = firstPositionOutside(geometry, rules.area);
  if (outside) {
    return [{ path: 'geometry.coordinates', code: 'out-of-area', message: `Điểm [${outside[0]}, ${outside[1]}] nằm ngoài tỉnh Lạng Sơn / Position [${outside[0]}, ${outside[1]}] lies outside Lạng Sơn province` }];
  }
  return validateFeatureGeometry({ type: 'Feature', properties: {}, geometry }).map((problem) => ({
    ...problem,
    code: problem.message.includes('intersects itself') ? 'self-intersection' : problem.message.includes('not closed') ? 'ring-not-closed' : 'invalid-geometry',
  }));
}
