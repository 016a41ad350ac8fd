/**
 * Which reader reads a file: detectFormat looks at the magic bytes first (a zip is opened to see
 * what it holds, names only) and at the extension for text formats, and importReaders maps each
 * format to its FormatReader. An archive's entries are vetted (safe-unzip) before their names
 * are trusted.
 */
import type { ImportFormat } from '../../../shared/schemas/imports.ts';
import { ImportRefused, type FormatReader, type ImportFile, type ImportLimits } from './reader-types.ts';
import { defaultImportLimits } from './import-limits.ts';
import { readGeoJson } from './geojson-reader.ts';
import { readKml, readKmz } from './kml-reader.ts';
import { readShapefileZip } from './shapefile-reader.ts';
import { readGeoPackage } from './geopackage-reader.ts';
import { readDxf } from './dxf-reader.ts';
import { readCoordinateTable } from './coordinate-table-reader.ts';
import { vetZipDirectory } from './safe-unzip.ts';

export const importReaders: Record<ImportFormat, FormatReader> = {
  geojson: readGeoJson,
  kml: readKml,
  kmz: readKmz,
  shapefile: readShapefileZip,
  geopackage: readGeoPackage,
  dxf: readDxf,
  csv: readCoordinateTable,
  xlsx: readCoordinateTable,
};

function startsWith(bytes: Uint8Array, magic: string): boolean {
  if (bytes.byteLength < magic.length) return false;
  for (let i = 0; i < magic.length; i += 1) if (bytes[i] !== magic.charCodeAt(i)) return false;
  return true;
}

function extensionOf(name: string): string {
  const lower = name.toLowerCase();
  if (lower.endsWith('.shp.zip')) return 'shp.zip';
  const dot = lower.lastIndexOf('.');
  return dot < 0 ? '' : lower.slice(dot + 1);
}

function zipFormat(bytes: Uint8Array, limits: ImportLimits): ImportFormat {
  const names = vetZipDirectory(bytes, limits).map((n) => n.toLowerCase());
  if (names.some((n) => n.endsWith('.shp'))) return 'shapefile';
  if (names.some((n) => n === 'doc.kml' || n.endsWith('.kml'))) return 'kmz';
  if (names.includes('[content_types].xml')) return 'xlsx';
  // A shapefile zipped once more (as e-mail clients and portals do): its reader opens one nested level.
  if (names.some((n) => n.endsWith('.zip'))) return 'shapefile';
  throw new ImportRefused('format-unknown', 'Tệp nén không chứa shapefile (.shp), KML hay bảng tính / The zip holds no shapefile (.shp), KML or spreadsheet');
}

/** The format of an uploaded file, from its bytes and (for text formats) its name. */
export function detectFormat(file: ImportFile, limits: ImportLimits = defaultImportLimits): ImportFormat {
  const { bytes } = file;
  const ext = extensionOf(file.name);
  if (startsWith(bytes, 'PK\u0003\u0004') || startsWith(bytes, 'PK\u0005\u0006')) return zipFormat(bytes, limits);
  if (startsWith(bytes, 'SQLite format 3\u0000')) return 'geopackage';
  if (startsWith(bytes, 'AutoCAD Binary DXF')) {
    throw new ImportRefused('format-unsupported', 'DXF nhị phân chưa được hỗ trợ, hãy lưu DXF dạng văn bản (ASCII) / Binary DXF is not supported: save it as ASCII DXF');
  }
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('<?xml') || head.startsWith('<kml')) return 'kml';
  if (/^0\s*\r?\n\s*SECTION/.test(head)) return 'dxf';
  if (head.startsWith('{') || head.startsWith('[')) return 'geojson';
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') return 'csv';
  if (ext === 'geojson' || ext === 'json') return 'geojson';
  if (ext === 'kml') return 'kml';
  if (ext === 'dxf') return 'dxf';
  throw new ImportRefused(
    'format-unknown',
    `Không nhận ra định dạng của "${file.name}" (GeoJSON, KML/KMZ, Shapefile .zip, GeoPackage, DXF, CSV, XLSX) / Unrecognised file format`,
  );
}
