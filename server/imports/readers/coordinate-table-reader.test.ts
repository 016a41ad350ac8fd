import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { headerKey, parseDegrees, parseSurveyNumber, parseWktGeometry, readCoordinateTable } from './coordinate-table-reader.ts';
import { sourceLots, vertices, worstVertexDistance } from './fixtures/source-lots.ts';
import { defaultImportLimits } from './import-limits.ts';
import { ImportRefused } from './reader-types.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', name)));
const csv = (value: string) => readCoordinateTable({ name: 'table.csv', bytes: new TextEncoder().encode(value) }, defaultImportLimits);

describe('readCoordinateTable (CSV)', () => {
  it('reads the survey table: BOM, ";", decimal commas, lot column → one polygon per lot, [Y, X] = [easting, northing]', async () => {
    const dataset = await readCoordinateTable({ name: 'points.csv', bytes: fixture('points-9215.csv') }, defaultImportLimits);
    expect(dataset.format).toBe('csv');
    expect(dataset.declaredCrs).toBeNull();
    expect(dataset.features.map((f) => [f.where, f.properties])).toEqual([
      ['Thửa CN-01', { Thửa: 'CN-01', so_diem: 4 }],
      ['Thửa ODT-02', { Thửa: 'ODT-02', so_diem: 4 }],
      ['Thửa CX-03', { Thửa: 'CX-03', so_diem: 4 }],
    ]);
    const expected = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'points-9215.expected.json'), 'utf8')) as Array<{ ring: Position[] }>;
    dataset.features.forEach((feature, index) => {
      expect(feature.geometry).toEqual({ type: 'Polygon', coordinates: [expected[index]?.ring] });
    });
    const source = sourceLots('EPSG:9215');
    dataset.features.forEach((feature, index) => {
      expect(worstVertexDistance(vertices(feature.geometry), source[index]?.rings[0] ?? [])).toBeLessThan(0.01);
    });
  });

  it('records that X was read as northing, and that each ring was closed', async () => {
    const dataset = await readCoordinateTable({ name: 'points.csv', bytes: fixture('points-9215.csv') }, defaultImportLimits);
    expect(dataset.warnings.map((w) => w.code)).toEqual(['x-read-as-northing', 'ring-closed', 'ring-closed', 'ring-closed']);
    expect(dataset.warnings[1]).toMatchObject({ feature: 0, where: 'Thửa CN-01' });
  });

  it('reads a comma-separated table without diacritics or a lot column as one polygon, not closing a closed ring', async () => {
    const dataset = await csv('stt,ten diem,x,y\n1,A,"2 428 255,696","443 006,320"\n2,B,2428254.55,443326.522\n3,C,2428464.922,443327.272\n4,A,"2 428 255,696","443 006,320"\n');
    expect(dataset.features).toHaveLength(1);
    expect(dataset.features[0]?.geometry).toEqual({ type: 'Polygon', coordinates: [[[443006.32, 2428255.696], [443326.522, 2428254.55], [443327.272, 2428464.922], [443006.32, 2428255.696]]] });
    expect(dataset.warnings.map((w) => w.code)).toEqual(['x-read-as-northing']);
  });

  it('reports rows that are not numbers with their row number and keeps the others', async () => {
    const dataset = await csv('Điểm;X (m);Y (m)\n1;2428255,696;443006,320\n2;abc;443326,522\n3;2428464,922;443327,272\n4;2428466,067;NaN\n5;2428466,067;443007,075\n');
    expect(dataset.errors).toEqual([
      { where: 'dòng 3 / row 3', code: 'not-a-number', message: 'Dòng 3: giá trị \'abc\' ở cột "X (m)" không phải số / Row 3: \'abc\' in column "X (m)" is not a number' },
      { where: 'dòng 5 / row 5', code: 'not-a-number', message: 'Dòng 5: giá trị \'NaN\' ở cột "Y (m)" không phải số / Row 5: \'NaN\' in column "Y (m)" is not a number' },
    ]);
    expect(vertices(dataset.features[0]?.geometry ?? null)).toHaveLength(4);
  });

  it('refuses coordinates beyond any plausible survey value', async () => {
    const dataset = await csv('X;Y\n1e12;443006\n2428255;443006\n2428256;443007\n2428257;443006\n');
    expect(dataset.errors.map((e) => e.code)).toEqual(['coordinate-out-of-range']);
  });

  it('reads a lon/lat table as points, with DMS and Vietnamese headers', async () => {
    const dataset = await csv('Tên mốc,Kinh độ,Vĩ độ\nMốc 1,106.7001,21.9502\nMốc 2,"106°42\'00,36""E","21°57\'00""N"\n');
    expect(dataset.features.map((f) => [f.where, f.properties, f.geometry])).toEqual([
      ['dòng 2 / row 2', { 'Tên mốc': 'Mốc 1' }, { type: 'Point', coordinates: [106.7001, 21.9502] }],
      ['dòng 3 / row 3', { 'Tên mốc': 'Mốc 2' }, { type: 'Point', coordinates: [106.7001, 21.95] }],
    ]);
    expect(dataset.warnings).toEqual([]);
  });

  it('reads a lon/lat table with a lot column as polygons', async () => {
    const dataset = await csv('lo;lon;lat\nA;106.70;21.95\nA;106.71;21.95\nA;106.71;21.96\nB;106.72;21.95\nB;106.73;21.95\nB;106.73;21.96\n');
    expect(dataset.features.map((f) => [f.where, f.geometry?.type])).toEqual([['lo A', 'Polygon'], ['lo B', 'Polygon']]);
  });

  it('reads a Windows-1258 CSV (legacy Excel export) and says so', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Th'), 0xfd, 0xd2, ...new TextEncoder().encode('a;X;Y\nA;2428255;443006\nA;2428256;443007\nA;2428255;443008\n')]);
    const dataset = await readCoordinateTable({ name: 'legacy.csv', bytes }, defaultImportLimits);
    expect(dataset.features[0]?.where).toBe('Thửa A');
    expect(dataset.warnings.map((w) => w.code)).toContain('csv-encoding-guessed');
  });

  it('refuses a table without coordinate columns, listing the columns it saw', async () => {
    const error = await csv('Họ tên;Địa chỉ\nNguyễn Văn A;Đồng Đăng\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRefused);
    expect((error as ImportRefused).code).toBe('table-no-coordinate-columns');
    expect((error as ImportRefused).message).toContain('Họ tên, Địa chỉ');
  });
});

