import type { Position } from 'geojson';
import { wgs84ToTm3 } from '../crs/vn2000.ts';
import { centrelineOnPlane } from './centreline-on-plane.ts';

export interface ChainageOfPoint {
  /** Chainage of the centreline's point nearest to the given point, metres from its origin. */
  chainageMeters: number;
  /** How far the given point lies from the centreline, in metres. */
  offsetMeters: number;
}

/**
 * The chainage of a WGS84 [lon, lat] point: the distance along the centreline (VN-2000 TM-3 plane,
 * EPSG:9215) to the centreline's point nearest to it, and how far off the line it is.
 */
export function chainageOfPoint(centreline: readonly Position[], point: Position): ChainageOfPoint {
  const plane = centrelineOnPlane(centreline);
  const [pe, pn] = wgs84ToTm3([point[0] as number, point[1] as number]);
  let best: ChainageOfPoint = { chainageMeters: 0, offsetMeters: Infinity };
  for (let i = 1; i < plane.vertices.length; i++) {
    const [e0, n0] = plane.vertices[i - 1] as [number, number];
    const [e1, n1] = plane.vertices[i] as [number, number];
    const de = e1 - e0;
    const dn = n1 - n0;
    const squared = de * de + dn * dn;
    const t = squared === 0 ? 0 : Math.max(0, Math.min(1, ((pe - e0) * de + (pn - n0) * dn) / squared));
    const offsetMeters = Math.hypot(pe - (e0 + de * t), pn - (n0 + dn * t));
    if (offsetMeters < best.offsetMeters) {
      best = { chainageMeters: (plane.chainageMeters[i - 1] as number) + t * Math.sqrt(squared), offsetMeters };
    }
  }
  return best;
}
