/**
 * Positions on the real border line (OSM), measured as metres along it. Markers are numbered west →
 * east, which is the direction segment 2 of the reference line runs (from 22.47 N, 106.57 E to
 * 21.60 N, 107.59 E), so "further along" means "higher marker number".
 */
import * as turf from '@turf/turf';
import type { Feature, LineString, Position } from 'geojson';

export function positionAlongBorder(line: Feature<LineString>, metres: number): Position {
  return turf.along(line, metres, { units: 'meters' }).geometry.coordinates;
}

export function distanceAlongBorder(line: Feature<LineString>, position: Position): number {
  return turf.nearestPointOnLine(line, position, { units: 'meters' }).properties.location;
}

/** Metres from a position to the nearest of the border lines. */
export function distanceToBorder(lines: readonly Feature<LineString>[], position: Position): number {
  return Math.min(...lines.map((line) => turf.pointToLineDistance(position, line, { units: 'meters' })));
}

/** The border between two along-line distances, as a line (for areas and corridors along it). */
export function borderStretch(line: Feature<LineString>, fromMetres: number, toMetres: number): Feature<LineString> {
  return turf.lineSliceAlong(line, fromMetres, toMetres, { units: 'meters' });
}
