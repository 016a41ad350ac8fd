/**
 * Every export writer × every CRS, read back by GDAL (ogr2ogr / ogrinfo) as desktop GIS would:
 * the feature count, the CRS GDAL recognises (EPSG:4326 / 9215 / 3405), the attributes with their
 * Vietnamese text intact, and coordinates equal to our transform within 1 cm — the VN-2000 test
 * vectors (shared/crs/vn2000-vectors.json) within 1 mm.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import vectors from '../../shared/crs/vn2000-vectors.json' with { type: 'json' };
import { exportCrsNames, type ExportCrsName } from '../../shared/schemas/imports.ts';
import { HttpError } from '../http/http-error.ts';
import { exportCrsByName, projectGeometry } from './export-crs.ts';
import { toExportFeatures, type ExportFeature } from './export-fields.ts';
import { writeCsv } from './csv-writer.ts';
import { writeDxf } from './dxf-writer.ts';
import { writeGeoJson } from './geojson-writer.ts';
import { writeGeoPackage } from './gpkg-writer.ts';
import { writeKml } from './kml-writer.ts';
import { writeShapefileZip } from './shapefile-writer.ts';

const hasGdal = spawnSync('ogr2ogr', ['--version']).status === 0 && spawnSync('ogrinfo', ['--version']).status === 0;
if (!hasGdal && process.env.CI === 'true') throw new Error('CI=true but ogr2ogr/ogrinfo (gdal-bin) are missing');
if (!hasGdal) console.warn('server/exports/writers.gdal.test.ts: skipped, GDAL (ogr2ogr, ogrinfo) is not installed');

/** GDAL's GeoPackage validator, shipped with python3-gdal; used when present. */
const gpkgValidator = ['/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py', '/usr/share/doc/python3-gdal/examples/validate_gpkg.py'].find((f) => fs.existsSync(f));
if (hasGdal && !gpkgValidator) console.warn('server/exports/writers.gdal.test.ts: validate_gpkg.py (python3-gdal) not found; GeoPackage conformance not checked');

const CENTIMETRE = 0.01;
const MILLIMETRE = 0.001;

const ring = (lon: number, lat: number, size: number): Position[] => [
  [lon, lat],
  [lon + size, lat],
  [lon + size, lat + size],
  [lon, lat + size],
  [lon, lat],
];

/** Projects-layer features (the Mixed layer): points at the test vectors, polygons, lines. */
const raw: Feature<Geometry, Record<string, unknown>>[] = [
  ...vectors.points.map((p, index) => ({
    type: 'Feature' as const,
    id: `diem-${p.id}`,
    geometry: { type: 'Point' as const, coordinates: [p.wgs84_epsg4326.lon, p.wgs84_epsg4326.lat] },
    properties: { name: `Điểm kiểm tra ${index + 1}: Đồng Đăng – Lạng Sơn`, status: 'preparing', capitalBillionVnd: 10.5 + index, overdue: index % 2 === 0, startDate: '2025-07-01', decisions: ['QĐ 1374/QĐ-TTg', 'QĐ 05/2007'] },
  })),
  {
    type: 'Feature',
    id: 'vung-co-lo',
    geometry: { type: 'Polygon', coordinates: [ring(106.70, 21.90, 0.01), [[106.702, 21.902], [106.702, 21.904], [106.704, 21.904], [106.702, 21.902]]] },
    properties: { name: 'Khu công nghiệp Đồng Bành — ấp ủ "mở rộng" & <giai đoạn 2>', status: 'construction', capitalBillionVnd: 1234.567, overdue: true, note: '=HYPERLINK("http://evil")', decisions: [] },
  },
  {
    type: 'Feature',
    id: 'da-vung',
    geometry: { type: 'MultiPolygon', coordinates: [[ring(106.75, 21.86, 0.005)], [ring(106.77, 21.86, 0.004)]] },
    properties: { name: 'Bãi kiểm hóa Tân Thanh', status: 'completed', note: '@SUM(A1)', capitalBillionVnd: null },
  },
  {
    type: 'Feature',
    id: 'duong',
    geometry: { type: 'LineString', coordinates: [[106.70, 21.95], [106.73, 21.96], [106.76, 21.95]] },
    properties: { name: 'Đường chuyên dụng Hữu Nghị – Phai Vệ', status: 'construction', startDate: '2024-01-15' },
  },
  {
    type: 'Feature',
    id: 'da-duong',
    geometry: { type: 'MultiLineString', coordinates: [[[106.8, 21.9], [106.81, 21.91]], [[106.82, 21.9], [106.83, 21.92]]] },
    properties: { name: 'Tuyến nhánh Cốc Nam', status: 'preparing' },
  },
  {
    type: 'Feature',
    id: 'da-diem',
    geometry: { type: 'MultiPoint', coordinates: [[106.9, 21.8], [106.91, 21.81]] },
    properties: { name: 'Cột mốc Chi Ma', status: 'completed' },
  },
];

