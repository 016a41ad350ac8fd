import type { LineString, Position } from 'geojson';
import { tm3ToWgs84 } from '../crs/vn2000.ts';
import { ChainageError } from './chainage-error.ts';
import { centrelineOnPlane } from './centreline-on-plane.ts';
import { assertOnCentreline, planePositionAt } from './point-at-chainage.ts';

export interface CentrelineSegment {
  /** WGS84 [lon, lat], from `fromMeters` to `toMeters`, with the centreline's vertices in between. */
  geometry: LineString;
  /** Length on the VN-2000 TM-3 plane: toMeters − fromMeters. */
  lengthMeters: number;
}

/**
 * The stretch of a WGS84 centreline between two chainages (metres from its first position, measured
 * on the VN-2000 TM-3 plane, EPSG:9215). Throws ChainageError('range') if either lies beyond the
 * road, or if `fromMeters` is not before `toMeters`.
 */
export function segmentBetweenChainages(centreline: readonly Position[], fromMeters: number, toMeters: number): CentrelineSegment {
  const plane = centrelineOnPlane(centreline);
  assertOnCentreline(plane, fromMeters);
  assertOnCentreline(plane, toMeters);
  if (!(fromMeters < toMeters)) throw new ChainageError('range', 'Lý trình đầu phải nhỏ hơn lý trình cuối / the start chainage must come before the end');
  const end = Math.min(toMeters, plane.lengthMeters);
  const planar: [number, number][] = [planePositionAt(plane, fromMeters)];
  plane.vertices.forEach((vertex, i) => {
    const at = plane.chainageMeters[i] as number;
    if (at > fromMeters && at < end) planar.push(vertex);
  });
  planar.push(planePositionAt(plane, end));
  return { geometry: { type: 'LineString', coordinates: planar.map(tm3ToWgs84) }, lengthMeters: end - fromMeters };
}
