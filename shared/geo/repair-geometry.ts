/**
 * Repairs an imported WGS84 geometry may safely get, each reported as a warning: duplicate
 * consecutive vertices removed, unclosed rings closed, rings rewound to RFC 7946 (exterior
 * counter-clockwise, holes clockwise). Anything else wrong is left for validation to reject.
 */
import type { Geometry, Position } from 'geojson';

export type RepairCode = 'removed-duplicate-vertices' | 'closed-ring' | 'rewound-ring';

export interface RepairResult {
  geometry: Geometry;
  repairs: RepairCode[];
}

const same = (a: Position | undefined, b: Position | undefined): boolean => a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];

function dedupe(line: Position[], repairs: Set<RepairCode>): Position[] {
  const out = line.filter((p, i) => i === 0 || !same(p, line[i - 1]));
  if (out.length !== line.length) repairs.add('removed-duplicate-vertices');
  return out;
}

/** Twice the signed area (shoelace): positive when counter-clockwise. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) sum += (ring[i]![0] as number) * (ring[i + 1]![1] as number) - (ring[i + 1]![0] as number) * (ring[i]![1] as number);
  return sum;
}

function repairPolygon(rings: Position[][], repairs: Set<RepairCode>): Position[][] {
  return rings.map((input, index) => {
    let ring = dedupe(input, repairs);
    if (ring.length >= 3 && !same(ring[0], ring[ring.length - 1])) {
      ring = [...ring, ring[0]!];
      repairs.add('closed-ring');
    }
    const area = signedArea(ring);
    const wantCounterClockwise = index === 0;
    if (area !== 0 && area > 0 !== wantCounterClockwise) {
      ring = [...ring].reverse();
      repairs.add('rewound-ring');
    }
    return ring;
  });
}

export function repairGeometry(geometry: Geometry): RepairResult {
  const repairs = new Set<RepairCode>();
  const fix = (g: Geometry): Geometry => {
    switch (g.type) {
      case 'LineString': return { type: 'LineString', coordinates: dedupe(g.coordinates, repairs) };
      case 'MultiLineString': return { type: 'MultiLineString', coordinates: g.coordinates.map((l) => dedupe(l, repairs)) };
      case 'Polygon': return { type: 'Polygon', coordinates: repairPolygon(g.coordinates, repairs) };
      case 'MultiPolygon': return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => repairPolygon(p, repairs)) };
      case 'GeometryCollection': return { type: 'GeometryCollection', geometries: g.geometries.map(fix) };
      default: return g;
    }
  };
  return { geometry: fix(geometry), repairs: [...repairs] };
}
