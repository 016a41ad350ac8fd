import type { Position } from 'geojson';
import { wgs84ToTm3 } from '../crs/vn2000.ts';

/** A road centreline on the VN-2000 TM-3 plane, with the chainage of every vertex. */
export interface PlaneCentreline {
  /** Vertices as [easting, northing] in metres (EPSG:9215). */
  vertices: [number, number][];
  /** Chainage of each vertex in metres: 0 at the first, the line's length at the last. */
  chainageMeters: number[];
  lengthMeters: number;
}

/**
 * Projects a WGS84 [lon, lat] centreline to the VN-2000 TM-3 107°15′ plane (EPSG:9215) and measures
 * it there, so chainages match the survey's. Needs at least two positions.
 */
export function centrelineOnPlane(centreline: readonly Position[]): PlaneCentreline {
  if (centreline.length < 2) throw new RangeError('a centreline needs at least two positions');
  const vertices = centreline.map((p) => wgs84ToTm3([p[0] as number, p[1] as number]));
  const chainageMeters = [0];
  for (let i = 1; i < vertices.length; i++) {
    const [e0, n0] = vertices[i - 1] as [number, number];
    const [e1, n1] = vertices[i] as [number, number];
    chainageMeters.push((chainageMeters[i - 1] as number) + Math.hypot(e1 - e0, n1 - n0));
  }
  return { vertices, chainageMeters, lengthMeters: chainageMeters[chainageMeters.length - 1] as number };
}