const { features, fields } = toExportFeatures('projects', raw);
const byId = new Map(features.map((f) => [String(f.properties.id), f]));

let directory: string;

function gdalLayers(file: string): string[] {
  return execFileSync('ogrinfo', ['-ro', '-q', file], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\d+: (.+?)(?: \(.*\))?$/.exec(line.trim())?.[1])
    .filter((name): name is string => name !== undefined);
}

/** The file as GDAL reads it, one GeoJSON collection per layer, in the file's own CRS. */
function gdalRead(file: string, layer: string, ...openOptions: string[]): FeatureCollection {
  const text = execFileSync('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', file, layer, ...openOptions], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(text) as FeatureCollection;
}

/** The EPSG code GDAL identifies for a layer (the last ID of its SRS), or null. */
function gdalEpsg(file: string, layer: string): number | null {
  const info = execFileSync('ogrinfo', ['-ro', '-so', file, layer], { encoding: 'utf8' });
  const match = /ID\["EPSG",(\d+)\]\]\s*\nData axis/.exec(info);
  return match ? Number(match[1]) : null;
}

function positions(geometry: Geometry | null): Position[] {
  if (!geometry) return [];
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positions);
  }
}

const sorted = (list: Position[]) => [...list].sort((a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number));

/** Every position GDAL read equals our transform of the source within 1 cm (order aside: shapefile rings are rewound). */
function expectSamePositions(read: Geometry | null, source: ExportFeature, crs: ExportCrsName): void {
  const expected = sorted(positions(projectGeometry(crs, source.geometry as Geometry)));
  const actual = sorted(positions(read));
  expect(actual.length, String(source.properties.id)).toBe(expected.length);
  const tolerance = crs === 'wgs84' ? 1e-7 : CENTIMETRE;
  actual.forEach((p, i) => {
    expect(Math.abs((p[0] as number) - (expected[i]![0] as number)), String(source.properties.id)).toBeLessThan(tolerance);
    expect(Math.abs((p[1] as number) - (expected[i]![1] as number)), String(source.properties.id)).toBeLessThan(tolerance);
  });
}

/** The test vectors' published coordinates for a CRS: [x, y] (easting, northing / lon, lat). */
function vectorPosition(point: (typeof vectors.points)[number], crs: ExportCrsName): [number, number] {
  if (crs === 'vn2000') return [point.vn2000_tm3_107_15_epsg9215.easting_m, point.vn2000_tm3_107_15_epsg9215.northing_m];
  if (crs === 'vn2000-utm48') return [point.vn2000_utm48n_epsg3405.easting_m, point.vn2000_utm48n_epsg3405.northing_m];
  return [point.wgs84_epsg4326.lon, point.wgs84_epsg4326.lat];
}

function expectVectors(read: FeatureCollection, crs: ExportCrsName, idKey: string): void {
  for (const point of vectors.points) {
    const feature = read.features.find((f) => f.properties?.[idKey] === `diem-${point.id}`);
    expect(feature, point.id).toBeDefined();
    const [x, y] = (feature!.geometry as { coordinates: number[] }).coordinates as [number, number];
    const [ex, ey] = vectorPosition(point, crs);
    const tolerance = crs === 'wgs84' ? 1e-8 : MILLIMETRE;
    expect(Math.abs(x - ex), `${point.id} x`).toBeLessThanOrEqual(tolerance);
    expect(Math.abs(y - ey), `${point.id} y`).toBeLessThanOrEqual(tolerance);
  }
}

function save(name: string, bytes: Uint8Array): string {
  const file = path.join(directory, name);
  fs.writeFileSync(file, bytes);
  return file;
}

