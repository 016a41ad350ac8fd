/**
 * HATCH entities of a DXF (dxf-parser skips them): GDAL and QGIS write filled polygons as
 * HATCH, so a lot with a hole exists only there. Boundary paths of polyline type and of
 * line/arc edges become rings; the largest ring is the outer one, rings inside it are holes,
 * others separate parts. Ellipse and spline edges are not read (the hatch is reported).
 * Runs on text already vetted by vetDxfText (integer codes, finite numbers).
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

export interface DxfHatch {
  layer: string;
  handle: string | null;
  geometry: Polygon | MultiPolygon | null;
  /** Why the geometry could not be read, when it is null. */
  problem: string | null;
}

type Pair = [code: number, value: string];

/** The group pairs of every HATCH in the ENTITIES section. */
function hatchPairs(text: string): Pair[][] {
  const lines = text.split(/\r?\n/);
  const hatches: Pair[][] = [];
  let inEntities = false;
  let current: Pair[] | null = null;
  for (let i = 0; i + 1 < lines.length; i += 2) {
    const code = Number((lines[i] as string).trim());
    const value = (lines[i + 1] as string).trim();
    if (code === 2 && value === 'ENTITIES') inEntities = true;
    if (code === 0) {
      current = null;
      if (value === 'ENDSEC') inEntities = false;
      if (inEntities && value === 'HATCH') {
        current = [];
        hatches.push(current);
      }
      continue;
    }
    current?.push([code, value]);
  }
  return hatches;
}

class PairCursor {
  at = 0;
  constructor(private readonly pairs: Pair[]) {}
  /** The value of the next pair, which must have this code. */
  take(code: number): string {
    const pair = this.pairs[this.at];
    if (!pair || pair[0] !== code) throw new Error(`expected group ${code}, found ${pair ? pair[0] : 'end'}`);
    this.at++;
    return pair[1];
  }
  number(code: number): number {
    return Number(this.take(code));
  }
  peek(): number | undefined {
    return this.pairs[this.at]?.[0];
  }
}

/** Points along an arc edge (centre, radius, angles in degrees, counter-clockwise flag), 5° apart. */
function arcPoints(cx: number, cy: number, radius: number, startDegrees: number, endDegrees: number, counterClockwise: boolean): Position[] {
  // Angles are brought into [0, 360) first: a hostile 1e9° arc must not mean 1e9 points.
  let start = ((startDegrees % 360) + 360) % 360;
  let end = ((endDegrees % 360) + 360) % 360;
  if (!counterClockwise) [start, end] = [360 - start, 360 - end];
  while (end <= start) end += 360;
  const steps = Math.max(2, Math.ceil((end - start) / 5));
  const points: Position[] = [];
  for (let i = 0; i <= steps; i++) {
    const angle = ((start + ((end - start) * i) / steps) * Math.PI) / 180;
    points.push([cx + radius * Math.cos(angle), cy + (counterClockwise ? 1 : -1) * radius * Math.sin(angle)]);
  }
  return points;
}

function readPath(cursor: PairCursor): Position[] {
  const flags = cursor.number(92);
  const ring: Position[] = [];
  if (flags & 2) {
    const hasBulge = cursor.number(72) !== 0;
    cursor.number(73);
    const count = cursor.number(93);
    for (let i = 0; i < count; i++) {
      ring.push([cursor.number(10), cursor.number(20)]);
      if (hasBulge && cursor.peek() === 42) cursor.number(42);
    }
  } else {
    const edges = cursor.number(93);
    for (let e = 0; e < edges; e++) {
      const type = cursor.number(72);
      if (type === 1) {
        ring.push([cursor.number(10), cursor.number(20)]);
        const end: Position = [cursor.number(11), cursor.number(21)];
        if (e === edges - 1) ring.push(end);
      } else if (type === 2) {
        const [cx, cy, r, a0, a1] = [cursor.number(10), cursor.number(20), cursor.number(40), cursor.number(50), cursor.number(51)];
        const ccw = cursor.number(73) !== 0;
        ring.push(...arcPoints(cx, cy, r, a0, a1, ccw).slice(0, e === edges - 1 ? undefined : -1));
      } else {
        throw new Error(type === 3 ? 'ellipse edges are not read' : 'spline edges are not read');
      }
    }
  }
  const sources = cursor.peek() === 97 ? cursor.number(97) : 0;
  for (let i = 0; i < sources && cursor.peek() === 330; i++) cursor.take(330);
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) ring.push(first);
  return ring;
}

function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += ((ring[j]?.[0] ?? 0) - (ring[i]?.[0] ?? 0)) * ((ring[j]?.[1] ?? 0) + (ring[i]?.[1] ?? 0));
  }
  return Math.abs(sum / 2);
}

export function ringContainsPoint(ring: Position[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Rings → a Polygon (largest ring outer, rings inside it holes) or a MultiPolygon for the rest. */
function ringsToGeometry(rings: Position[][]): Polygon | MultiPolygon | null {
  const usable = rings.filter((r) => r.length >= 4).sort((a, b) => ringArea(b) - ringArea(a));
  const polygons: Position[][][] = [];
  for (const ring of usable) {
    const [x, y] = ring[0] as [number, number];
    const home = polygons.find((p) => ringContainsPoint(p[0] as Position[], x, y));
    if (home) home.push(ring);
    else polygons.push([ring]);
  }
  if (polygons.length === 0) return null;
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] as Position[][] } : { type: 'MultiPolygon', coordinates: polygons };
}

/** Every HATCH of the drawing with its layer, handle and polygon (or why there is none). */
export function readDxfHatches(text: string): DxfHatch[] {
  return hatchPairs(text).map((pairs) => {
    const layer = pairs.find(([code]) => code === 8)?.[1] ?? '0';
    const handle = pairs.find(([code]) => code === 5)?.[1] ?? null;
    const start = pairs.findIndex(([code]) => code === 91);
    if (start < 0) return { layer, handle, geometry: null, problem: 'no boundary paths' };
    try {
      const cursor = new PairCursor(pairs);
      cursor.at = start;
      const paths = cursor.number(91);
      const rings: Position[][] = [];
      for (let p = 0; p < paths; p++) rings.push(readPath(cursor));
      return { layer, handle, geometry: ringsToGeometry(rings), problem: null };
    } catch (error) {
      return { layer, handle, geometry: null, problem: error instanceof Error ? error.message : 'unreadable' };
    }
  });
}
