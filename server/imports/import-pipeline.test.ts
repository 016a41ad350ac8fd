import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import type { Geometry } from 'geojson';
import { runImportPipeline } from './import-pipeline.ts';
import { detectCrs } from '../../shared/geo/detect-crs.ts';
import { transformGeometryToWgs84 } from '../../shared/geo/transform-geometry.ts';
import { defaultImportLimits } from './readers/import-limits.ts';
import { readGeoJson } from './readers/geojson-reader.ts';
import { detectFormat } from './readers/index.ts';
import { ImportRefused, type RawDataset } from './readers/reader-types.ts';
import { zipSync } from 'fflate';
import { suggestMapping } from './attribute-mapping.ts';

interface Vector {
  id: string;
  wgs84_epsg4326: { lat: number; lon: number };
  vn2000_geographic_epsg4756: { lat: number; lon: number };
  vn2000_tm3_107_15_epsg9215: { easting_m: number; northing_m: number };
  vn2000_utm48n_epsg3405: { easting_m: number; northing_m: number };
}
const vectors = (JSON.parse(fs.readFileSync(new URL('../../shared/crs/vn2000-vectors.json', import.meta.url), 'utf8')) as { points: Vector[] }).points;

/** Metres between two WGS84 positions (equirectangular: fine at 1 mm over these distances). */
function metres(a: number[], b: number[]): number {
  const lat = ((a[1]! + b[1]!) / 2) * (Math.PI / 180);
  const dx = (a[0]! - b[0]!) * 111_320 * Math.cos(lat);
  const dy = (a[1]! - b[1]!) * 110_574;
  return Math.hypot(dx, dy);
}

const tm3 = vectors.map((v) => [v.vn2000_tm3_107_15_epsg9215.easting_m, v.vn2000_tm3_107_15_epsg9215.northing_m]);
const utm = vectors.map((v) => [v.vn2000_utm48n_epsg3405.easting_m, v.vn2000_utm48n_epsg3405.northing_m]);
const wgs = vectors.map((v) => [v.wgs84_epsg4326.lon, v.wgs84_epsg4326.lat]);

function points(positions: number[][]): RawDataset {
  return { format: 'geojson', declaredCrs: null, errors: [], warnings: [], features: positions.map((p, i) => ({ geometry: { type: 'Point', coordinates: p }, properties: { n: i }, where: `point ${i + 1}` })) };
}

describe('CRS detection by values (VN-2000 vectors)', () => {
  it('has the six reference points', () => expect(vectors.length).toBe(6));

  it('detects TM-3 107°15′ (EPSG:9215) and lists the neighbouring meridians as alternatives', () => {
    const crs = detectCrs(tm3);
    expect(crs).toMatchObject({ code: 'EPSG:9215', evidence: 'value-range', swappedAxes: false });
    expect(crs.alternatives).toContain('EPSG:9214');
    expect(crs.alternatives).not.toContain('EPSG:3405');
  });

  it('detects UTM 48N (EPSG:3405) although the eastings overlap the TM-3 range', () => {
    const crs = detectCrs(utm);
    expect(crs.code).toBe('EPSG:3405');
    expect(crs.alternatives).not.toContain('EPSG:9215');
  });

  it('detects WGS84 and swapped axes (northing first, as Vietnamese surveys write X, Y)', () => {
    expect(detectCrs(wgs).code).toBe('EPSG:4326');
    expect(detectCrs(tm3.map(([e, n]) => [n!, e!]))).toMatchObject({ code: 'EPSG:9215', swappedAxes: true });
    expect(detectCrs(wgs.map(([lon, lat]) => [lat!, lon!]))).toMatchObject({ code: 'EPSG:4326', swappedAxes: true });
  });

  it('a declared CRS wins over the values, and the user wins over both', () => {
    expect(detectCrs(tm3, { declared: 'EPSG:9214' })).toMatchObject({ code: 'EPSG:9214', evidence: 'declared' });
    expect(detectCrs(tm3, { declared: 'EPSG:9214', chosen: 'EPSG:9215' })).toMatchObject({ code: 'EPSG:9215', evidence: 'user' });
  });

  it.each(vectors.map((v) => [v.id, v] as const))('%s: TM-3, UTM 48N and VN-2000 geographic land on the WGS84 vector within 1 mm', (_id, v) => {
    const target = [v.wgs84_epsg4326.lon, v.wgs84_epsg4326.lat];
    const at = (g: Geometry) => (g as { coordinates: number[] }).coordinates;
    const fromTm3 = at(transformGeometryToWgs84({ type: 'Point', coordinates: [v.vn2000_tm3_107_15_epsg9215.easting_m, v.vn2000_tm3_107_15_epsg9215.northing_m] }, 'EPSG:9215', false));
    const fromUtm = at(transformGeometryToWgs84({ type: 'Point', coordinates: [v.vn2000_utm48n_epsg3405.easting_m, v.vn2000_utm48n_epsg3405.northing_m] }, 'EPSG:3405', false));
    const fromSwapped = at(transformGeometryToWgs84({ type: 'Point', coordinates: [v.vn2000_tm3_107_15_epsg9215.northing_m, v.vn2000_tm3_107_15_epsg9215.easting_m] }, 'EPSG:9215', true));
    const fromGeographic = at(transformGeometryToWgs84({ type: 'Point', coordinates: [v.vn2000_geographic_epsg4756.lon, v.vn2000_geographic_epsg4756.lat] }, 'EPSG:4756', false));
    expect(metres(fromTm3, target)).toBeLessThan(0.001);
    expect(metres(fromUtm, target)).toBeLessThan(0.001);
    expect(metres(fromSwapped, target)).toBeLessThan(0.001);
    expect(metres(fromGeographic, target)).toBeLessThan(0.001);
  });
});

