import type { Position } from 'geojson';

interface Segment {
  ring: number;
  index: number;
  ax: number;
  ay: number;
  bx: number;
  by: number;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

function orientation(px: number, py: number, qx: number, qy: number, rx: number, ry: number): number {
  const value = (qy - py) * (rx - qx) - (qx - px) * (ry - qy);
  return value === 0 ? 0 : value > 0 ? 1 : 2;
}

function onSegment(px: number, py: number, qx: number, qy: number, rx: number, ry: number): boolean {
  return qx <= Math.max(px, rx) && qx >= Math.min(px, rx) && qy <= Math.max(py, ry) && qy >= Math.min(py, ry);
}

function segmentsIntersect(s: Segment, t: Segment): boolean {
  const o1 = orientation(s.ax, s.ay, s.bx, s.by, t.ax, t.ay);
  const o2 = orientation(s.ax, s.ay, s.bx, s.by, t.bx, t.by);
  const o3 = orientation(t.ax, t.ay, t.bx, t.by, s.ax, s.ay);
  const o4 = orientation(t.ax, t.ay, t.bx, t.by, s.bx, s.by);
  if (o1 !== o2 && o3 !== o4) return true;
  if (o1 === 0 && onSegment(s.ax, s.ay, t.ax, t.ay, s.bx, s.by)) return true;
  if (o2 === 0 && onSegment(s.ax, s.ay, t.bx, t.by, s.bx, s.by)) return true;
  if (o3 === 0 && onSegment(t.ax, t.ay, s.ax, s.ay, t.bx, t.by)) return true;
  if (o4 === 0 && onSegment(t.ax, t.ay, s.bx, s.by, t.bx, t.by)) return true;
  return false;
}

/** Neighbouring edges of one closed ring share a vertex by construction: that is no crossing. */
function adjacent(s: Segment, t: Segment, ringLengths: number[]): boolean {
  if (s.ring !== t.ring) return false;
  const last = (ringLengths[s.ring] as number) - 2;
  const gap = Math.abs(s.index - t.index);
  return gap <= 1 || gap === last;
}

/**
 * Whether the rings of one polygon cross or touch themselves or each other, found with a sweep
 * over the edges' x-extents: Turf's `kinks` compares every pair of edges, which takes seconds on
 * a detailed commune outline.
 */
export function ringsSelfIntersect(rings: readonly (readonly Position[])[]): boolean {
  const segments: Segment[] = [];
  rings.forEach((ring, r) => {
    for (let i = 0; i < ring.length - 1; i++) {
      const [ax, ay] = ring[i] as [number, number];
      const [bx, by] = ring[i + 1] as [number, number];
      segments.push({ ring: r, index: i, ax, ay, bx, by, minX: Math.min(ax, bx), maxX: Math.max(ax, bx), minY: Math.min(ay, by), maxY: Math.max(ay, by) });
    }
  });
  segments.sort((a, b) => a.minX - b.minX);
  const ringLengths = rings.map((ring) => ring.length);
  let active: Segment[] = [];
  for (const segment of segments) {
    active = active.filter((other) => other.maxX >= segment.minX);
    for (const other of active) {
      if (other.maxY < segment.minY || other.minY > segment.maxY) continue;
      if (adjacent(segment, other, ringLengths)) continue;
      if (segmentsIntersect(segment, other)) return true;
    }
    active.push(segment);
  }
  return false;
}
