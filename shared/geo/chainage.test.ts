import { readFileSync } from 'node:fs';
import type { FeatureCollection, LineString, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ChainageError } from './chainage-error.ts';
import { chainageOfPoint } from './chainage-of-point.ts';
import { formatChainage } from './format-chainage.ts';
import { parseChainage } from './parse-chainage.ts';
import { pointAtChainage } from './point-at-chainage.ts';
import { segmentBetweenChainages } from './segment-between-chainages.ts';
import { centrelineOnPlane } from './centreline-on-plane.ts';

function lineOf(file: string, id: string): Position[] {
  const collection = JSON.parse(readFileSync(new URL(`../../geodata/${file}`, import.meta.url), 'utf8')) as FeatureCollection<LineString>;
  const feature = collection.features.find((f) => f.id === id);
  if (!feature) throw new Error(`${file}: no ${id}`);
  return feature.geometry.coordinates;
}

const gateRoad = lineOf('road-centrelines.geojson', 'road-huu-nghi-gate');
const upgrade = lineOf('projects.geojson', 'project-huu-nghi-internal-road-upgrade');

describe('parseChainage', () => {
  it('reads Km1+106.19 as 1106.19 m', () => {
    expect(parseChainage('Km1+106.19')).toBeCloseTo(1106.19, 9);
  });

  it('reads the Vietnamese decimal comma', () => {
    expect(parseChainage('Km1+838,85')).toBeCloseTo(1838.85, 9);
  });

  it('tolerates spaces and upper case', () => {
    expect(parseChainage(' KM 1 + 106.19 ')).toBeCloseTo(1106.19, 9);
  });

  it('reads whole metres without a fraction', () => {
    expect(parseChainage('Km0+45')).toBe(45);
  });

  it.each(['1106.19', 'Km1+1106.19', 'Km+106', 'Km1-106.19', 'abc', ''])('refuses %j with a message naming the expected form', (text) => {
    expect(() => parseChainage(text)).toThrow(ChainageError);
    expect(() => parseChainage(text)).toThrow(/Km1\+106/);
  });
});

describe('formatChainage', () => {
  it('writes 1106.19 m as Km1+106.19', () => {
    expect(formatChainage(1106.19)).toBe('Km1+106.19');
  });

  it('pads metres to three digits', () => {
    expect(formatChainage(45)).toBe('Km0+045.00');
  });

  it('carries a rounded 1000 m into the next kilometre', () => {
    expect(formatChainage(1999.999)).toBe('Km2+000.00');
  });

  it('refuses a negative distance', () => {
    expect(() => formatChainage(-1)).toThrow(RangeError);
  });

  it('round-trips through parseChainage', () => {
    for (const metres of [0, 0.01, 45, 999.99, 1106.19, 1838.85, 12_345.67]) expect(parseChainage(formatChainage(metres))).toBeCloseTo(metres, 6);
  });
});

describe('pointAtChainage and chainageOfPoint', () => {
  it('start at the first position: Km0 is the gate', () => {
    const [lon, lat] = pointAtChainage(gateRoad, 0);
    expect([lon.toFixed(6), lat.toFixed(6)]).toEqual((gateRoad[0] as number[]).map((v) => v.toFixed(6)));
  });

  it('round-trip within 1 cm along the whole road', () => {
    const { lengthMeters } = centrelineOnPlane(gateRoad);
    for (let metres = 0; metres <= lengthMeters; metres += 97.3) {
      const { chainageMeters, offsetMeters } = chainageOfPoint(gateRoad, pointAtChainage(gateRoad, metres));
      expect(Math.abs(chainageMeters - metres)).toBeLessThan(0.01);
      expect(offsetMeters).toBeLessThan(0.01);
    }
  });

  it('give a point beside the road the chainage of its foot and its distance off the line', () => {
    const on = pointAtChainage(gateRoad, 1500);
    // ~20 m east: the road runs roughly north–south here.
    const beside: Position = [(on[0] as number) + 20 / (111_320 * Math.cos((on[1] * Math.PI) / 180)), on[1]];
    const { chainageMeters, offsetMeters } = chainageOfPoint(gateRoad, beside);
    expect(Math.abs(chainageMeters - 1500)).toBeLessThan(20);
    expect(offsetMeters).toBeGreaterThan(10);
    expect(offsetMeters).toBeLessThan(20.5);
  });

  it('refuse a chainage beyond the end of the road', () => {
    const { lengthMeters } = centrelineOnPlane(gateRoad);
    expect(() => pointAtChainage(gateRoad, lengthMeters + 1)).toThrow(/beyond the road/);
  });

  it('refuse a negative chainage', () => {
    expect(() => pointAtChainage(gateRoad, -0.5)).toThrow(ChainageError);
  });
});

describe('segmentBetweenChainages', () => {
  it('cuts the Hữu Nghị upgrade Km1+106.19 – Km1+838.85 as 732.66 m on the VN-2000 plane', () => {
    const segment = segmentBetweenChainages(gateRoad, parseChainage('Km1+106.19'), parseChainage('Km1+838.85'));
    expect(segment.lengthMeters).toBeCloseTo(732.66, 6);
    expect(centrelineOnPlane(segment.geometry.coordinates).lengthMeters).toBeCloseTo(732.66, 2);
  });

  it('keeps the centreline vertices between its ends', () => {
    const { chainageMeters } = centrelineOnPlane(gateRoad);
    const segment = segmentBetweenChainages(gateRoad, 100, chainageMeters[3] as number + 50);
    const inner = segment.geometry.coordinates.slice(1, -1).map((p) => p.map((v) => v.toFixed(6)));
    expect(inner).toEqual(gateRoad.slice(1, 4).map((p) => p.map((v) => v.toFixed(6))));
  });

  it("matches the project's drawn geometry in projects.geojson (within its 6-decimal rounding)", () => {
    expect(chainageOfPoint(gateRoad, upgrade[0] as Position).chainageMeters).toBeCloseTo(1106.19, 0);
    expect(chainageOfPoint(gateRoad, upgrade.at(-1) as Position).chainageMeters).toBeCloseTo(1838.85, 0);
    for (const position of upgrade) expect(chainageOfPoint(gateRoad, position).offsetMeters).toBeLessThan(0.15);
  });

  it('refuses a start after the end', () => {
    expect(() => segmentBetweenChainages(gateRoad, 900, 800)).toThrow(/before the end/);
  });

  it('refuses an end beyond the road', () => {
    expect(() => segmentBetweenChainages(gateRoad, 100, 99_000)).toThrow(/beyond the road/);
  });
});
