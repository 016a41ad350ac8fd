import type { Geometry, Position } from 'geojson';

/** [west, south, east, north] in WGS84 degrees. */
export type BBox = [number, number, number, number];

function eachPosition(geometry: Geometry, visit: (p: Position) => void): void {
  switch (geometry.type) {
    case 'Point': visit(geometry.coordinates); break;
    case 'MultiPoint': case 'LineString': geometry.coordinates.forEach(visit); break;
    case 'MultiLineString': case 'Polygon': geometry.coordinates.forEach((line) => line.forEach(visit)); break;
    case 'MultiPolygon': geometry.coordinates.forEach((poly) => poly.forEach((ring) => ring.forEach(visit))); break;
    case 'GeometryCollection': geometry.geometries.forEach((g) => eachPosition(g, visit)); break;
  }
}

/** The bounding box of a geometry, [west, south, east, north]. */
export function geometryBBox(geometry: Geometry): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  eachPosition(geometry, (p) => {
    const lon = p[0] as number;
    const lat = p[1] as number;
    if (lon < box[0]) box[0] = lon;
    if (lat < box[1]) box[1] = lat;
    if (lon > box[2]) box[2] = lon;
    if (lat > box[3]) box[3] = lat;
  });
  return box;
}

export function bboxIntersects(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}
