/**
 * Zipped Shapefile reader: every .shp in the archive (with its .dbf, .prj, .cpg) is a layer; the
 * coordinates come out exactly as stored (shpjs is given no projection), the .prj is matched to
 * an EPSG code, and the DBF text is decoded from .cpg, the language-driver byte, or — failing
 * both — UTF-8 with a Windows-1258 fallback (Vietnamese TCVN3/ABC-era files are usually 1258).
 * Polygon rings are turned from the shapefile's winding (outer rings clockwise, holes
 * counter-clockwise: ESRI Shapefile Technical Description) to GeoJSON's (RFC 7946, the reverse), so that a
 * file written to the specification is not reported as "rewound" on every polygon.
 */
import type { Geometry } from 'geojson';
import { parseDbf, parseShp } from 'shpjs';
import { declaredCrsFromWkt } from './prj-to-epsg.ts';
import { baseName, looksLikeZip, safeUnzip } from './safe-unzip.ts';
import { checkFileSize, decodeUtf8, enforceDatasetLimits, featureWhere, toAttributeValue, type AttributeValue } from './reader-support.ts';
import type { ImportIssue } from '../../../shared/schemas/imports.ts';
import { ImportRefused, type DeclaredCrs, type ImportFile, type ImportLimits, type RawDataset, type RawFeature } from './reader-types.ts';

interface LayerFiles {
  name: string;
  shp?: Uint8Array;
  dbf?: Uint8Array;
  prj?: Uint8Array;
  cpg?: Uint8Array;
}

/**
 * dBASE language-driver ids (byte 29) → encodings TextDecoder knows (the DOS code pages 437/850/852
 * are not among them and fall through to the UTF-8 / 1258 guess); 0x00 and 0x57 ("ANSI", the
 * writer's code page) say nothing.
 */
export const languageDrivers: ReadonlyMap<number, string> = new Map([
  [0x03, 'windows-1252'], [0x65, 'ibm866'],
  [0x7d, 'windows-1255'], [0x7e, 'windows-1256'], [0xc8, 'windows-1250'], [0xc9, 'windows-1251'], [0xca, 'windows-1254'], [0xcb, 'windows-1253'],
]);

/** A .cpg label (UTF-8, 65001, 1258, CP1258, ANSI 1258, Windows-1258…) → a label TextDecoder knows, or null. */
export function encodingFromCpg(label: string): string | null {
  const text = label.trim().toLowerCase().replace(/^ansi[\s_]*/, '');
  if (text === '') return null;
  if (text === '65001' || text === 'utf8' || text === 'utf-8') return 'utf-8';
  const codePage = /^(?:cp|windows[-_]?|win)?(\d{3,4})$/.exec(text)?.[1];
  const candidate = codePage ? (codePage === '866' ? 'ibm866' : `windows-${codePage}`) : text;
  try {
    return new TextDecoder(candidate).encoding;
  } catch {
    return null;
  }
}

/** Which encoding the DBF text is in, and how that was decided (for the report). */
export function dbfEncoding(dbf: Uint8Array, cpg: Uint8Array | undefined): { encoding: string; how: 'cpg' | 'language-driver' | 'utf-8-valid' | 'fallback-1258' } {
  if (cpg) {
    const fromCpg = encodingFromCpg(new TextDecoder('latin1').decode(cpg));
    if (fromCpg) return { encoding: fromCpg, how: 'cpg' };
  }
  const driver = dbf.byteLength > 29 ? languageDrivers.get(dbf[29] as number) : undefined;
  if (driver) return { encoding: driver, how: 'language-driver' };
  const headerLength = dbf.byteLength >= 10 ? (dbf[8] as number) | ((dbf[9] as number) << 8) : 0;
  if (decodeUtf8(dbf.subarray(Math.min(headerLength, dbf.byteLength))) !== null) return { encoding: 'utf-8', how: 'utf-8-valid' };
  return { encoding: 'windows-1258', how: 'fallback-1258' };
}

function unreadable(layer: string, reason: string): never {
  throw new ImportRefused('shapefile-unreadable', `Lớp '${layer}' của Shapefile không đọc được / Shapefile layer '${layer}' cannot be read: ${reason}`);
}

/**
 * Walks the .shp record headers before shpjs does: a negative or overlong record length would
 * send its reader backwards or past the end. Answers the record count.
 */
