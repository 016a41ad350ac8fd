/**
 * The generated parcels: deterministic, valid, keyed as the cadastre keys them, sized like real
 * rural and peri-urban parcels, inside their commune, and dense around every clearance boundary.
 */
import * as turf from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { validateFeatureGeometry } from '../../shared/geo/validate-geojson.ts';
import { areaSquareMeters } from '../../shared/geo/area-square-meters.ts';
import { parcelProperties } from '../../shared/schemas/layer-properties.ts';
import { generateParcels, loadParcelInputs, parcelId } from './parcels.ts';

const inputs = loadParcelInputs();
const parcels = generateParcels(inputs);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

describe('generated parcels', () => {
  it('are tens of thousands', () => {
    expect(parcels.length).toBeGreaterThan(20_000);
    expect(parcels.length).toBeLessThan(60_000);
  });

  it('are the same on every run', () => {
    const again = generateParcels(inputs);
    expect(again.length).toBe(parcels.length);
    expect(JSON.stringify(again.slice(0, 50))).toBe(JSON.stringify(parcels.slice(0, 50)));
    expect(JSON.stringify(again.at(-1))).toBe(JSON.stringify(parcels.at(-1)));
  });

  it('pass the geometry validator and the layer schema', () => {
    const problems = parcels.flatMap((p) => [
      ...validateFeatureGeometry(p).map((problem) => `${String(p.id)} ${problem.message}`),
      ...(parcelProperties.safeParse(p.properties).success ? [] : [`${String(p.id)} properties`]),
    ]);
    expect(problems).toEqual([]);
  });

  it('have a unique key (former commune code, sheet, parcel number) that gives the id', () => {
    const keys = new Set(parcels.map((p) => `${p.properties.formerCommuneCode}/${p.properties.sheet}/${p.properties.parcelNumber}`));
    expect(keys.size).toBe(parcels.length);
    for (const p of parcels.slice(0, 500)) expect(p.id).toBe(parcelId(p.properties.formerCommuneCode, p.properties.sheet, p.properties.parcelNumber));
  });

  it('restart sheet numbers in each former commune, and parcel numbers on each sheet', () => {
    const formerCommunes = new Set(parcels.map((p) => p.properties.formerCommuneCode));
    expect(formerCommunes.size).toBeGreaterThan(5);
    for (const code of formerCommunes) {
      const own = parcels.filter((p) => p.properties.formerCommuneCode === code);
      expect(own.some((p) => p.properties.sheet === 1 && p.properties.parcelNumber === 1), code).toBe(true);
    }
    expect(new Set(parcels.filter((p) => p.properties.parcelNumber === 1).map((p) => p.properties.formerCommuneCode)).size).toBe(formerCommunes.size);
  });

  it('record the area of their own geometry on the VN-2000 plane, to 0.1 m²', () => {
    for (const p of parcels.filter((_, i) => i % 97 === 0)) {
      expect(Math.abs(p.properties.areaM2 - areaSquareMeters(p.geometry))).toBeLessThanOrEqual(0.05 + 1e-9);
    }
  });

  it('are sized like real parcels of their land type', () => {
    const medianArea = (code: string) => median(parcels.filter((p) => p.properties.landType === code).map((p) => p.properties.areaM2));
    expect(medianArea('ONT')).toBeGreaterThan(100);
    expect(medianArea('ONT')).toBeLessThan(300);
    expect(medianArea('LUC')).toBeGreaterThan(300);
    expect(medianArea('LUC')).toBeLessThan(1500);
    expect(medianArea('RSX')).toBeGreaterThan(3000);
  });

  it('lie inside their 2025 commune', () => {
    const communes = new Map(inputs.communes.map((c) => [c.properties.code, c]));
    for (const p of parcels.filter((_, i) => i % 211 === 0)) {
      const commune = communes.get(p.properties.communeCode);
      expect(commune, p.properties.communeCode).toBeDefined();
      expect(turf.booleanPointInPolygon(turf.centroid(p), commune as turf.AllGeoJSON as never)).toBe(true);
    }
  });

  it('cover every clearance boundary densely', () => {
    for (const boundary of inputs.clearanceBoundaries) {
      const box = turf.bbox(boundary);
      const inside = parcels.filter((p) => {
        const [west, south, east, north] = turf.bbox(p);
        return west <= box[2] && east >= box[0] && south <= box[3] && north >= box[1] && turf.booleanIntersects(p, boundary.geometry as Polygon | MultiPolygon);
      });
      expect(inside.length, String(boundary.id)).toBeGreaterThan(10);
    }
  });
});
