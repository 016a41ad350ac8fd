/**
 * Mutation fuzzing with a fixed seed: good fixtures with random bytes overwritten (and sometimes
 * cut short) must be read or refused with ImportRefused — never another exception, never a hang.
 * It found three endless loops, all refused or avoided now: a .dbf claiming 825 million records
 * (vetDbf), a POLYLINE cut before SEQEND and a damaged ENDTAB in dxf-parser (vetDxfText).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCoordinateTable } from './coordinate-table-reader.ts';
import { readDxf } from './dxf-reader.ts';
import { readGeoPackage } from './geopackage-reader.ts';
import { defaultImportLimits } from './import-limits.ts';
import { readKml, readKmz } from './kml-reader.ts';
import { ImportRefused, type FormatReader } from './reader-types.ts';
import { readShapefileZip } from './shapefile-reader.ts';

const cases: Array<[file: string, reader: FormatReader, mutations: number]> = [
  ['lots-9215-cp1258.zip', readShapefileZip, 200],
  ['lots-9215.gpkg', readGeoPackage, 40],
  ['plan-labels.dxf', readDxf, 200],
  ['lots-9215-hatch.dxf', readDxf, 200],
  ['lots.kml', readKml, 200],
  ['lots.kmz', readKmz, 200],
  ['points-9215.csv', readCoordinateTable, 200],
  ['points-9215.xlsx', readCoordinateTable, 200],
];

describe('mutated good files', () => {
  it.each(cases)('%s with random bytes overwritten is read or refused cleanly', async (file, reader, mutations) => {
    let seed = 20261126;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const original = new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', file)));
    const unexpected: string[] = [];
    for (let i = 0; i < mutations; i++) {
      const bytes = original.slice();
      const flips = 1 + Math.floor(random() * 8);
      for (let k = 0; k < flips; k++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      const input = random() < 0.2 ? bytes.subarray(0, Math.floor(random() * bytes.length)) : bytes;
      try {
        await reader({ name: file, bytes: input }, defaultImportLimits);
      } catch (error) {
        if (!(error instanceof ImportRefused)) unexpected.push(`mutation ${i}: ${String(error)}`);
      }
    }
    expect(unexpected).toEqual([]);
  });
});