function vetShp(layer: string, shp: Uint8Array, limits: ImportLimits): number {
  if (shp.byteLength < 100) unreadable(layer, 'tệp .shp quá ngắn / the .shp is truncated');
  const view = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
  if (view.getInt32(0, false) !== 9994) unreadable(layer, 'tệp .shp không đúng định dạng / the .shp has a wrong file code');
  const shapeType = view.getInt32(32, true);
  if (![0, 1, 3, 5, 8, 11, 13, 15, 18, 21, 23, 25, 28].includes(shapeType)) {
    unreadable(layer, shapeType === 31 ? 'kiểu MultiPatch không được hỗ trợ / MultiPatch is not supported' : `kiểu hình ${shapeType} không được hỗ trợ / shape type ${shapeType} is not supported`);
  }
  let records = 0;
  for (let offset = 100; offset + 8 <= shp.byteLength;) {
    const contentBytes = view.getInt32(offset + 4, false) * 2;
    if (contentBytes < 4 || offset + 8 + contentBytes > shp.byteLength) unreadable(layer, `bản ghi ${records + 1} có độ dài sai / record ${records + 1} has a wrong length`);
    offset += 8 + contentBytes;
    records++;
    if (records > limits.maxFeatures) {
      throw new ImportRefused('too-many-features', `Lớp '${layer}' có hơn ${limits.maxFeatures} đối tượng, vượt giới hạn mỗi lần nhập / Layer '${layer}' has more than the limit of ${limits.maxFeatures} features per import`);
    }
  }
  return records;
}

/**
 * Checks the .dbf header against its size before parsedbf loops over the declared record count
 * (825 million records in a 1 kB file would otherwise run for ever).
 */
function vetDbf(layer: string, dbf: Uint8Array): void {
  if (dbf.byteLength < 33) unreadable(layer, 'tệp .dbf quá ngắn / the .dbf is truncated');
  const view = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength);
  const records = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  if (headerLength < 33 || headerLength > dbf.byteLength || recordLength < 1) unreadable(layer, 'tiêu đề tệp .dbf sai / the .dbf header is wrong');
  if (headerLength + records * recordLength > dbf.byteLength) {
    unreadable(layer, `tệp .dbf khai báo ${records} bản ghi nhưng không đủ dữ liệu / the .dbf declares ${records} records but does not hold them`);
  }
}

/** A DBF date (shpjs builds it in local time) as YYYY-MM-DD. */
function dbfValue(value: unknown): AttributeValue {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  if (typeof value === 'string' && value === '') return null;
  return toAttributeValue(value);
}

function collectLayers(entries: Map<string, Uint8Array>, limits: ImportLimits, nestingLevel: number): Map<string, LayerFiles> {
  const layers = new Map<string, LayerFiles>();
  for (const [entryName, bytes] of entries) {
    const base = baseName(entryName);
    if (entryName.includes('__MACOSX/') || base.startsWith('._')) continue;
    const extension = /\.(shp|dbf|prj|cpg)$/.exec(base)?.[1] as keyof Omit<LayerFiles, 'name'> | undefined;
    if (extension) {
      const stem = entryName.slice(0, -(extension.length + 1));
      const key = stem.toLowerCase();
      const layer = layers.get(key) ?? { name: stem.split('/').pop() ?? stem };
      layer[extension] = bytes;
      layers.set(key, layer);
    } else if (nestingLevel === 0 && looksLikeZip(bytes)) {
      // One level of archive-in-archive is common ("ban_do.zip" inside the upload); deeper is refused.
      for (const [key, layer] of collectLayers(safeUnzip(bytes, limits, { nestingLevel: 1 }), limits, 1)) layers.set(`${entryName}/${key}`, layer);
    }
  }
  return layers;
}

/** Shapefile ring order → RFC 7946 ring order (every ring reversed; the vertices are untouched). */
function toGeoJsonWinding(geometry: Geometry | null): Geometry | null {
  if (geometry?.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map((ring) => [...ring].reverse()) };
  if (geometry?.type === 'MultiPolygon') return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => [...ring].reverse())) };
  return geometry;
}

