import { describe, expect, it } from 'vitest';
import { area as ellipsoidalArea } from '@turf/turf';
import type { Polygon } from 'geojson';
import { EPSG_4326, tm3ToWgs84, transformPosition, wgs84ToTm3 } from '../crs/vn2000.ts';
import { areaHectares, areaSquareMeters } from './area-square-meters.ts';

/** A square drawn on the EPSG:9215 plane, side `metres`, south-west corner at `origin` (lon, lat). */
function planarSquare(origin: [number, number], metres: number): Polygon {
  const [e, n] = wgs84ToTm3(origin);
  const corners: [number, number][] = [[e, n], [e + metres, n], [e + metres, n + metres], [e, n + metres], [e, n]];
  return { type: 'Polygon', coordinates: [corners.map((c) => tm3ToWgs84(c))] };
}

describe('areaSquareMeters (VN-2000 TM-3 plane)', () => {
  it('measures a 100 m × 100 m cadastral square as 10 000 m² to the square centimetre', () => {
    expect(areaSquareMeters(planarSquare([106.7, 21.94], 100))).toBeCloseTo(10_000, 2);
  });

  it('subtracts holes', () => {
    const outer = planarSquare([106.7, 21.94], 100);
    const [e, n] = wgs84ToTm3([106.7, 21.94]);
    const hole: [number, number][] = [[e + 10, n + 10], [e + 10, n + 60], [e + 60, n + 60], [e + 60, n + 10], [e + 10, n + 10]];
    const withHole: Polygon = { type: 'Polygon', coordinates: [outer.coordinates[0]!, hole.map((c) => tm3ToWgs84(c))] };
    expect(areaSquareMeters(withHole)).toBeCloseTo(7_500, 1);
  });

  it('agrees with the spherical area within 0.5 % but is ~14 % below the Web Mercator area, which overstates it at 22° N', () => {
    const square = planarSquare([106.7, 21.94], 1000);
    const ring = square.coordinates[0]!.map((p) => transformPosition(EPSG_4326, 'EPSG:3857', [p[0]!, p[1]!]));
    let twice = 0;
    for (let i = 0; i < ring.length - 1; i++) twice += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
    const mercatorArea = Math.abs(twice) / 2;
    expect(areaSquareMeters(square) / ellipsoidalArea(square)).toBeCloseTo(1, 2);
    expect(areaSquareMeters(square) / mercatorArea).toBeCloseTo(Math.cos((21.94 * Math.PI) / 180) ** 2, 2);
  });

  it('gives points and lines no area, and hectares rounded to 0.01', () => {
    expect(areaSquareMeters({ type: 'Point', coordinates: [106.7, 21.94] })).toBe(0);
    expect(areaSquareMeters({ type: 'LineString', coordinates: [[106.7, 21.94], [106.71, 21.95]] })).toBe(0);
    expect(areaHectares(planarSquare([106.7, 21.94], 123.4))).toBe(1.52);
  });
});
