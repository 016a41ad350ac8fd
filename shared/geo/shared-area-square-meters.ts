import type { MultiPolygon, Polygon, Position } from 'geojson';
import { wgs84ToTm3 } from '../crs/vn2000.ts';

type Plane = [number, number];

/** Rings of a WGS84 polygon projected to the VN-2000 TM-3 plane, each with its sign (+1 outer, −1 hole). */
export interface PlaneRings {
  rings: { sign: 1 | -1; points: Plane[] }[];
}

export function toPlaneRings(geometry: Polygon | MultiPolygon): PlaneRings {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return {
    rings: polygons.flatMap((rings) =>
      rings.map((ring, index) => ({ sign: index === 0 ? (1 as const) : (-1 as const), points: ring.map((p: Position) => wgs84ToTm3([p[0] as number, p[1] as number])) })),
    ),
  };
}

function signedArea(points: readonly Plane[]): number {
  let twice = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const a = points[j] as Plane;
    const b = points[i] as Plane;
    twice += a[0] * b[1] - b[0] * a[1];
  }
  return twice / 2;
}

/** The window's open ring, counter-clockwise, when it is convex; null otherwise. */
export function convexWindow(points: readonly Plane[]): Plane[] | null {
  const open = points.length > 1 && points[0]?.[0] === points.at(-1)?.[0] && points[0]?.[1] === points.at(-1)?.[1] ? points.slice(0, -1) : [...points];
  if (open.length < 3) return null;
  const ccw = signedArea(open) > 0 ? open : [...open].reverse();
  for (let i = 0; i < ccw.length; i++) {
    const a = ccw[i] as Plane;
    const b = ccw[(i + 1) % ccw.length] as Plane;
    const c = ccw[(i + 2) % ccw.length] as Plane;
    if ((b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]) < 0) return null;
  }
  return ccw;
}

/** Sutherland–Hodgman: a ring clipped by a convex counter-clockwise window (degenerate edges may remain; the area is right). */
function clipRing(subject: readonly Plane[], window: readonly Plane[]): Plane[] {
  let output: Plane[] = [...subject];
  for (let i = 0; i < window.length && output.length > 0; i++) {
    const a = window[i] as Plane;
    const b = window[(i + 1) % window.length] as Plane;
    const inside = (p: Plane) => (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]) >= 0;
    const crossing = (p: Plane, q: Plane): Plane => {
      const dx = q[0] - p[0];
      const dy = q[1] - p[1];
      const denominator = (b[0] - a[0]) * dy - (b[1] - a[1]) * dx;
      const t = ((b[0] - a[0]) * (a[1] - p[1]) - (b[1] - a[1]) * (a[0] - p[0])) / denominator;
      return [p[0] + t * dx, p[1] + t * dy];
    };
    const input = output;
    output = [];
    for (let k = 0; k < input.length; k++) {
      const current = input[k] as Plane;
      const previous = input[(k + input.length - 1) % input.length] as Plane;
      if (inside(current)) {
        if (!inside(previous)) output.push(crossing(previous, current));
        output.push(current);
      } else if (inside(previous)) {
        output.push(crossing(previous, current));
      }
    }
  }
  return output;
}

/**
 * Area (m², VN-2000 TM-3 plane) that a polygon shares with a convex window, both already on the
 * plane: each ring is clipped by the window (exact for a convex window, whatever the ring's shape)
 * and holes are subtracted. Cadastral parcels are convex quadrilaterals, so this replaces general
 * polygon clipping for them.
 */
export function sharedAreaWithConvexWindow(polygon: PlaneRings, window: readonly Plane[]): number {
  let area = 0;
  for (const ring of polygon.rings) {
    const open = ring.points.slice(0, -1);
    const clipped = clipRing(open, window);
    if (clipped.length >= 3) area += ring.sign * Math.abs(signedArea(clipped));
  }
  return Math.max(0, area);
}