describe.skipIf(!hasGdal)('export writers read back by GDAL', () => {
  beforeAll(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'ezgis-exports-'));
  });
  afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

  describe.each(exportCrsNames.map((crs) => [crs]))('in %s', (crs) => {
    const options = { crs, layerName: 'du_an', title: 'Dự án đầu tư', fields };
    const epsg = exportCrsByName[crs].epsg;

    it('GeoJSON: count, CRS, attributes and coordinates', () => {
      const file = save(`du_an-${crs}.geojson`, writeGeoJson(features, options));
      const [layer] = gdalLayers(file);
      expect(gdalEpsg(file, layer!)).toBe(epsg);
      const read = gdalRead(file, layer!);
      expect(read.features).toHaveLength(features.length);
      for (const feature of read.features) {
        // GDAL folds the `id` property into Feature.id.
        const source = byId.get(String(feature.properties?.id ?? feature.id))!;
        expect(source).toBeDefined();
        expect(feature.properties?.ten_du_an).toBe(source.properties.ten_du_an);
        expectSamePositions(feature.geometry, source, crs);
      }
      expectVectors({ ...read, features: read.features.map((f) => ({ ...f, properties: { ...f.properties, id: f.id } })) }, crs, 'id');
      if (crs === 'wgs84') expect(JSON.parse(new TextDecoder().decode(writeGeoJson(features, options)))).not.toHaveProperty('crs');
    });

    it('zipped Shapefile: one shapefile per geometry kind, .prj recognised, DBF names and UTF-8 text', () => {
      const file = `/vsizip/${save(`du_an-${crs}.shp.zip`, writeShapefileZip(features, options))}`;
      const layers = gdalLayers(file).sort();
      expect(layers).toEqual(['du_an_da_diem', 'du_an_diem', 'du_an_duong', 'du_an_vung']);
      let count = 0;
      for (const layer of layers) {
        expect(gdalEpsg(file, layer), layer).toBe(epsg);
        const read = gdalRead(file, layer);
        count += read.features.length;
        for (const feature of read.features) {
          const source = byId.get(String(feature.properties?.ID))!;
          expect(source, layer).toBeDefined();
          expect(feature.properties?.TEN_DU_AN).toBe(source.properties.ten_du_an);
          expect(feature.properties?.TRANG_THAI).toBe(source.properties.trang_thai);
          if (source.properties.von_ty_dong !== null) expect(feature.properties?.VON_TY).toBeCloseTo(source.properties.von_ty_dong as number, 6);
          if (source.properties.ngay_khoi_cong) expect(feature.properties?.KHOI_CONG).toBe(source.properties.ngay_khoi_cong);
          expectSamePositions(feature.geometry, source, crs);
        }
        if (layer === 'du_an_diem') expectVectors(read, crs, 'ID');
      }
      expect(count).toBe(features.length);
      const info = execFileSync('ogrinfo', ['-ro', '-so', file, 'du_an_diem'], { encoding: 'utf8' });
      expect(info).toMatch(/TEN_DU_AN: String/);
      expect(info).toMatch(/VON_TY: Real/);
      expect(info).toMatch(/KHOI_CONG: Date/);
    });

    it('GeoPackage: srs, Vietnamese field names, typed columns, binary geometries', () => {
      const file = save(`du_an-${crs}.gpkg`, writeGeoPackage(features, options));
      if (gpkgValidator) {
        // GDAL's GeoPackage conformance checker (python3-gdal): exit status 0 and silence when valid.
        const check = spawnSync('python3', [gpkgValidator, file], { encoding: 'utf8' });
        expect(`${check.stdout}${check.stderr}`).toBe('');
        expect(check.status).toBe(0);
      }
      expect(gdalLayers(file)).toEqual(['du_an']);
      expect(gdalEpsg(file, 'du_an')).toBe(epsg);
      const info = execFileSync('ogrinfo', ['-ro', '-so', file, 'du_an'], { encoding: 'utf8' });
      expect(info).toMatch(/ten_du_an: String/);
      expect(info).toMatch(/von_ty_dong: Real/);
      expect(info).toMatch(/ngay_khoi_cong: Date/);
      expect(info).toMatch(/cham_tien_do: Integer\(Boolean\)/);
      const read = gdalRead(file, 'du_an');
      expect(read.features).toHaveLength(features.length);
      for (const feature of read.features) {
        const source = byId.get(String(feature.properties?.id))!;
        expect(feature.properties?.ten_du_an).toBe(source.properties.ten_du_an);
        expect(feature.properties?.can_cu_phap_ly ?? null).toBe(source.properties.can_cu_phap_ly === '' ? '' : source.properties.can_cu_phap_ly);
        expect(feature.properties?.cham_tien_do ?? null).toBe(source.properties.cham_tien_do);
        expectSamePositions(feature.geometry, source, crs);
      }
      expectVectors(read, crs, 'id');
    });

    it('CSV: WKT in the CRS, label point X = northing, Y = easting on VN-2000, formula-safe cells', () => {
      const bytes = writeCsv(features, options);
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes);
      expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
      expect(text).toContain(`"'@SUM(A1)"`);
      const file = save(`du_an-${crs}.csv`, bytes);
      const read = gdalRead(file, `du_an-${crs}`, '-oo', 'GEOM_POSSIBLE_NAMES=WKT', '-oo', 'KEEP_GEOM_COLUMNS=NO');
      expect(read.features).toHaveLength(features.length);
      const [xColumn, yColumn] = crs === 'wgs84' ? ['lon_wgs84', 'lat_wgs84'] : crs === 'vn2000' ? ['x_northing_vn2000', 'y_easting_vn2000'] : ['x_northing_vn2000_utm48', 'y_easting_vn2000_utm48'];
      for (const feature of read.features) {
        const source = byId.get(String(feature.properties?.id))!;
        expect(feature.properties?.ten_du_an).toBe(source.properties.ten_du_an);
        expectSamePositions(feature.geometry, source, crs);
        if (source.geometry?.type === 'Point') {
          const [x, y] = (projectGeometry(crs, source.geometry) as { coordinates: number[] }).coordinates as [number, number];
          const [first, second] = [Number(feature.properties?.[xColumn]), Number(feature.properties?.[yColumn])];
          // VN-2000: the first column is the northing (X of Vietnamese surveys).
          expect([first, second]).toEqual(crs === 'wgs84' ? [x, y] : [y, x]);
        }
      }
      expectVectors(read, crs, 'id');
    });

    it('KML: WGS84 only, ExtendedData with attributes, escaped text', () => {
      if (crs !== 'wgs84') {
        expect(() => writeKml(features, options)).toThrow(HttpError);
        try {
          writeKml(features, options);
        } catch (error) {
          expect((error as HttpError).status).toBe(400);
          expect((error as HttpError).field).toBe('crs');
        }
        return;
      }
      const file = save('du_an.kml', writeKml(features, options));
      const [layer] = gdalLayers(file);
      expect(gdalEpsg(file, layer!)).toBe(4326);
      const read = gdalRead(file, layer!);
      expect(read.features).toHaveLength(features.length);
      for (const feature of read.features) {
        const source = byId.get(String(feature.properties?.id))!;
        expect(feature.properties?.ten_du_an).toBe(source.properties.ten_du_an);
        expect(feature.properties?.trang_thai).toBe(source.properties.trang_thai);
        expectSamePositions(feature.geometry, source, crs);
      }
      expectVectors(read, crs, 'id');
    });

    it('DXF: one layer per status, closed polylines, points, Vietnamese labels as TEXT', () => {
      const file = save(`du_an-${crs}.dxf`, writeDxf(features, { ...options, labelField: 'ten_du_an' }));
      const read = gdalRead(file, 'entities');
      const texts = read.features.filter((f) => typeof f.properties?.Text === 'string');
      expect(texts.map((t) => t.properties?.Text).sort()).toEqual(features.map((f) => f.properties.ten_du_an).sort());
      expect(new Set(read.features.map((f) => f.properties?.Layer))).toEqual(new Set(['preparing', 'construction', 'completed']));
      // Points of the test vectors, as POINT entities on the plane.
      const points = read.features.filter((f) => f.geometry?.type === 'Point' && typeof f.properties?.Text !== 'string');
      for (const point of vectors.points) {
        const [ex, ey] = vectorPosition(point, crs);
        const tolerance = crs === 'wgs84' ? 1e-8 : MILLIMETRE;
        expect(points.some((p) => {
          const [x, y] = (p.geometry as { coordinates: number[] }).coordinates as [number, number];
          return Math.abs(x - ex) <= tolerance && Math.abs(y - ey) <= tolerance;
        }), point.id).toBe(true);
      }
      // Each polygon ring is a closed polyline: GDAL reads it as a closed line.
      const rings = read.features.filter((f) => f.geometry?.type === 'LineString' && f.properties?.Layer === 'construction');
      const closed = rings.filter((f) => {
        const c = (f.geometry as { coordinates: Position[] }).coordinates;
        return c[0]![0] === c[c.length - 1]![0] && c[0]![1] === c[c.length - 1]![1];
      });
      expect(closed.length).toBe(2); // the polygon's outer ring and its hole
    });
  });
});
