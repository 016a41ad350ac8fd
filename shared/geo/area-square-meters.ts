import type { Geometry, Position } from 'geojson';
import { wgs84ToTm3 } from '../crs/vn2000.ts';

/** Planar shoelace area of one ring already in metres; sign ignored. */
function ringAreaSquareMeters(ring: readonly Position[]): number {
  let twice = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j] as Position;
    const b = ring[i] as Position;
    twice += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return Math.abs(twice) / 2;
}

function polygonAreaSquareMeters(rings: readonly (readonly Position[])[]): number {
  const projected = rings.map((ring) => ring.map((p) => wgs84ToTm3([p[0] as number, p[1] as number])));
  const [outer, ...holes] = projected;
  if (!outer) return 0;
  return holes.reduce((area, hole) => area - ringAreaSquareMeters(hole), ringAreaSquareMeters(outer));
}

/**
 * Area of a WGS84 geometry in square metres, computed on the VN-2000 TM-3 107°15′ plane
 * (EPSG:9215) as the cadastre does — not in Web Mercator, which overstates it by ~16 % here.
 * Points and lines have no area (0).
 */
export function areaSquareMeters(geometry: Geometry): number {
  switch (geometry.type) {
    case 'Polygon':
      return polygonAreaSquareMeters(geometry.coordinates);
    case 'MultiPolygon':
      return geometry.coordinates.reduce((sum, polygon) => sum + polygonAreaSquareMeters(polygon), 0);
    case 'GeometryCollection':
      return geometry.geometries.reduce((sum, g) => sum + areaSquareMeters(g), 0);
    default:
      return 0;
  }
}

/** Area in hectares on the EPSG:9215 plane, rounded to 0.01 ha. */
export function areaHectares(geometry: Geometry): number {
  return Math.round(areaSquareMeters(geometry) / 100) / 100;
}
