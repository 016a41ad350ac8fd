import * as turf from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { wgs84ToTm3 } from '../crs/vn2000.ts';

type Plane = [number, number];

/** Points along the outside part at most this far apart (m): a thin sliver is measured along its length. */
const SAMPLE_METRES = 0.2;

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function toPlane(p: Position): Plane {
  return wgs84ToTm3([p[0] as number, p[1] as number]);
}

function segmentDistance([px, py]: Plane, [ax, ay]: Plane, [bx, by]: Plane): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * How far (m, on the VN-2000 TM-3 plane, EPSG:9215) the farthest point of `shape` lies outside
 * `area`; 0 when the shape is inside. Both in WGS84. Measured along the edges of the part outside,
 * every 0.2 m, against the area's edges near the shape.
 */
export function maxMetresOutside(shape: Polygon | MultiPolygon, area: Polygon | MultiPolygon): number {
  const [west, south, east, north] = turf.bbox(shape);
  const margin = 0.01;
  const local = turf.bboxClip(turf.feature(area), [west - margin, south - margin, east + margin, north + margin]).geometry as Polygon | MultiPolygon;
  const localPolygons = polygonsOf(local).map((rings) => rings.filter((ring) => ring.length >= 4)).filter((rings) => rings.length > 0);
  if (localPolygons.length === 0) return Infinity;
  const localArea = turf.multiPolygon(localPolygons);
  const outside = turf.difference(turf.featureCollection([turf.feature(shape), localArea]));
  if (!outside) return 0;
  const edges: [Plane, Plane][] = [];
  for (const ring of localPolygons.flat()) {
    const plane = ring.map(toPlane);
    for (let i = 0; i + 1 < plane.length; i++) edges.push([plane[i] as Plane, plane[i + 1] as Plane]);
  }
  let farthest = 0;
  for (const ring of polygonsOf(outside.geometry).flat()) {
    const plane = ring.map(toPlane);
    for (let i = 0; i + 1 < plane.length; i++) {
      const a = plane[i] as Plane;
      const b = plane[i + 1] as Plane;
      const steps = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / SAMPLE_METRES));
      for (let k = 0; k <= steps; k++) {
        const point: Plane = [a[0] + ((b[0] - a[0]) * k) / steps, a[1] + ((b[1] - a[1]) * k) / steps];
        let nearest = Infinity;
        for (const [from, to] of edges) nearest = Math.min(nearest, segmentDistance(point, from, to));
        farthest = Math.max(farthest, nearest);
      }
    }
  }
  return farthest;
}
