/**
 * Which reader reads a file: detectFormat looks at the magic bytes first (a zip is opened to see
 * what it holds, names only) and at the extension for text formats, and importReaders maps each
 * format to its FormatReader. Readers not written yet refuse with 'format-unsupported'; plugging
 * one in is one line here.
 */
import { unzipSync } from 'fflate';
import type { ImportFormat } from '../../../shared/schemas/imports.ts';
import { ImportRefused, type FormatReader, type ImportFile } from './reader-types.ts';
import { readGeoJson } from './geojson-reader.ts';

function notYet(format: ImportFormat): FormatReader {
  return async () => {
    throw new ImportRefused('format-unsupported', `Chưa đọc được định dạng ${format} / The ${format} format cannot be read yet`);
  };
}

export const importReaders: Record<ImportFormat, FormatReader> = {
  geojson: readGeoJson,
  kml: notYet('kml'),
  kmz: notYet('kmz'),
  shapefile: notYet('shapefile'),
  geopackage: notYet('geopackage'),
  dxf: notYet('dxf'),
  csv: notYet('csv'),
  xlsx: notYet('xlsx'),
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

/** The entry names of a zip, read from its directory without inflating anything. */
function zipEntryNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter(entry) {
        names.push(entry.name);
        return false;
      },
    });
  } catch {
    throw new ImportRefused('invalid-archive', 'Tệp nén bị hỏng / The zip archive is damaged');
  }
  return names;
}

function zipFormat(bytes: Uint8Array): ImportFormat {
  const names = zipEntryNames(bytes).map((n) => n.toLowerCase());
  if (names.some((n) => n.endsWith('.shp'))) return 'shapefile';
  if (names.some((n) => n === 'doc.kml' || n.endsWith('.kml'))) return 'kmz';
  if (names.includes('[content_types].xml')) return 'xlsx';
  throw new ImportRefused('format-unknown', 'Tệp nén không chứa shapefile (.shp), KML hay bảng tính / The zip holds no shapefile (.shp), KML or spreadsheet');
}

/** The format of an uploaded file, from its bytes and (for text formats) its name. */
export function detectFormat(file: ImportFile): ImportFormat {
  const { bytes } = file;
  const ext = extensionOf(file.name);
  if (startsWith(bytes, 'PK\u0003\u0004') || startsWith(bytes, 'PK\u0005\u0006')) return zipFormat(bytes);
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
