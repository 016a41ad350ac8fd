/** Rules a demo position must satisfy: on the Vietnamese side, inside a commune, away from the border. */
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { distanceToBorder } from './border-line-position.ts';
import type { PositionRule } from './find-point-inside.ts';
import type { ReferenceData } from './reference-data.ts';

/** Inside the OSM land polygon of Vietnam and at least `minMetres` from the border line. */
export function insideVietnam(reference: ReferenceData, minMetres: number): PositionRule {
  return (position: Position) =>
    turf.booleanPointInPolygon(position, reference.vietnamLand) && distanceToBorder(reference.borderLines, position) >= minMetres;
}

/** Inside the polygon and at least `minMetres` from its edge. */
export function insidePolygon(polygon: Feature<Polygon | MultiPolygon>, minMetres: number): PositionRule {
  return (position: Position) =>
    turf.booleanPointInPolygon(position, polygon) && -turf.pointToPolygonDistance(position, polygon, { units: 'meters' }) >= minMetres;
}

