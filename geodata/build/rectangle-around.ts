/** Small rectangular footprints (buildings, yards, lots) around a centre, sized in metres. */
import type { Polygon, Position } from 'geojson';
import { offsetPosition } from './offset-position.ts';
import type { PositionRule } from './find-point-inside.ts';

/** A rectangle `widthMetres` (east–west before rotation) × `heightMetres`, turned `rotationDegrees` anticlockwise. */
export function rectangleAround(centre: Position, widthMetres: number, heightMetres: number, rotationDegrees = 0): Polygon {
  const angle = (rotationDegrees * Math.PI) / 180;
  const corners: [number, number][] = [
    [-widthMetres / 2, -heightMetres / 2],
    [widthMetres / 2, -heightMetres / 2],
    [widthMetres / 2, heightMetres / 2],
    [-widthMetres / 2, heightMetres / 2],
  ];
  const ring = corners.map(([x, y]) => offsetPosition(centre, x * Math.cos(angle) - y * Math.sin(angle), x * Math.sin(angle) + y * Math.cos(angle)));
  return { type: 'Polygon', coordinates: [[...ring, ring[0] as Position]] };
}

/** A rule on a centre: the rectangle it would carry has every corner and its centre passing `rules`. */
export function rectangleFits(widthMetres: number, heightMetres: number, rotationDegrees: number, rules: readonly PositionRule[]): PositionRule {
  return (centre: Position) => {
    const ring = rectangleAround(centre, widthMetres, heightMetres, rotationDegrees).coordinates[0] as Position[];
    return [centre, ...ring.slice(0, 4)].every((corner) => rules.every((rule) => rule(corner)));
  };
}
