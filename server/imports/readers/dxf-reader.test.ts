import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { landUseCodes } from '../../../shared/domain/land-use.ts';
import { guessLandUseFromDxfLayer, plainDxfText, readDxf } from './dxf-reader.ts';
import { sourceLots, vertices, worstVertexDistance } from './fixtures/source-lots.ts';
import { defaultImportLimits } from './import-limits.ts';
import { ImportRefused } from './reader-types.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', name)));
const text = (value: string) => new TextEncoder().encode(value);

describe('readDxf', () => {
  it('reads the GDAL-written DXF: closed boundaries as polygons on their land-use layers, coordinates within 1 cm, no CRS', async () => {
    const dataset = await readDxf({ name: 'lots.dxf', bytes: fixture('lots-9215.dxf') }, defaultImportLimits);
    expect(dataset.declaredCrs).toBeNull();
    // The lot with a hole comes out as two boundaries: DXF has no polygon-with-hole entity.
    expect(dataset.features.map((f) => [f.geometry?.type, f.properties.layer])).toEqual([
      ['Polygon', 'DAT_SX_Congnghiep'],
      ['Polygon', 'DAT_O_Nhomnhao'],
      ['Polygon', 'DAT_O_Nhomnhao'],
      ['Polygon', 'DAT_HTXH_CayxanhCC'],
    ]);
    const expected = sourceLots('EPSG:9215').flatMap((lot) => lot.rings.flat());
    expect(worstVertexDistance(dataset.features.flatMap((f) => vertices(f.geometry)), expected)).toBeLessThan(0.01);
  });

  it('reads GDAL\'s HATCH polygons, holes included, within 1 cm', async () => {
    const dataset = await readDxf({ name: 'hatch.dxf', bytes: fixture('lots-9215-hatch.dxf') }, defaultImportLimits);
    expect(dataset.features.map((f) => [f.geometry?.type, f.properties.layer])).toEqual([
      ['Polygon', 'DAT_SX_Congnghiep'],
      ['Polygon', 'DAT_O_Nhomnhao'],
      ['Polygon', 'DAT_HTXH_CayxanhCC'],
    ]);
    const source = sourceLots('EPSG:9215');
    dataset.features.forEach((feature, index) => {
      const rings = (feature.geometry as { coordinates: Position[][] }).coordinates;
      expect(rings).toHaveLength(source[index]?.rings.length ?? -1);
      expect(worstVertexDistance(vertices(feature.geometry), source[index]?.rings.flat() ?? [])).toBeLessThan(0.01);
    });
  });

  it('reads only the ENTITIES section: a damaged TABLES section (an ENDTAB typo that makes dxf-parser loop) does not matter', async () => {
    const damaged = new TextDecoder().decode(fixture('lots-9215-hatch.dxf')).replace('ENDTAB', 'ENDfAB');
    const dataset = await readDxf({ name: 'damaged.dxf', bytes: text(damaged) }, defaultImportLimits);
    expect(dataset.features).toHaveLength(3);
  });

  it('reads a HATCH drawn with line and arc edges, and skips a HATCH that repeats a polyline outline', async () => {
    const lwpolyline = '  0\nLWPOLYLINE\n  8\nCX\n 90\n4\n 70\n1\n 10\n0\n 20\n0\n 10\n10\n 20\n0\n 10\n10\n 20\n10\n 10\n0\n 20\n10\n';
    const sameOutline = '  0\nHATCH\n  8\nCX\n 91\n1\n 92\n2\n 72\n0\n 73\n1\n 93\n4\n 10\n0\n 20\n0\n 10\n10\n 20\n0\n 10\n10\n 20\n10\n 10\n0\n 20\n10\n 97\n0\n';
    const edges = '  0\nHATCH\n  8\nGT\n 91\n1\n 92\n1\n 93\n2\n 72\n1\n 10\n20\n 20\n0\n 11\n40\n 21\n0\n 72\n2\n 10\n30\n 20\n0\n 40\n10\n 50\n0\n 51\n180\n 73\n1\n 97\n0\n';
    const dxf = `  0\nSECTION\n  2\nENTITIES\n${lwpolyline}${sameOutline}${edges}  0\nENDSEC\n  0\nEOF\n`;
    const dataset = await readDxf({ name: 'x.dxf', bytes: text(dxf) }, defaultImportLimits);
    expect(dataset.features.map((f) => [f.properties.layer, f.geometry?.type])).toEqual([['CX', 'Polygon'], ['GT', 'Polygon']]);
    const ring = (dataset.features[1]?.geometry as { coordinates: Position[][] }).coordinates[0] ?? [];
    expect(ring.length).toBeGreaterThan(30);
    expect(Math.max(...ring.map((p) => p[1] as number))).toBeCloseTo(10, 6);
  });

  it('reads the hand-written plan: text inside a closed polyline labels the smallest one around it', async () => {
    const dataset = await readDxf({ name: 'plan.dxf', bytes: fixture('plan-labels.dxf') }, defaultImportLimits);
    expect(dataset.features.map((f) => [f.geometry?.type, f.properties.layer, f.properties.label ?? null])).toEqual([
      ['Polygon', 'DAT_CN', 'CN-01'],
      ['Polygon', 'DAT O', 'ODT-02 Đất ở đô thị'],
      ['Polygon', 'CX', 'CX-03'],
      ['LineString', 'GT', null],
      ['LineString', 'RANH_GIOI', null],
      ['Point', 'MOC', null],
    ]);
    expect(dataset.features[0]?.where).toMatch(/^lớp DAT_CN, LWPOLYLINE .* \/ layer DAT_CN, LWPOLYLINE /);
    expect(dataset.features[0]?.geometry).toEqual({
      type: 'Polygon',
      coordinates: [[[443006.32, 2428255.696], [443326.522, 2428254.55], [443327.272, 2428464.922], [443007.075, 2428466.067], [443006.32, 2428255.696]]],
    });
  });

  it('warns about what it skipped: circles, blocks and text outside every boundary', async () => {
    const dataset = await readDxf({ name: 'plan.dxf', bytes: fixture('plan-labels.dxf') }, defaultImportLimits);
    expect(dataset.warnings.map((w) => w.code)).toEqual(['dxf-entity-skipped', 'dxf-entity-skipped', 'dxf-text-outside']);
    expect(dataset.warnings[0]?.message).toContain('CIRCLE');
    expect(dataset.warnings[1]?.message).toContain('INSERT');
  });

  it('refuses a drawing with nothing it can read', async () => {
    const dxf = '  0\nSECTION\n  2\nENTITIES\n  0\nCIRCLE\n  8\nCAY\n 10\n1\n 20\n2\n 40\n3\n  0\nENDSEC\n  0\nEOF\n';
    const error = await readDxf({ name: 'x.dxf', bytes: text(dxf) }, defaultImportLimits).catch((e: unknown) => e);
    expect((error as ImportRefused).code).toBe('dxf-no-features');
  });

  it('refuses an LWPOLYLINE whose vertex count disagrees with its vertices', async () => {
    const dxf = '  0\nSECTION\n  2\nENTITIES\n  0\nLWPOLYLINE\n  8\nX\n 90\n5\n 10\n1\n 20\n2\n 10\n3\n 20\n4\n  0\nENDSEC\n  0\nEOF\n';
    const error = await readDxf({ name: 'x.dxf', bytes: text(dxf) }, defaultImportLimits).catch((e: unknown) => e);
    expect((error as ImportRefused).code).toBe('dxf-unreadable');
    expect((error as ImportRefused).message).toContain('khai báo 5 đỉnh nhưng có 2');
  });
});