const [e0, n0] = tm3[0]!;
const square = (e: number, n: number, size = 50) => [[e, n], [e + size, n], [e + size, n + size], [e, n + size], [e, n]];

describe('runImportPipeline', () => {
  const options = { target: 'land-lots' as const, limits: defaultImportLimits };

  it('transforms, repairs with warnings and rejects per feature with the reason', () => {
    const raw: RawDataset = {
      format: 'geojson', declaredCrs: null, errors: [], warnings: [],
      features: [
        // Clockwise, unclosed, with Z and a duplicate vertex: repaired.
        { geometry: { type: 'Polygon', coordinates: [[[e0!, n0!, 5], [e0!, n0! + 50, 5], [e0!, n0! + 50, 5], [e0! + 50, n0! + 50, 5], [e0! + 50, n0!, 5]]] }, properties: { ma_lo: 'A1' }, where: 'f1' },
        { geometry: { type: 'Polygon', coordinates: [square(e0! + 100, n0!)] }, properties: { ma_lo: 'A2' }, where: 'f2' },
        // A bow tie.
        { geometry: { type: 'Polygon', coordinates: [[[e0!, n0!], [e0! + 50, n0! + 50], [e0! + 50, n0!], [e0!, n0! + 50], [e0!, n0!]]] }, properties: {}, where: 'f3' },
        // Hanoi, far outside Lạng Sơn in the same CRS.
        { geometry: { type: 'Polygon', coordinates: [square(e0! - 200_000, n0! - 200_000)] }, properties: {}, where: 'f4' },
        { geometry: { type: 'Point', coordinates: [e0!, n0!] }, properties: {}, where: 'f5' },
        { geometry: null, properties: {}, where: 'f6' },
        { geometry: { type: 'GeometryCollection', geometries: [] }, properties: {}, where: 'f7' },
        { geometry: { type: 'Polygon', coordinates: [[[e0!, n0!], [Infinity, n0!], [e0!, n0! + 5], [e0!, n0!]]] }, properties: {}, where: 'f8' },
        ...Array.from({ length: 20 }, (_, i) => ({ geometry: { type: 'Polygon', coordinates: [square(e0! + 1000 + i * 60, n0!)] } as Geometry, properties: {}, where: `g${i}` })),
      ],
    };
    const result = runImportPipeline(raw, options);
    expect(result.crs.code).toBe('EPSG:9215');
    expect(result.features.filter((f) => f.rejected).map((f) => f.where)).toEqual(['f3', 'f4', 'f5', 'f6', 'f7', 'f8']);
    expect(Object.fromEntries(result.errors.map((e) => [e.where, e.code]))).toEqual({
      f3: 'self-intersection', f4: 'out-of-area', f5: 'wrong-geometry-type', f6: 'null-geometry', f7: 'geometry-collection', f8: 'not-finite',
    });
    expect(result.warnings.filter((w) => w.feature === 0).map((w) => w.code).sort()).toEqual(['closed-ring', 'dropped-z', 'removed-duplicate-vertices', 'rewound-ring']);
    const ring = (result.features[0]!.geometry as { coordinates: number[][][] }).coordinates[0]!;
    expect(ring).toHaveLength(5);
    expect(ring[0]).toEqual(ring[4]);
    expect(ring[0]).toHaveLength(2);
    expect(result.attributeNames).toEqual(['ma_lo']);
  });

  it('refuses the whole file over the feature, attribute count and attribute length limits', () => {
    const base = points(tm3);
    expect(() => runImportPipeline(base, { ...options, limits: { ...defaultImportLimits, maxFeatures: 5 } })).toThrow(ImportRefused);
    expect(() => runImportPipeline(base, { ...options, limits: { ...defaultImportLimits, maxAttributes: 0 } })).toThrow(/attributes/);
    const long = points(tm3);
    long.features[0]!.properties.n = 'x'.repeat(101);
    expect(() => runImportPipeline(long, { ...options, limits: { ...defaultImportLimits, maxAttributeLength: 100 } })).toThrow(/longer than 100/);
  });

  it('rejects features with too many vertices without transforming them', () => {
    const raw: RawDataset = { format: 'geojson', declaredCrs: null, errors: [], warnings: [], features: [{ geometry: { type: 'Polygon', coordinates: [square(e0!, n0!)] }, properties: {}, where: 'big' }] };
    const result = runImportPipeline(raw, { ...options, limits: { ...defaultImportLimits, maxVerticesPerFeature: 4 } });
    expect(result.errors).toMatchObject([{ feature: 0, code: 'too-many-vertices' }]);
  });

  it('re-runs with the confirmed CRS and axis order', () => {
    const raw = points(tm3.map(([e, n]) => [n!, e!]));
    const asDetected = runImportPipeline(raw, { target: 'projects', limits: defaultImportLimits });
    expect(asDetected.crs).toMatchObject({ code: 'EPSG:9215', swappedAxes: true });
    expect(asDetected.features.every((f) => !f.rejected)).toBe(true);
    const wrong = runImportPipeline(raw, { target: 'projects', limits: defaultImportLimits, crs: 'EPSG:9215', swappedAxes: false });
    expect(wrong.features.every((f) => f.rejected)).toBe(true);
  });
});

