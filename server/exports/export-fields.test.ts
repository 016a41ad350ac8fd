import { describe, expect, it } from 'vitest';
import { layers } from '../../shared/layers/registry.ts';
import { exportFieldNames, toExportFeatures, uniqueDbfNames } from './export-fields.ts';
import { decodeDxfUnicode, mtextValue } from './dxf-writer.ts';
import { xmlEscape } from './kml-writer.ts';

/** The keys a layer's zod schema declares (shape of a ZodObject). */
const schemaKeys = (schema: unknown) => Object.keys((schema as { shape: Record<string, unknown> }).shape);

describe('export field names', () => {
  it.each(layers.map((l) => [l.id, l] as const))('%s: every schema property has a Vietnamese name and a DBF name ≤ 10 ASCII, all unique', (id, layer) => {
    const names = exportFieldNames[id]!;
    expect(names).toBeDefined();
    for (const key of schemaKeys(layer.schema)) expect(names[key], `${id}.${key}`).toBeDefined();
    const exportNames = Object.values(names).map(([name]) => name);
    const dbfNames = Object.values(names).map(([, dbf]) => dbf);
    expect(new Set(exportNames).size).toBe(exportNames.length);
    expect(new Set(dbfNames).size).toBe(dbfNames.length);
    for (const name of exportNames) expect(name).toMatch(/^[a-z][a-z0-9_]*$/);
    for (const dbf of [...dbfNames, 'ID']) expect(dbf).toMatch(/^[A-Z][A-Z0-9_]{0,9}$/);
    expect(exportNames).not.toContain('id');
  });

  it('maps land lots onto the names users expect', () => {
    const { features, fields } = toExportFeatures('land-lots', [
      { type: 'Feature', id: 'lot-1', geometry: null, properties: { code: 'CN-03', parkName: 'KCN Đồng Bành', landUse: 'DAT_SX_Congnghiep', areaM2: 12500.5, status: 'available', newThing: [1, 2] } },
    ]);
    expect(features[0]!.properties).toMatchObject({ id: 'lot-1', ma_lo: 'CN-03', khu: 'KCN Đồng Bành', loai_dat: 'DAT_SX_Congnghiep', dien_tich_m2: 12500.5, trang_thai: 'available', new_thing: '1; 2' });
    expect(fields.find((f) => f.name === 'dien_tich_m2')).toMatchObject({ dbfName: 'DIEN_TICH', type: 'real' });
    expect(fields.find((f) => f.name === 'new_thing')).toMatchObject({ dbfName: 'NEW_THING', type: 'string' });
    expect(fields[0]).toMatchObject({ name: 'id', dbfName: 'ID' });
  });

  it('keeps DBF names within 10 characters and unique', () => {
    expect(uniqueDbfNames(['dienTichDatNongNghiep', 'dien_tich_dat_nong', 'Diện tích'])).toEqual(['DIEN_TICH_', 'DIEN_TICH1', 'DIEN_TICH']);
  });
});

describe('text escapes', () => {
  it('MTEXT: Vietnamese as \\U+XXXX, braces and backslashes escaped, reversible', () => {
    const text = 'Lô CN-03 {Đồng Bành} \\ ấp';
    const value = mtextValue(text);
    expect(value).toMatch(/^[\x20-\x7e]*$/);
    expect(value).toContain('L\\U+00F4');
    expect(decodeDxfUnicode(value)).toBe(text);
  });

  it('XML: markup and control characters cannot break out', () => {
    expect(xmlEscape('<a href="x">&\'\u0001')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
  });
});