describe('readCoordinateTable (XLSX)', () => {
  it('reads the first sheet of a workbook', async () => {
    const dataset = await readCoordinateTable({ name: 'points.xlsx', bytes: fixture('points-9215.xlsx') }, defaultImportLimits);
    expect(dataset.format).toBe('xlsx');
    expect(dataset.features).toHaveLength(1);
    expect(dataset.features[0]?.where).toBe('Lô CN-01');
    expect(worstVertexDistance(vertices(dataset.features[0]?.geometry ?? null), sourceLots('EPSG:9215')[0]?.rings[0] ?? [])).toBeLessThan(0.01);
    expect(dataset.warnings.map((w) => w.code)).toEqual(['x-read-as-northing']);
  });
});

describe('number and header parsing', () => {
  it.each([
    ['2 432 123,45', 2432123.45],
    ['2.432.123,45', 2432123.45],
    ['2,432,123.45', 2432123.45],
    ['2432123.45', 2432123.45],
    ['106,7012', 106.7012],
    ['-12', -12],
    ['1e3', 1000],
  ])('reads %s as %d', (text, value) => {
    expect(parseSurveyNumber(text)).toBe(value);
  });

  it.each(['NaN', 'Infinity', '-Infinity', '0x1F', '1e999', '', '12abc', '1,2,3.4.5'])('refuses %s', (text) => {
    expect(parseSurveyNumber(text)).toBeNull();
  });

  it('reads degrees-minutes-seconds with a hemisphere', () => {
    expect(parseDegrees('21°57\'00"S')).toBeCloseTo(-21.95, 9);
  });

  it('compares headers without case, diacritics or units', () => {
    expect(headerKey('Tọa độ X (m)')).toBe('toadox');
    expect(headerKey('VĨ ĐỘ')).toBe('vido');
  });
});

describe('a table with a WKT column (as the CSV export writes)', () => {
  it('parses WKT points, lines, polygons and their MULTI forms; EMPTY is no geometry; garbage throws', () => {
    expect(parseWktGeometry('POINT (442991.939 2427126.371)')).toEqual({ type: 'Point', coordinates: [442991.939, 2427126.371] });
    expect(parseWktGeometry('point z (1 2 3)')).toEqual({ type: 'Point', coordinates: [1, 2, 3] });
    expect(parseWktGeometry('MULTIPOINT ((1 2), (3 4))')).toEqual({ type: 'MultiPoint', coordinates: [[1, 2], [3, 4]] });
    expect(parseWktGeometry('MULTIPOINT (1 2, 3 4)')).toEqual({ type: 'MultiPoint', coordinates: [[1, 2], [3, 4]] });
    expect(parseWktGeometry('LINESTRING (1 2, 3 4)')).toEqual({ type: 'LineString', coordinates: [[1, 2], [3, 4]] });
    expect(parseWktGeometry('MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5), (5.1 5.1, 5.2 5.1, 5.2 5.2, 5.1 5.1)))')).toEqual({
      type: 'MultiPolygon',
      coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[5, 5], [6, 5], [6, 6], [5, 5]], [[5.1, 5.1], [5.2, 5.1], [5.2, 5.2], [5.1, 5.1]]]],
    });
    expect(parseWktGeometry('POLYGON EMPTY')).toBeNull();
    for (const bad of ['POLYGON ((0 0, 1 0', 'POINT (1 NaN)', 'POINT (1 2) junk', 'GEOMETRYCOLLECTION (POINT (1 2))', 'POINT (1)', `POLYGON ${'('.repeat(20)}1 2${')'.repeat(20)}`]) {
      expect(() => parseWktGeometry(bad), bad).toThrow();
    }
  });

  it('reads one feature per row with the other columns as attributes, the label-point columns dropped, a bad WKT an error on its row', async () => {
    const dataset = await csv('\uFEFF"id","ma_lo","WKT","x_northing_vn2000","y_easting_vn2000"\r\n"a","CN-1","POLYGON ((442000 2427000, 442100 2427000, 442100 2427100, 442000 2427000))","2427033.333","442066.667"\r\n"b","CN-2","POLYGON ((1 2","",""\r\n');
    expect(dataset.declaredCrs).toBeNull();
    expect(dataset.features.map((f) => f.properties)).toEqual([{ id: 'a', ma_lo: 'CN-1' }, { id: 'b', ma_lo: 'CN-2' }]);
    expect(dataset.features[0]!.geometry).toEqual({ type: 'Polygon', coordinates: [[[442000, 2427000], [442100, 2427000], [442100, 2427100], [442000, 2427000]]] });
    expect(dataset.errors).toMatchObject([{ feature: 1, where: expect.stringContaining('3'), code: 'geometry-unreadable' }]);
  });
});
