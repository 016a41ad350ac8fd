import { describe, expect, it } from 'vitest';
import type { ExportFeature } from './export-fields.ts';
import { shapefileEntries, writeDbf } from './shapefile-writer.ts';

const feature = (id: string, text: string | null, area: number | null): ExportFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [106.7, 21.9] },
  properties: { id, ten: text, dien_tich: area },
});

describe('DBF writer', () => {
  const fields = [
    { name: 'id', dbfName: 'ID', type: 'string' as const },
    { name: 'ten', dbfName: 'TEN', type: 'string' as const },
    { name: 'dien_tich', dbfName: 'DIEN_TICH', type: 'real' as const },
  ];

  it('cuts long Vietnamese text at 254 bytes on a character boundary and pads with spaces', () => {
    const long = 'Khu công nghiệp Đồng Bành mở rộng '.repeat(12);
    const dbf = writeDbf([feature('a', long, 1.5), feature('b', null, null)], fields);
    const view = new DataView(dbf.buffer);
    expect(view.getUint32(4, true)).toBe(2);
    const headerLength = view.getUint16(8, true);
    expect(headerLength).toBe(32 + 3 * 32 + 1);
    expect(dbf[32 + 32 + 16]).toBe(254); // TEN's length
    const cellStart = headerLength + 1 + dbf[32 + 16]!;
    const cell = dbf.slice(cellStart, cellStart + 254);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(cell).trimEnd();
    expect(long.startsWith(text)).toBe(true);
    expect(new TextEncoder().encode(text).length).toBeGreaterThan(250);
    // The null row: blank cells, the number right-aligned blanks too.
    const recordLength = view.getUint16(10, true);
    const second = new TextDecoder().decode(dbf.slice(headerLength + recordLength, headerLength + 2 * recordLength));
    expect(second.trim()).toBe('b');
    expect(dbf[dbf.length - 1]).toBe(0x1a);
  });

  it('writes numbers right-aligned with the decimals they need', () => {
    const dbf = writeDbf([feature('a', 'x', 12.25), feature('b', 'y', 3)], fields);
    expect(dbf[32 + 64 + 11]).toBe('N'.charCodeAt(0));
    expect(dbf[32 + 64 + 17]).toBe(2);
    const text = new TextDecoder().decode(dbf);
    expect(text).toContain('12.25');
    expect(text).toContain(' 3.00');
  });
});

describe('shapefile entries', () => {
  it('names one shapefile per geometry kind only when the layer mixes them', () => {
    const single = shapefileEntries([feature('a', 'x', 1)], { crs: 'wgs84', layerName: 'Lô đất' });
    expect(Object.keys(single).sort()).toEqual(['Lo_dat.cpg', 'Lo_dat.dbf', 'Lo_dat.prj', 'Lo_dat.shp', 'Lo_dat.shx']);
    const mixed = shapefileEntries(
      [feature('a', 'x', 1), { type: 'Feature', geometry: { type: 'LineString', coordinates: [[106.7, 21.9], [106.8, 21.9]] }, properties: { id: 'b' } }, { type: 'Feature', geometry: null, properties: { id: 'c' } }],
      { crs: 'vn2000', layerName: 'du_an' },
    );
    expect(Object.keys(mixed).filter((n) => n.endsWith('.shp')).sort()).toEqual(['du_an_diem.shp', 'du_an_duong.shp']);
    // The feature without geometry is kept as a null shape in the first shapefile.
    const dbf = mixed['du_an_duong.dbf']!;
    expect(new DataView(dbf.buffer).getUint32(4, true) + new DataView(mixed['du_an_diem.dbf']!.buffer).getUint32(4, true)).toBe(3);
  });
});

describe('read back by shpjs (what the shapefile import reader uses)', () => {
  it('gives the same positions in the file CRS and the same attributes, Vietnamese text and dates included', async () => {
    // Through a variable: shpjs has no type declarations (the import readers may add their own).
    const shpjs = 'shpjs';
    const { parseDbf, parseShp } = (await import(shpjs)) as { parseDbf(dbf: ArrayBuffer, cpg: string): unknown; parseShp(shp: ArrayBuffer): unknown };
    const { projectGeometry } = await import('./export-crs.ts');
    const source: ExportFeature[] = [
      {
        type: 'Feature',
        geometry: { type: 'Polygon', coordinates: [[[106.7, 21.9], [106.71, 21.9], [106.71, 21.91], [106.7, 21.91], [106.7, 21.9]], [[106.702, 21.902], [106.702, 21.904], [106.704, 21.904], [106.702, 21.902]]] },
        properties: { id: 'lo-1', ma_lo: 'CN-03', ten: 'Lô Đồng Bành', dien_tich_m2: 12500.25, ngay: '2025-07-01', thue: true },
      },
      {
        type: 'Feature',
        geometry: { type: 'MultiPolygon', coordinates: [[[[106.75, 21.86], [106.755, 21.86], [106.755, 21.865], [106.75, 21.86]]], [[[106.77, 21.86], [106.774, 21.86], [106.774, 21.864], [106.77, 21.86]]]] },
        properties: { id: 'lo-2', ma_lo: 'CC-7', ten: 'Kho bãi Tân Thanh', dien_tich_m2: 800, ngay: null, thue: false },
      },
    ];
    const entries = shapefileEntries(source, { crs: 'vn2000', layerName: 'lo_dat' });
    const shapes = parseShp(entries['lo_dat.shp']!.buffer as ArrayBuffer) as { type: string; coordinates: number[][][] | number[][][][] }[];
    const rows = parseDbf(entries['lo_dat.dbf']!.buffer as ArrayBuffer, new TextDecoder().decode(entries['lo_dat.cpg'])) as Record<string, unknown>[];
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ ID: 'lo-1', MA_LO: 'CN-03', TEN: 'Lô Đồng Bành', DIEN_TICH_: 12500.25, THUE: true });
    expect(rows[1]).toMatchObject({ ID: 'lo-2', TEN: 'Kho bãi Tân Thanh', DIEN_TICH_: 800, THUE: false });
    const positions = (g: unknown) => JSON.stringify(g).match(/-?\d+(\.\d+)?/g)!.map(Number).sort((a, b) => a - b);
    source.forEach((feature, i) => {
      expect(shapes[i]!.type).toBe(feature.geometry!.type);
      expect(positions(shapes[i]!.coordinates)).toEqual(positions((projectGeometry('vn2000', feature.geometry!) as { coordinates: unknown }).coordinates));
    });
  });
});
