import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sourceLots, vertices, worstVertexDistance } from './fixtures/source-lots.ts';
import { defaultImportLimits } from './import-limits.ts';
import { ImportRefused } from './reader-types.ts';
import { dbfEncoding, encodingFromCpg, readShapefileZip } from './shapefile-reader.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', name)));
const read = (name: string, bytes: Uint8Array = fixture(name)) => readShapefileZip({ name, bytes }, defaultImportLimits);

/** The same zip with some of its files dropped or replaced. */
function rezip(name: string, change: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(fixture(name));
  change(files);
  return zipSync(files);
}

describe('readShapefileZip', () => {
  it.each([
    ['lots-9215-utf8.zip', 'EPSG:9215', 9215],
    ['lots-9215-cp1258.zip', 'EPSG:9215', 9215],
    ['lots-3405.zip', 'EPSG:3405', 3405],
  ])('reads %s: three lots, raw coordinates within 1 cm of the source in %s, declared EPSG:%i', async (file, crs, epsg) => {
    const dataset = await read(file);
    expect(dataset.format).toBe('shapefile');
    expect(dataset.features).toHaveLength(3);
    expect(dataset.declaredCrs?.epsg).toBe(epsg);
    expect(dataset.declaredCrs?.source).toBe('prj');
    const expected = sourceLots(crs);
    dataset.features.forEach((feature, index) => {
      const lot = expected[index];
      expect(feature.geometry?.type).toBe('Polygon');
      expect(vertices(feature.geometry)).toHaveLength(lot?.rings.flat().length ?? -1);
      expect(worstVertexDistance(vertices(feature.geometry), lot?.rings.flat() ?? [])).toBeLessThan(0.01);
    });
  });

  it.each(['lots-9215-utf8.zip', 'lots-9215-cp1258.zip'])('gives exact Vietnamese text (NFC) from %s', async (file) => {
    const dataset = await read(file);
    expect(dataset.features.map((f) => f.properties)).toEqual(
      sourceLots('EPSG:4326').map(({ ma_lo, ten, loai_dat, dien_tich }) => ({ ma_lo, ten, loai_dat, dien_tich })),
    );
    expect(dataset.features[0]?.properties.ten).toBe('Khu công nghiệp Đồng Bành'.normalize('NFC'));
    expect(dataset.warnings).toEqual([]);
  });

  it('falls back to Windows-1258 for a CP1258 DBF without .cpg, and says so', async () => {
    const bytes = rezip('lots-9215-cp1258.zip', (files) => delete files['lots.cpg']);
    const dataset = await read('no-cpg.zip', bytes);
    expect(dataset.features[1]?.properties.ten).toBe('Đất ở đô thị Hữu Nghị');
    expect(dataset.warnings.map((w) => w.code)).toContain('dbf-encoding-guessed');
  });

  it('reads a UTF-8 DBF without .cpg as UTF-8, silently', async () => {
    const dataset = await read('no-cpg.zip', rezip('lots-9215-utf8.zip', (files) => delete files['lots.cpg']));
    expect(dataset.features[2]?.properties.ten).toBe('Cây xanh bờ suối Kỳ Cùng');
    expect(dataset.warnings).toEqual([]);
  });

  it('understands the .cpg spellings people write', () => {
    expect(encodingFromCpg('UTF-8')).toBe('utf-8');
    expect(encodingFromCpg('65001')).toBe('utf-8');
    expect(encodingFromCpg('1258')).toBe('windows-1258');
    expect(encodingFromCpg('CP1258')).toBe('windows-1258');
    expect(encodingFromCpg('ANSI 1258')).toBe('windows-1258');
    expect(encodingFromCpg('Windows-1258\r\n')).toBe('windows-1258');
    expect(encodingFromCpg('nonsense')).toBeNull();
  });

  it('uses the DBF language-driver byte when there is no .cpg', () => {
    const dbf = new Uint8Array(64);
    dbf[29] = 0x03;
    expect(dbfEncoding(dbf, undefined)).toEqual({ encoding: 'windows-1252', how: 'language-driver' });
  });

  it('takes every layer of a zip and names the layer in `where`', async () => {
    const dataset = await read('two-layers-9215.zip');
    expect(dataset.features).toHaveLength(6);
    expect(dataset.features[0]?.where).toBe('layer lo_dat, feature 1');
    expect(dataset.features[3]?.where).toBe('layer tam_lo, feature 1');
    expect(dataset.features[3]?.geometry?.type).toBe('Point');
    expect(dataset.features[5]?.properties).toEqual({ ma_lo: 'CX-03' });
    expect(dataset.declaredCrs?.epsg).toBe(9215);
  });

  it('reads a shapefile zipped one level deeper (a zip inside the upload)', async () => {
    const dataset = await read('nested.zip', zipSync({ 'ban_do.zip': fixture('lots-9215-utf8.zip') }));
    expect(dataset.features).toHaveLength(3);
    expect(dataset.declaredCrs?.epsg).toBe(9215);
  });

  it('warns when there is no .prj and declares nothing', async () => {
    const dataset = await read('no-prj.zip', rezip('lots-9215-utf8.zip', (files) => delete files['lots.prj']));
    expect(dataset.declaredCrs).toBeNull();
    expect(dataset.warnings.map((w) => w.code)).toEqual(['no-prj']);
  });

  it('refuses a zip without any .shp', async () => {
    const error = await read('docs.zip', zipSync({ 'readme.txt': new TextEncoder().encode('hello') })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRefused);
    expect((error as ImportRefused).code).toBe('shapefile-no-shp');
  });

  it('refuses more features than the limit', async () => {
    const error = await readShapefileZip({ name: 'x.zip', bytes: fixture('lots-9215-utf8.zip') }, { ...defaultImportLimits, maxFeatures: 2 }).catch((e: unknown) => e);
    expect((error as ImportRefused).code).toBe('too-many-features');
  });
});
