import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaredCrsFromWkt, parseWkt, prjToEpsg } from './prj-to-epsg.ts';

const prj = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'prj', name), 'utf8');

describe('prjToEpsg', () => {
  it.each([
    ['vn2000-tm3-107-15.wkt1.prj', 9215],
    ['vn2000-tm3-107-15.wkt2.prj', 9215],
    ['vn2000-tm3-107-45.wkt1.prj', 5899],
  ])('reads the top-level authority of %s (GDAL WKT) as EPSG:%i', (file, code) => {
    expect(prjToEpsg(prj(file))).toBe(code);
  });

  it.each([
    ['ogr2ogr-epsg9215.prj', 9215],
    ['ogr2ogr-epsg9211.prj', 9211],
    ['ogr2ogr-epsg3405.prj', 3405],
    ['ogr2ogr-epsg4756.prj', 4756],
    ['vn2000-utm48.esri.prj', 3405],
    ['vn2000-handwritten-esri.prj', 9215],
    ['wgs84.esri.prj', 4326],
  ])('recognises the authority-less ESRI text %s by its values as EPSG:%i', (file, code) => {
    expect(prjToEpsg(prj(file))).toBe(code);
  });

  it('answers null for a system it does not accept by value (WGS84 UTM 48N, Hà Nội 72)', () => {
    expect(prjToEpsg(prj('wgs84-utm48.esri.prj'))).toBeNull();
    expect(prjToEpsg(prj('hanoi72-unknown.esri.prj'))).toBeNull();
  });

  it('does not take a nested authority (the base datum 4756) for the projected system', () => {
    const withoutTop = prj('vn2000-tm3-107-15.wkt1.prj').replace(/,\s*AUTHORITY\["EPSG","9215"\]\]\s*$/, ']');
    expect(withoutTop).not.toContain('"9215"');
    expect(prjToEpsg(withoutTop)).toBe(9215);
  });

  it('refuses a VN-2000 TM-3 meridian that is not a provincial one', () => {
    const odd = prj('vn2000-handwritten-esri.prj').replace('107.25', '107.1');
    expect(prjToEpsg(odd)).toBeNull();
  });

  it('answers null for text that is not WKT, and keeps the definition', () => {
    expect(parseWkt('not a prj')).toBeNull();
    expect(declaredCrsFromWkt('  garbage  ', 'prj')).toEqual({ epsg: null, definition: 'garbage', source: 'prj' });
  });
});
