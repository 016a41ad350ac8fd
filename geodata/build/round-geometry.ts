/**
 * Rounds a geometry to 6 decimals (≈ 0.1 m), drops the repeated positions rounding creates and
 * winds polygon rings the RFC 7946 way (exterior counter-clockwise, holes clockwise).
 */
import type { Geometry, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';

const FACTOR = 1e6;

export function roundCoordinate(value: number): number {
  return Math.round(value * FACTOR) / FACTOR;
}

export function roundPosition(position: Position): Position {
  return [roundCoordinate(position[0] as number), roundCoordinate(position[1] as number)];
}

function withoutRepeats(positions: Position[]): Position[] {
  return positions.filter((p, i) => {
    const previous = positions[i - 1];
    return !previous || previous[0] !== p[0] || previous[1] !== p[1];
  });
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/**
 * Removes zero-width spikes (… A, B, A …) from a closed ring: the generalised commune outlines carry
 * a few, and they make the ring touch itself.
 */
function withoutSpikes(ring: Position[]): Position[] {
  const open = ring.slice(0, -1);
  let changed = true;
  while (changed && open.length > 3) {
    changed = false;
    for (let i = 0; i < open.length; i++) {
      const before = open[(i - 1 + open.length) % open.length] as Position;
      const after = open[(i + 1) % open.length] as Position;
      if (samePosition(before, after)) {
        const removeAt = [i, (i + 1) % open.length].sort((a, b) => b - a);
        for (const index of removeAt) open.splice(index, 1);
        changed = true;
        break;
      }
    }
  }
  const first = open[0];
  return first ? withoutRepeats([...open, first]) : [];
}

/** Twice the signed area in degrees² — positive for counter-clockwise rings. */
function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j] as Position;
    const b = ring[i] as Position;
    sum += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return sum;
}

function roundRing(ring: Position[], exterior: boolean): Position[] | null {
  const repeatsRemoved = withoutRepeats(ring.map(roundPosition));
  const first = repeatsRemoved[0];
  const last = repeatsRemoved[repeatsRemoved.length - 1];
  if (first && last && !samePosition(first, last)) repeatsRemoved.push(first);
  const rounded = withoutSpikes(repeatsRemoved);
  if (rounded.length < 4 || signedArea(rounded) === 0) return null;
  const counterClockwise = signedArea(rounded) > 0;
  return counterClockwise === exterior ? rounded : rounded.reverse();
}

function roundPolygonRings(rings: Position[][]): Position[][] | null {
  const [outer, ...holes] = rings;
  if (!outer) return null;
  const roundedOuter = roundRing(outer, true);
  if (!roundedOuter) return null;
  const roundedHoles = holes.map((hole) => roundRing(hole, false)).filter((hole): hole is Position[] => hole !== null);
  return [roundedOuter, ...roundedHoles];
}

function roundPoint(point: Point): Point {
  return { type: 'Point', coordinates: roundPosition(point.coordinates) };
}

function roundLineString(line: LineString): LineString {
  return { type: 'LineString', coordinates: withoutRepeats(line.coordinates.map(roundPosition)) };
}

/** A MultiPolygon with one surviving part becomes a Polygon; degenerate parts are dropped. */
export function roundPolygonal(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const parts = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates)
    .map(roundPolygonRings)
    .filter((rings): rings is Position[][] => rings !== null);
  const [only] = parts;
  if (!only) throw new Error('roundPolygonal: geometry collapsed when rounded to 6 decimals');
  return parts.length === 1 ? { type: 'Polygon', coordinates: only } : { type: 'MultiPolygon', coordinates: parts };
}

export function roundGeometry(geometry: Point | LineString | Polygon | MultiPolygon): Geometry {
  switch (geometry.type) {
    case 'Point':
      return roundPoint(geometry);
    case 'LineString':
      return roundLineString(geometry);
    default:
      return roundPolygonal(geometry);
  }
}
