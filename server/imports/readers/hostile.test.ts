/**
 * The hostile-file library (fixtures/hostile/, made by fixtures/make-hostile.ts): each file is
 * refused as a whole with ImportRefused, a stable code and a message a user can act on.
 * GeoPackage cases (and their temp-file cleanup) are in geopackage-reader.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCoordinateTable } from './coordinate-table-reader.ts';
import { readDxf } from './dxf-reader.ts';
import { defaultImportLimits } from './import-limits.ts';
import { readKml, readKmz } from './kml-reader.ts';
import { ImportRefused, type FormatReader } from './reader-types.ts';
import { readShapefileZip } from './shapefile-reader.ts';

const cases: Array<[file: string, code: string, messageContains: string, reader: FormatReader]> = [
  ['zip-bomb-ratio.zip', 'archive-bomb', 'bom nén', readShapefileZip],
  ['zip-bomb-lying-sizes.zip', 'archive-size-mismatch', 'lots.shp', readShapefileZip],
  ['zip-too-many-entries.zip', 'archive-too-many-entries', '250', readShapefileZip],
  ['zip-traversal.zip', 'archive-path-traversal', '../../etc/passwd', readShapefileZip],
  ['zip-absolute-path.zip', 'archive-path-traversal', 'tuyệt đối', readShapefileZip],
  ['zip-backslash-path.zip', 'archive-path-traversal', 'gạch ngược', readShapefileZip],
  ['zip-drive-letter.zip', 'archive-path-traversal', 'ổ đĩa', readShapefileZip],
  ['zip-symlink.zip', 'archive-symlink', 'symlink', readShapefileZip],
  ['zip-encrypted.zip', 'archive-encrypted', 'mật khẩu', readShapefileZip],
  ['zip-nested-three-levels.zip', 'archive-nested', 'level2.zip', readShapefileZip],
  ['shp-dbf-record-count.zip', 'shapefile-unreadable', '825241654', readShapefileZip],
  ['shp-negative-record-length.zip', 'shapefile-unreadable', 'bản ghi 1', readShapefileZip],
  ['kmz-traversal.kmz', 'archive-path-traversal', '../doc.kml', readKmz],
  ['kmz-billion-laughs.kmz', 'xml-entities', 'DOCTYPE', readKmz],
  ['kml-billion-laughs.kml', 'xml-entities', 'DOCTYPE', readKml],
  ['kml-external-entity.kml', 'xml-entities', 'ENTITY', readKml],
  ['kml-deep-nesting.kml', 'xml-too-deep', '32', readKml],
  ['kml-not-xml.kml', 'kml-unreadable', 'KML', readKml],
  ['dxf-garbage.dxf', 'dxf-unreadable', 'DXF', readDxf],
  ['dxf-huge-vertex-count.dxf', 'dxf-unreadable', '99999999', readDxf],
  ['dxf-not-a-number.dxf', 'dxf-unreadable', 'NaN', readDxf],
  ['dxf-truncated-polyline.dxf', 'dxf-unreadable', 'SEQEND', readDxf],
  ['dxf-binary.dxf', 'dxf-binary', 'ASCII', readDxf],
  ['csv-nan-infinity.csv', 'table-no-coordinates', 'Dòng 2', readCoordinateTable],
  ['xlsx-bomb.xlsx', 'archive-bomb', 'sheet1.xml', readCoordinateTable],
  ['xlsx-entities.xlsx', 'xml-entities', 'XLSX', readCoordinateTable],
];

describe('hostile files', () => {
  it.each(cases)('%s is refused with %s', async (file, code, messageContains, reader) => {
    const bytes = new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', 'hostile', file)));
    const error = await reader({ name: file, bytes }, defaultImportLimits).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportRefused);
    expect((error as ImportRefused).code).toBe(code);
    expect((error as ImportRefused).message).toContain(messageContains);
    expect((error as ImportRefused).status).toBeGreaterThanOrEqual(400);
  });

  it('refuses a file above the upload size before reading it', async () => {
    const error = await readKml({ name: 'big.kml', bytes: new Uint8Array(2048) }, { ...defaultImportLimits, maxFileBytes: 1024 }).catch((e: unknown) => e);
    expect((error as ImportRefused).code).toBe('file-too-large');
  });
});
