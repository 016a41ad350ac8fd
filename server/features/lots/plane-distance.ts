/**
 * Distances from a lot to lines and areas, measured on the VN-2000 / TM-3 107°15′ plane
 * (EPSG:9215) where areas are measured too: exact point-to-segment geometry, and ~100× faster than
 * Turf's geodesic point-to-line over a 100-vertex outline. The plane's scale error over the province
 * is under 0.1 %.
 */
import * as turf from '@turf/turf';
import type { Geometry, Position } from 'geojson';
import { wgs84ToTm3 } from '../../../shared/crs/vn2000.ts';

type Segment = readonly [number, number, number, number];

/** A line or area prepared once: its segments on the plane (and the area itself, for "inside"). */
export interface PlanarTarget {
  segments: Segment[];
  area: Geometry | null;
}

function segmentsOf(lines: readonly Position[][]): Segment[] {
  return lines.flatMap((line) => {
    const projected = line.map((p) => wgs84ToTm3([p[0] as number, p[1] as number]));
    return projected.slice(1).map((b, i): Segment => {
      const a = projected[i] as [number, number];
      return [a[0], a[1], b[0], b[1]];
    });
  });
}

export function planarTarget(geometry: Geometry): PlanarTarget {
  switch (geometry.type) {
    case 'LineString':
      return { segments: segmentsOf([geometry.coordinates]), area: null };
    case 'MultiLineString':
      return { segments: segmentsOf(geometry.coordinates), area: null };
    case 'Polygon':
      return { segments: segmentsOf(geometry.coordinates), area: geometry };
    case 'MultiPolygon':
      return { segments: segmentsOf(geometry.coordinates.flat()), area: geometry };
    case 'Point':
      return { segments: segmentsOf([[geometry.coordinates, geometry.coordinates]]), area: null };
    default:
      throw new Error(`planarTarget: ${geometry.type} is not supported`);
  }
}

/** Kilometres from a WGS84 position to the target on the plane; 0 inside an area. */
export function planarKm(position: Position, target: PlanarTarget): number {
  if (target.area && turf.booleanPointInPolygon(position, target.area as Parameters<typeof turf.booleanPointInPolygon>[1])) return 0;
  const [x, y] = wgs84ToTm3([position[0] as number, position[1] as number]);
  let best = Infinity;
  for (const [ax, ay, bx, by] of target.segments) {
    const dx = bx - ax;
    const dy = by - ay;
    const lengthSquared = dx * dx + dy * dy;
    const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / lengthSquared));
    best = Math.min(best, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
  }
  return best / 1000;
}
