/**
 * Illustrative alignments of the cargo roads and clearance paths. Each runs from an inland junction
 * to the border point halfway between its two markers; its last stretch meets the border square-on.
 * Inland waypoints are hand-placed (no road data is available here): plausible, not surveyed.
 */
import * as turf from '@turf/turf';
import type { Feature, LineString, Position } from 'geojson';
import { positionAlongBorder } from './border-line-position.ts';
import { markerPositionsAlongBorder } from './border-markers.ts';
import { offsetPosition } from './offset-position.ts';
import { mainBorderLine, type ReferenceData } from './reference-data.ts';

export interface LaneRoute {
  fromMarker: string;
  toMarker: string;
  /** Inland waypoints [lon, lat], from the inland end toward the border. */
  inland: Position[];
  /** Length of the square-on approach to the border, metres. */
  approachMetres: number;
}

export const laneRoutes = {
  cargoRoad1119: { fromMarker: '1119', toMarker: '1120', inland: [[106.7118, 21.9664], [106.7170, 21.9688], [106.7214, 21.9728]], approachMetres: 150 },
  cargoRoad1088: { fromMarker: '1088/2', toMarker: '1089', inland: [[106.6766, 22.0079], [106.6812, 22.0090]], approachMetres: 200 },
  clearancePath1090: { fromMarker: '1090', toMarker: '1091', inland: [[106.6718, 22.0012], [106.6772, 22.0031]], approachMetres: 150 },
  clearancePath1104: { fromMarker: '1104', toMarker: '1105', inland: [[106.6826, 21.9662], [106.6878, 21.9690]], approachMetres: 150 },
} as const satisfies Record<string, LaneRoute>;

/** Unit vector [east, north] perpendicular to the border at `along` metres, pointing into Vietnam. */
function inwardNormal(reference: ReferenceData, along: number): [number, number] {
  const line = mainBorderLine(reference);
  const before = positionAlongBorder(line, along - 25);
  const after = positionAlongBorder(line, along + 25);
  const latitude = ((before[1] as number) + (after[1] as number)) / 2;
  const east = ((after[0] as number) - (before[0] as number)) * Math.cos((latitude * Math.PI) / 180);
  const north = (after[1] as number) - (before[1] as number);
  const length = Math.hypot(east, north);
  const left: [number, number] = [-north / length, east / length];
  const probe = offsetPosition(positionAlongBorder(line, along), left[0] * 50, left[1] * 50);
  return turf.booleanPointInPolygon(probe, reference.vietnamLand) ? left : [-left[0], -left[1]];
}

/** The border point halfway between the route's two markers. */
export function laneBorderPoint(reference: ReferenceData, route: LaneRoute): { position: Position; along: number } {
  const markers = markerPositionsAlongBorder(reference);
  const from = markers.get(route.fromMarker);
  const to = markers.get(route.toMarker);
  if (from === undefined || to === undefined) throw new Error(`lane ${route.fromMarker}–${route.toMarker}: marker missing`);
  const along = (from + to) / 2;
  return { position: positionAlongBorder(mainBorderLine(reference), along), along };
}

export function laneLine(reference: ReferenceData, route: LaneRoute): Feature<LineString> {
  const border = laneBorderPoint(reference, route);
  const [east, north] = inwardNormal(reference, border.along);
  const approach = offsetPosition(border.position, east * route.approachMetres, north * route.approachMetres);
  return turf.lineString([...route.inland, approach, border.position]);
}

/**
 * Main road of the Hữu Nghị gate area, from the gate south to former Đồng Đăng town: chainage 0 at the
 * gate, so the upgrade Km1+106.19 – Km1+838.85 is the stretch 1 106.19 – 1 838.85 m along it.
 */
export const huuNghiGateRoad: Position[] = [
  [106.7108, 21.9731],
  [106.7103, 21.9702],
  [106.7093, 21.9668],
  [106.7076, 21.9628],
  [106.7046, 21.9578],
  [106.7012, 21.9532],
  [106.6986, 21.9505],
];

/** Road from the Tân Thanh gate inland (south-west), joining the 1090–1091 clearance path. */
export const tanThanhGateRoad: Position[] = [
  [106.6718, 22.0012],
  [106.6700, 21.9975],
  [106.6688, 21.9930],
];