function readLayer(layer: LayerFiles & { shp: Uint8Array }, limits: ImportLimits, warnings: ImportIssue[]): Array<Omit<RawFeature, 'where'>> {
  const records = vetShp(layer.name, layer.shp, limits);
  let geometries: Array<Geometry | null>;
  try {
    // No .prj passed: shpjs would otherwise reproject to WGS84 with proj4; the pipeline does that.
    geometries = (parseShp(layer.shp) as Array<Geometry | null>).map(toGeoJsonWinding);
  } catch (error) {
    unreadable(layer.name, `tệp .shp hỏng / the .shp is corrupt (${error instanceof Error ? error.message : '?'})`);
  }
  let rows: Array<Record<string, unknown>> = [];
  if (layer.dbf) {
    vetDbf(layer.name, layer.dbf);
    const { encoding, how } = dbfEncoding(layer.dbf, layer.cpg);
    if (how === 'fallback-1258') {
      warnings.push({ code: 'dbf-encoding-guessed', message: `Lớp '${layer.name}' không có tệp .cpg; văn bản không phải UTF-8 nên được đọc theo bảng mã Windows-1258 / Layer '${layer.name}' has no .cpg and its text is not UTF-8: it was read as Windows-1258` });
    }
    try {
      rows = parseDbf(layer.dbf, encoding) as Array<Record<string, unknown>>;
    } catch (error) {
      unreadable(layer.name, `tệp .dbf hỏng / the .dbf is corrupt (${error instanceof Error ? error.message : '?'})`);
    }
    if (rows.length !== records) {
      warnings.push({ code: 'dbf-count-mismatch', message: `Lớp '${layer.name}': tệp .shp có ${records} hình nhưng .dbf có ${rows.length} bản ghi / Layer '${layer.name}': the .shp has ${records} shapes but the .dbf ${rows.length} records` });
    }
  } else {
    warnings.push({ code: 'no-dbf', message: `Lớp '${layer.name}' không có tệp .dbf: các đối tượng không có thuộc tính / Layer '${layer.name}' has no .dbf: its features have no attributes` });
  }
  return geometries.map((geometry, index) => {
    const properties: Record<string, AttributeValue> = {};
    for (const [key, value] of Object.entries(rows[index] ?? {})) properties[key.normalize('NFC')] = dbfValue(value);
    if (geometry && 'bbox' in geometry) delete geometry.bbox;
    return { geometry, properties };
  });
}

/** A zipped Shapefile (one or several layers); raw coordinates, .prj → declaredCrs. */
export async function readShapefileZip(file: ImportFile, limits: ImportLimits): Promise<RawDataset> {
  checkFileSize(file.bytes, limits);
  const layers = [...collectLayers(safeUnzip(file.bytes, limits), limits, 0).values()].sort((a, b) => a.name.localeCompare(b.name));
  const withShp = layers.filter((layer): layer is LayerFiles & { shp: Uint8Array } => layer.shp !== undefined);
  if (withShp.length === 0) {
    throw new ImportRefused('shapefile-no-shp', 'Tệp nén không chứa tệp .shp nào; Shapefile cần ít nhất các tệp .shp, .shx và .dbf cùng tên / The zip holds no .shp; a Shapefile needs at least .shp, .shx and .dbf files of the same name');
  }
  const warnings: ImportIssue[] = [];
  const features: RawFeature[] = [];
  let declaredCrs: DeclaredCrs | null = null;
  for (const layer of withShp) {
    const layerName = withShp.length > 1 ? layer.name : undefined;
    readLayer(layer, limits, warnings).forEach((feature, index) => features.push({ ...feature, where: featureWhere(index + 1, layerName) }));
    if (layer.prj) {
      const declared = declaredCrsFromWkt(new TextDecoder('utf-8').decode(layer.prj), 'prj');
      if (!declaredCrs) declaredCrs = declared;
      else if (declared.epsg !== declaredCrs.epsg) {
        warnings.push({ code: 'layers-differ-in-crs', message: `Lớp '${layer.name}' khai báo hệ tọa độ khác lớp đầu tiên; toàn bộ tệp được coi là cùng hệ tọa độ của lớp đầu tiên / Layer '${layer.name}' declares another CRS than the first layer; the whole file is taken to be in the first layer's CRS` });
      }
    } else {
      warnings.push({ code: 'no-prj', message: `Lớp '${layer.name}' không có tệp .prj: hệ tọa độ sẽ được đoán theo giá trị tọa độ / Layer '${layer.name}' has no .prj: the CRS will be guessed from the coordinate values` });
    }
    if (features.length > limits.maxFeatures) {
      throw new ImportRefused('too-many-features', `Tệp có hơn ${limits.maxFeatures} đối tượng, vượt giới hạn mỗi lần nhập / The file has more than the limit of ${limits.maxFeatures} features per import`);
    }
  }
  return enforceDatasetLimits({ format: 'shapefile', features, declaredCrs, errors: [], warnings }, limits);
}
