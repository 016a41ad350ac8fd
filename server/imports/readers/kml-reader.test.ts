import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sourceLots, vertices, worstVertexDistance } from './fixtures/source-lots.ts';
import { defaultImportLimits } from './import-limits.ts';
import { readKml, readKmz, vetXml } from './kml-reader.ts';
import { ImportRefused } from './reader-types.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', name)));
const text = (value: string) => new TextEncoder().encode(value);

describe('readKml', () => {
  it('reads the GDAL-written KML: three Placemarks, WGS84 declared, ExtendedData as typed properties', async () => {
    const dataset = await readKml({ name: 'lots.kml', bytes: fixture('lots.kml') }, defaultImportLimits);
    expect(dataset.declaredCrs).toEqual({ epsg: 4326, definition: null, source: 'kml' });
    expect(dataset.features.map((f) => f.where)).toEqual(["Placemark 'CN-01'", "Placemark 'ODT-02'", "Placemark 'CX-03'"]);
    expect(dataset.features[0]?.properties).toEqual({ name: 'CN-01', ten: 'Khu công nghiệp Đồng Bành', loai_dat: 'DAT_SX_Congnghiep', dien_tich: 52340.5 });
    const source = sourceLots('EPSG:4326');
    dataset.features.forEach((feature, index) => {
      expect(worstVertexDistance(vertices(feature.geometry), source[index]?.rings.flat() ?? [])).toBeLessThan(1e-9);
    });
    expect((dataset.features[1]?.geometry as { coordinates: unknown[] }).coordinates).toHaveLength(2);
  });

  it('numbers Placemarks without a name and keeps null geometry', async () => {
    const kml = '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><ExtendedData><Data name="ghi_chu"><value>Mốc</value></Data></ExtendedData></Placemark></Document></kml>';
    const dataset = await readKml({ name: 'x.kml', bytes: text(kml) }, defaultImportLimits);
    expect(dataset.features).toEqual([{ geometry: null, properties: { ghi_chu: 'Mốc' }, where: 'Placemark 1' }]);
  });

  it('refuses a document whose root is not <kml>', async () => {
    const error = await readKml({ name: 'x.kml', bytes: text('<gpx></gpx>') }, defaultImportLimits).catch((e: unknown) => e);
    expect((error as ImportRefused).code).toBe('kml-unreadable');
  });

  it('judges depth on real nesting only: comments and CDATA do not count, self-closing tags do not nest', () => {
    expect(() => vetXml(`<a>${'<b/>'.repeat(100)}<!-- ${'<c>'.repeat(100)} --><![CDATA[${'<d>'.repeat(100)}]]></a>`, 3)).not.toThrow();
    expect(() => vetXml('<a><b><c><d></d></c></b></a>', 3)).toThrow(ImportRefused);
  });
});

describe('readKmz', () => {
  it('reads doc.kml of a KMZ', async () => {
    const dataset = await readKmz({ name: 'lots.kmz', bytes: fixture('lots.kmz') }, defaultImportLimits);
    expect(dataset.format).toBe('kmz');
    expect(dataset.features).toHaveLength(3);
    expect(dataset.features[2]?.properties.ten).toBe('Cây xanh bờ suối Kỳ Cùng');
  });

  it('reads the first .kml when there is no doc.kml, and warns about the others', async () => {
    const kml = fixture('lots.kml');
    const dataset = await readKmz({ name: 'x.kmz', bytes: zipSync({ 'b.kml': kml, 'files/a.kml': kml }) }, defaultImportLimits);
    expect(dataset.features).toHaveLength(3);
    expect(dataset.warnings.map((w) => w.code)).toEqual(['kmz-extra-documents']);
    expect(dataset.warnings[0]?.message).toContain("'b.kml'");
  });

  it('refuses a KMZ with no .kml', async () => {
    const error = await readKmz({ name: 'x.kmz', bytes: zipSync({ 'icon.png': new Uint8Array(4) }) }, defaultImportLimits).catch((e: unknown) => e);
    expect((error as ImportRefused).code).toBe('kmz-no-kml');
  });
});
