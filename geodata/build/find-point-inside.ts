/**
 * The position nearest a reference that satisfies every rule (inside Vietnam, inside a commune,
 * far enough from the border…): a deterministic grid search outward from the reference.
 */
import type { Position } from 'geojson';
import { offsetPosition } from './offset-position.ts';

export type PositionRule = (position: Position) => boolean;

export function findPositionNear(reference: Position, rules: readonly PositionRule[], options: { stepMetres: number; maxRadiusMetres: number }): Position {
  const { stepMetres, maxRadiusMetres } = options;
  const steps = Math.ceil(maxRadiusMetres / stepMetres);
  const candidates: { east: number; north: number; distance: number }[] = [];
  for (let i = -steps; i <= steps; i++) {
    for (let j = -steps; j <= steps; j++) {
      const distance = Math.hypot(i, j) * stepMetres;
      if (distance <= maxRadiusMetres) candidates.push({ east: i * stepMetres, north: j * stepMetres, distance });
    }
  }
  candidates.sort((a, b) => a.distance - b.distance || a.north - b.north || a.east - b.east);
  for (const candidate of candidates) {
    const position = offsetPosition(reference, candidate.east, candidate.north);
    if (rules.every((rule) => rule(position))) return position;
  }
  throw new Error(`findPositionNear: nothing within ${maxRadiusMetres} m of [${reference.join(', ')}] satisfies the rules`);
}