it('decodes a pre-2007 drawing in its $DWGCODEPAGE (ANSI_1258) and composes the Vietnamese text', async () => {
  const head = new TextEncoder().encode('  0\nSECTION\n  2\nHEADER\n  9\n$DWGCODEPAGE\n  3\nANSI_1258\n  0\nENDSEC\n  0\nSECTION\n  2\nENTITIES\n');
  const polyline = new TextEncoder().encode('  0\nLWPOLYLINE\n  8\nODT\n 90\n4\n 70\n1\n 10\n0\n 20\n0\n 10\n10\n 20\n0\n 10\n10\n 20\n10\n 10\n0\n 20\n10\n');
  // "Đất ở" in Windows-1258: Đ=D0, â=E2, combining acute=EC, t, space, ơ=F5, combining hook above=D2.
  const label = new Uint8Array([...new TextEncoder().encode('  0\nTEXT\n  8\nCHU\n 10\n5\n 20\n5\n 40\n1\n  1\n'), 0xd0, 0xe2, 0xec, 0x74, 0x20, 0xf5, 0xd2, 0x0a]);
  const tail = new TextEncoder().encode('  0\nENDSEC\n  0\nEOF\n');
  const dataset = await readDxf({ name: 'old.dxf', bytes: new Uint8Array([...head, ...polyline, ...label, ...tail]) }, defaultImportLimits);
  expect(dataset.features[0]?.properties).toEqual({ layer: 'ODT', label: 'Đất ở' });
  expect(dataset.warnings).toEqual([]);
});

describe('plainDxfText', () => {
  it('strips MTEXT formatting and decodes \\U+ escapes', () => {
    expect(plainDxfText('{\\fArial|b1|i0;\\H2.5;L\\U+00F4 A3}\\P1 250 m%%d')).toBe('Lô A3 1 250 m°');
  });
});

describe('guessLandUseFromDxfLayer', () => {
  it.each([
    ['DAT_CN', 'DAT_SX_Congnghiep'],
    ['CN', 'DAT_SX_Congnghiep'],
    ['SKC', 'DAT_SX_Congnghiep'],
    ['DCN', 'DAT_SX_Congnghiep'],
    ['DAT O', 'DAT_O_Nhomnhao'],
    ['ODT', 'DAT_O_Nhomnhao'],
    ['Đất ở', 'DAT_O_Nhomnhao'],
    ['ONT', 'DAT_O_Langxom'],
    ['CX', 'DAT_HTXH_CayxanhCC'],
    ['GT', 'DAT_HTKT_DuongGT'],
    ['QH_TMD_2025', 'DAT_Dichvu'],
    ['cn-01', 'DAT_SX_Congnghiep'],
    ['DAT_SX_Congnghiep', 'DAT_SX_Congnghiep'],
    ['dat_htkt_baidoxe', 'DAT_HTKT_Baidoxe'],
    ['RPH', 'DAT_NN_Rungphongho'],
    ['LUC', 'DAT_NN_Nongnghiep'],
  ])('maps layer %s to %s', (layer, code) => {
    expect(guessLandUseFromDxfLayer(layer)).toBe(code);
  });

  it.each(['0', 'Defpoints', 'TEXT', 'KHUNG_TEN', ''])('answers null for the non-land-use layer %s', (layer) => {
    expect(guessLandUseFromDxfLayer(layer)).toBeNull();
  });

  it('only answers codes of shared/domain/land-use.ts', () => {
    for (const layer of ['CN', 'ODT', 'CX', 'GT', 'NTD', 'SON', 'BCS', 'CQP', 'CAN', 'YT', 'GD', 'VH', 'TDTT', 'HH', 'DL']) {
      expect(landUseCodes).toContain(guessLandUseFromDxfLayer(layer));
    }
  });
});
