import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sourceLots, vertices, worstVertexDistance } from './fixtures/source-lots.ts';
import { geoPackageTempPrefix, readGeoPackage } from './geopackage-reader.ts';
import { defaultImportLimits } from './import-limits.ts';
import { ImportRefused } from './reader-types.ts';

const fixture = (...path: string[]) => new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', ...path)));
const tempFolders = () => readdirSync(tmpdir()).filter((name) => name.startsWith(geoPackageTempPrefix));

// Every test proves the reader left no temp folder behind, whether it read or refused.
let before: string[] = [];
beforeEach(() => {
  before = tempFolders();
});
afterEach(() => {
  expect(tempFolders().filter((name) => !before.includes(name))).toEqual([]);
});

describe('readGeoPackage', () => {
  it('reads the GDAL-written GeoPackage: three lots, attributes, raw VN-2000 coordinates within 1 cm, EPSG:9215', async () => {
    const dataset = await readGeoPackage({ name: 'lots.gpkg', bytes: fixture('lots-9215.gpkg') }, defaultImportLimits);
    expect(dataset.format).toBe('geopackage');
    expect(dataset.declaredCrs?.epsg).toBe(9215);
    expect(dataset.declaredCrs?.source).toBe('geopackage');
    expect(dataset.declaredCrs?.definition).toContain('VN-2000');
    const source = sourceLots('EPSG:9215');
    expect(dataset.features.map((f) => f.properties)).toEqual(source.map(({ ma_lo, ten, loai_dat, dien_tich }) => ({ ma_lo, ten, loai_dat, dien_tich })));
    dataset.features.forEach((feature, index) => {
      expect(vertices(feature.geometry)).toHaveLength(source[index]?.rings.flat().length ?? -1);
      expect(worstVertexDistance(vertices(feature.geometry), source[index]?.rings.flat() ?? [])).toBeLessThan(0.01);
    });
    expect(dataset.features.map((f) => f.where)).toEqual(['feature 1', 'feature 2', 'feature 3']);
    expect(dataset.errors).toEqual([]);
  });

  it.each([
    ['gpkg-not-sqlite.gpkg', 'geopackage-not-sqlite', 'SQLite'],
    ['gpkg-plain-sqlite.gpkg', 'geopackage-not-geopackage', 'gpkg_contents'],
    ['gpkg-view-calls-function.gpkg', 'geopackage-view', 'lo_dat_view'],
    ['gpkg-missing-table.gpkg', 'geopackage-unreadable', 'khong_co'],
    ['gpkg-generated-column.gpkg', 'geopackage-generated-column', 'boom'],
  ])('refuses the hostile %s with %s', async (file, code, messageContains) => {
    const error = await readGeoPackage({ name: file, bytes: fixture('hostile', file) }, defaultImportLimits).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRefused);
    expect((error as ImportRefused).code).toBe(code);
    expect((error as ImportRefused).message).toContain(messageContains);
  });

  it('reads a GeoPackage carrying a hostile trigger and view without running either', async () => {
    const bytes = fixture('hostile', 'gpkg-trigger.gpkg');
    const dataset = await readGeoPackage({ name: 'trigger.gpkg', bytes }, defaultImportLimits);
    expect(dataset.features.map((f) => f.properties.ma_lo)).toEqual(['CN-01', 'ODT-02', 'CX-03']);
    expect(bytes).toEqual(fixture('hostile', 'gpkg-trigger.gpkg'));
  });

  it('refuses a truncated database as unreadable', async () => {
    const bytes = fixture('lots-9215.gpkg').subarray(0, 4096);
    const error = await readGeoPackage({ name: 'cut.gpkg', bytes }, defaultImportLimits).catch((e: unknown) => e);
    expect((error as ImportRefused).code).toMatch(/^geopackage-/);
  });

  it('refuses more features than the limit', async () => {
    const error = await readGeoPackage({ name: 'lots.gpkg', bytes: fixture('lots-9215.gpkg') }, { ...defaultImportLimits, maxFeatures: 2 }).catch((e: unknown) => e);
    expect((error as ImportRefused).code).toBe('too-many-features');
  });
});
