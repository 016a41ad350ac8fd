import type { Position } from 'geojson';
import { tm3ToWgs84 } from '../crs/vn2000.ts';
import { ChainageError } from './chainage-error.ts';
import { centrelineOnPlane, type PlaneCentreline } from './centreline-on-plane.ts';
import { formatChainage } from './format-chainage.ts';

/** The plane position at `chainageMeters` on an already projected centreline (range already checked). */
export function planePositionAt(plane: PlaneCentreline, chainageMeters: number): [number, number] {
  const { vertices, chainageMeters: at } = plane;
  let i = 1;
  while (i < vertices.length - 1 && (at[i] as number) < chainageMeters) i++;
  const [e0, n0] = vertices[i - 1] as [number, number];
  const [e1, n1] = vertices[i] as [number, number];
  const from = at[i - 1] as number;
  const span = (at[i] as number) - from;
  const t = span === 0 ? 0 : (chainageMeters - from) / span;
  return [e0 + (e1 - e0) * t, n0 + (n1 - n0) * t];
}

/** Throws ChainageError('range') unless 0 ≤ chainage ≤ the road's length. */
export function assertOnCentreline(plane: PlaneCentreline, chainageMeters: number): void {
  // A centimetre of slack: the length itself is only known to floating-point precision.
  if (!Number.isFinite(chainageMeters) || chainageMeters < 0 || chainageMeters > plane.lengthMeters + 0.005) {
    const shown = Number.isFinite(chainageMeters) && chainageMeters >= 0 ? formatChainage(chainageMeters) : String(chainageMeters);
    throw new ChainageError('range', `Lý trình ${shown} nằm ngoài tuyến (Km0+000.00 – ${formatChainage(plane.lengthMeters)}) / chainage ${shown} is beyond the road (Km0+000.00 – ${formatChainage(plane.lengthMeters)})`);
  }
}

/**
 * The WGS84 [lon, lat] position `chainageMeters` along a WGS84 centreline, distances measured on the
 * VN-2000 TM-3 plane (EPSG:9215). Throws ChainageError('range') beyond either end.
 */
export function pointAtChainage(centreline: readonly Position[], chainageMeters: number): [number, number] {
  const plane = centrelineOnPlane(centreline);
  assertOnCentreline(plane, chainageMeters);
  return tm3ToWgs84(planePositionAt(plane, Math.min(chainageMeters, plane.lengthMeters)));
}