describe('readGeoJson and detectFormat', () => {
  const file = (text: string, name = 'x.geojson') => ({ name, bytes: new TextEncoder().encode(text) });

  it('reads the legacy crs member as the declared CRS', async () => {
    const raw = await readGeoJson(file(JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::9215' } }, features: [] })), defaultImportLimits);
    expect(raw.declaredCrs).toEqual({ epsg: 9215, definition: 'urn:ogc:def:crs:EPSG::9215', source: 'geojson-crs' });
  });

  it('reads a bare geometry and refuses deep nesting before parsing', async () => {
    const raw = await readGeoJson(file(JSON.stringify({ type: 'Point', coordinates: [106.7, 21.9] })), defaultImportLimits);
    expect(raw.features).toHaveLength(1);
    await expect(readGeoJson(file('['.repeat(100_000)), defaultImportLimits)).rejects.toMatchObject({ code: 'too-deep' });
    await expect(readGeoJson(file('{"type":'), defaultImportLimits)).rejects.toMatchObject({ code: 'invalid-json' });
  });

  it('detects formats by magic bytes first', () => {
    expect(detectFormat(file('{"type":"FeatureCollection"}', 'a.txt'))).toBe('geojson');
    expect(detectFormat(file('<?xml version="1.0"?><kml/>', 'a.bin'))).toBe('kml');
    expect(detectFormat(file('  0\r\nSECTION\r\n', 'a'))).toBe('dxf');
    expect(detectFormat(file('SQLite format 3\u0000....', 'a.json'))).toBe('geopackage');
    expect(detectFormat(file('X,Y\n1,2\n', 'toa-do.csv'))).toBe('csv');
    expect(() => detectFormat(file('hello', 'a.doc'))).toThrow(ImportRefused);
  });

  it('looks inside a zip by entry names only', () => {
    const zip = (names: string[]) => ({ name: 'x.zip', bytes: zipSync(Object.fromEntries(names.map((n) => [n, new Uint8Array([1, 2, 3])]))) });
    expect(detectFormat(zip(['QH/ranh_gioi.shp', 'QH/ranh_gioi.dbf', 'QH/ranh_gioi.prj']))).toBe('shapefile');
    expect(detectFormat(zip(['doc.kml', 'files/icon.png']))).toBe('kmz');
    expect(detectFormat(zip(['[Content_Types].xml', 'xl/workbook.xml']))).toBe('xlsx');
    expect(detectFormat(zip(['ban_do.zip']))).toBe('shapefile');
    expect(() => detectFormat(zip(['readme.txt']))).toThrow(/no shapefile/);
    // A hostile archive is refused for what it is before its names are trusted.
    expect(() => detectFormat(zip(['../../etc/passwd.shp']))).toThrow(expect.objectContaining({ code: 'archive-path-traversal' }));
    expect(() => detectFormat({ name: 'x.zip', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]) })).toThrow(ImportRefused);
  });

  it('suggests a mapping from Vietnamese attribute names, whatever their case and tone marks', () => {
    expect(suggestMapping(['code', 'name', 'landUse', 'park'], ['MÃ_LÔ', 'Tên', 'Chức năng', 'KHU', 'DIEN_TICH'])).toEqual({ code: 'MÃ_LÔ', name: 'Tên', landUse: 'Chức năng', park: 'KHU' });
  });
});
