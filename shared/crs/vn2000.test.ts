import { describe, expect, it } from 'vitest';
import vectors from './vn2000-vectors.json' with { type: 'json' };
import { EPSG_3405, EPSG_4326, EPSG_9215, tm3ToWgs84, transformPosition, wgs84ToTm3 } from './vn2000.ts';

/** 1 mm, as REFERENCE.md §6 asks; PROJ and proj4js agree to under 1 µm. */
const MILLIMETRE = 0.001;

describe('VN-2000 against the PROJ 9.1.1 test vectors', () => {
  it.each(vectors.points.map((p) => [p.id, p] as const))('%s: WGS84 → TM-3 107°15′ (EPSG:9215) within 1 mm', (_id, point) => {
    const [easting, northing] = wgs84ToTm3([point.wgs84_epsg4326.lon, point.wgs84_epsg4326.lat]);
    expect(Math.abs(easting - point.vn2000_tm3_107_15_epsg9215.easting_m)).toBeLessThan(MILLIMETRE);
    expect(Math.abs(northing - point.vn2000_tm3_107_15_epsg9215.northing_m)).toBeLessThan(MILLIMETRE);
  });

  it.each(vectors.points.map((p) => [p.id, p] as const))('%s: WGS84 → UTM 48N (EPSG:3405) within 1 mm', (_id, point) => {
    const [easting, northing] = transformPosition(EPSG_4326, EPSG_3405, [point.wgs84_epsg4326.lon, point.wgs84_epsg4326.lat]);
    expect(Math.abs(easting - point.vn2000_utm48n_epsg3405.easting_m)).toBeLessThan(MILLIMETRE);
    expect(Math.abs(northing - point.vn2000_utm48n_epsg3405.northing_m)).toBeLessThan(MILLIMETRE);
  });

  it('returns to the same WGS84 position after a round trip, within the 0.9 mm the two Helmert steps leave', () => {
    for (const point of vectors.points) {
      const tm3: [number, number] = [point.vn2000_tm3_107_15_epsg9215.easting_m, point.vn2000_tm3_107_15_epsg9215.northing_m];
      const [lon, lat] = tm3ToWgs84(tm3);
      const [easting, northing] = wgs84ToTm3([lon, lat]);
      expect(Math.hypot(easting - tm3[0], northing - tm3[1])).toBeLessThan(MILLIMETRE);
      expect(Math.abs(lon - point.wgs84_epsg4326.lon)).toBeLessThan(1e-7);
      expect(Math.abs(lat - point.wgs84_epsg4326.lat)).toBeLessThan(1e-7);
    }
  });

  it('differs by about 224 m from treating VN-2000 as WGS84, so the datum shift is applied', () => {
    const [easting, northing] = transformPosition(EPSG_4326, EPSG_9215, [106.7, 21.94]);
    const [plainEasting, plainNorthing] = transformPosition(EPSG_4326, '+proj=tmerc +lat_0=0 +lon_0=107.25 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +units=m +no_defs', [106.7, 21.94]);
    expect(Math.hypot(easting - plainEasting, northing - plainNorthing)).toBeGreaterThan(200);
  });
});
