/**
 * Coordinate tables (CSV, XLSX) as Vietnamese surveys write them: one row per boundary point,
 * "STT | Tên điểm | X (m) | Y (m)" with X the NORTHING and Y the EASTING (the Gauss–Krüger
 * convention of VN-2000 cadastral records), decimal commas and space thousands
 * ("2 432 123,45"), optionally a lot column ("Thửa", "Lô", "Mã"…) splitting the points into
 * polygons in order. Geometry comes out [easting, northing] = [Y, X]. A lon/lat table
 * ("Kinh độ", "Vĩ độ") gives points, or polygons when it has a lot column. A table with a WKT
 * column (as the CSV export writes, and GIS tools: "WKT", "geometry", "wkt_geom") is read one
 * feature per row instead, the other columns as attributes, the export's derived label-point
 * columns dropped. No CRS is declared; the pipeline detects it from the values (or the user names it).
 */
import type { Geometry, Position } from 'geojson';
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/node';
import { zipSync } from 'fflate';
import type { ImportIssue } from '../../../shared/schemas/imports.ts';
import { vetXml } from './kml-reader.ts';
import { looksLikeZip, safeUnzip } from './safe-unzip.ts';
import { checkFileSize, decodeUtf8, enforceDatasetLimits, rowWhere, toAttributeValue, type AttributeValue } from './reader-support.ts';
import { ImportRefused, type ImportFile, type ImportLimits, type RawDataset, type RawFeature } from './reader-types.ts';

type Cell = string | number | boolean | Date | null | undefined;
type ColumnRole = 'name' | 'x' | 'y' | 'lon' | 'lat' | 'group' | 'wkt';

/** Header words (lower case, no diacritics, no punctuation, units dropped) → role. */
const headerRoles: ReadonlyArray<[ColumnRole, readonly string[]]> = [
  ['wkt', ['wkt', 'wktgeom', 'geometry', 'geom', 'thegeom']],
  ['x', ['x', 'toadox', 'xm', 'northing', 'n', 'xbac', 'toadobac']],
  ['y', ['y', 'toadoy', 'ym', 'easting', 'e', 'ydong', 'toadodong']],
  ['lon', ['kinhdo', 'lon', 'lng', 'long', 'longitude', 'kd']],
  ['lat', ['vido', 'lat', 'latitude', 'vd']],
  ['group', ['thua', 'thuaso', 'sothua', 'thuadat', 'lo', 'malo', 'lodat', 'ma', 'maso', 'polygon', 'ring', 'parcel', 'lot', 'khu', 'vung']],
  ['name', ['stt', 'tt', 'diem', 'tendiem', 'sohieudiem', 'sohieu', 'tenmoc', 'moc', 'point', 'name', 'ten', 'id', 'so', 'sodiem']],
];

/** A header as a comparable key: "Tọa độ X (m)" → "toadox". */
export function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\((m|met|metre|meter|do|°|deg)\)/g, '')
    .replace(/[^a-z0-9]/g, '');
}

function roleOf(header: string): ColumnRole | null {
  const key = headerKey(header);
  for (const [role, keys] of headerRoles) if (keys.includes(key)) return role;
  return null;
}

/**
 * A number as surveys write it: "2 432 123,45", "2.432.123,45", "2,432,123.45", "106,7012",
 * or a number cell. Null for anything else, including NaN, Infinity and hex.
 */
export function parseSurveyNumber(value: Cell): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  let text = value.trim().replace(/[\s\u00a0\u2009\u202f']/g, '');
  if (text === '') return null;
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    text = lastComma > lastDot ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  } else if (lastComma >= 0) {
    text = (text.match(/,/g) ?? []).length > 1 ? text.replace(/,/g, '') : text.replace(',', '.');
  } else if ((text.match(/\./g) ?? []).length > 1) {
    text = text.replace(/\./g, '');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d{1,3})?$/.test(text)) return null;
  const number = Number(text);
  return Number.isFinite(number) ? number : null;
}

/** Degrees written as 106°42'15.5" (or with ′ ″, an optional hemisphere letter), else a plain number. */
export function parseDegrees(value: Cell): number | null {
  if (typeof value === 'string') {
    const dms = /^\s*([-+]?\d{1,3})\s*[°º:]\s*(\d{1,2})\s*['′:]\s*(\d{1,2}(?:[.,]\d+)?)\s*(?:["″]|'')?\s*([NSEWnsew])?\s*$/.exec(value);
    if (dms) {
      const [, d, m, s, hemisphere] = dms;
      const magnitude = Math.abs(Number(d)) + Number(m) / 60 + Number((s as string).replace(',', '.')) / 3600;
      const negative = (d as string).startsWith('-') || /[SWsw]/.test(hemisphere ?? '');
      return negative ? -magnitude : magnitude;
    }
  }
  return parseSurveyNumber(value);
}

/** Projected coordinates beyond this many metres are typing errors or hostile values. */
const maxMetres = 1e8;

interface Columns {
  header: string[];
  headerRow: number;
  roles: Map<ColumnRole, number>;
}

function findColumns(rows: Cell[][]): Columns {
  for (let r = 0; r < Math.min(rows.length, 15); r++) {
    const header = (rows[r] ?? []).map((cell) => (cell === null || cell === undefined ? '' : String(cell).trim().normalize('NFC')));
    const roles = new Map<ColumnRole, number>();
    header.forEach((cell, index) => {
      const role = roleOf(cell);
      if (role && !roles.has(role)) roles.set(role, index);
    });
    if ((roles.has('x') && roles.has('y')) || (roles.has('lon') && roles.has('lat')) || roles.has('wkt')) return { header, headerRow: r, roles };
  }
  const seen = (rows[0] ?? []).map((c) => String(c ?? '').trim()).filter((c) => c !== '').slice(0, 10).join(', ');
  throw new ImportRefused(
    'table-no-coordinate-columns',
    `Không tìm thấy cột tọa độ: bảng cần cột "X (m)" và "Y (m)" (hoặc "Kinh độ" và "Vĩ độ") / No coordinate columns: the table needs "X (m)" and "Y (m)" (or longitude and latitude) columns${seen ? ` — các cột trong tệp / columns found: ${seen}` : ''}`,
  );
}

interface TablePoint {
  row: number;
  position: Position;
  group: string | null;
  properties: Record<string, AttributeValue>;
}

function closeRing(points: Position[]): { ring: Position[]; closed: boolean } {
  const first = points[0] as Position;
  const last = points[points.length - 1] as Position;
  if (first[0] === last[0] && first[1] === last[1]) return { ring: points, closed: false };
  return { ring: [...points, first], closed: true };
}

/** The label-point columns the CSV export adds after its WKT (csv-writer.ts labelColumns): derived, not attributes. */
const exportLabelColumn = /^(lon_wgs84|lat_wgs84|x_northing_vn2000(_utm48)?|y_easting_vn2000(_utm48)?)$/;

type Nested = Position | Nested[];

/**
 * OGC WKT (2D; Z and M values dropped by the pipeline's repair as for any file) → GeoJSON
 * geometry: POINT, LINESTRING, POLYGON and their MULTI forms, EMPTY as null. Throws a message
 * for anything else.
 */
export function parseWktGeometry(text: string, maxDepth = 8): Geometry | null {
  const match = /^\s*(POINT|LINESTRING|POLYGON|MULTIPOINT|MULTILINESTRING|MULTIPOLYGON)\s*(?:ZM|Z|M)?\s*(EMPTY|\(.*\))\s*$/is.exec(text);
  if (!match) throw new Error(`'${text.slice(0, 40)}' không phải WKT điểm/đường/vùng / is not point, line or polygon WKT`);
  const type = (match[1] as string).toUpperCase();
  if ((match[2] as string).toUpperCase() === 'EMPTY') return null;
  const tokens = (match[2] as string).match(/\(|\)|,|[^\s(),]+(?:\s+[^\s(),]+)*/g) ?? [];
  let at = 0;
  const list = (depth: number): Nested[] => {
    if (depth > maxDepth) throw new Error('WKT lồng quá sâu / WKT nested too deep');
    if (tokens[at++] !== '(') throw new Error('WKT thiếu "(" / WKT: "(" expected');
    const items: Nested[] = [];
    for (;;) {
      const token = tokens[at];
      if (token === '(') items.push(list(depth + 1));
      else if (token !== undefined && token !== ')' && token !== ',') {
        const numbers = token.trim().split(/\s+/).map(Number);
        if (numbers.length < 2 || numbers.some((n) => !Number.isFinite(n))) throw new Error(`WKT: tọa độ '${token.slice(0, 40)}' không hợp lệ / invalid position`);
        items.push(numbers);
        at++;
      } else throw new Error('WKT không đúng cú pháp / WKT syntax error');
      const next = tokens[at++];
      if (next === ')') return items;
      if (next !== ',') throw new Error('WKT không đúng cú pháp / WKT syntax error');
    }
  };
  const body = list(0);
  if (at !== tokens.length) throw new Error('WKT không đúng cú pháp / WKT syntax error');
  const positions = (items: Nested[]): Position[] => items.map((item) => (typeof item[0] === 'number' ? (item as Position) : ((item as Nested[])[0] as Position)));
  switch (type) {
    case 'POINT':
      return { type: 'Point', coordinates: body[0] as Position };
    case 'LINESTRING':
      return { type: 'LineString', coordinates: body as Position[] };
    case 'POLYGON':
      return { type: 'Polygon', coordinates: body as Position[][] };
    case 'MULTIPOINT':
      return { type: 'MultiPoint', coordinates: positions(body) };
    case 'MULTILINESTRING':
      return { type: 'MultiLineString', coordinates: body as Position[][] };
    default:
      return { type: 'MultiPolygon', coordinates: body as Position[][][] };
  }
}

/** A table with a WKT column: one feature per row. */
function wktTableToDataset(rows: Cell[][], columns: Columns, format: 'csv' | 'xlsx', limits: ImportLimits, warnings: ImportIssue[]): RawDataset {
  const { header, headerRow, roles } = columns;
  const wktColumn = roles.get('wkt') as number;
  const features: RawFeature[] = [];
  const errors: ImportIssue[] = [];
  if (rows.length - headerRow - 1 > limits.maxFeatures) {
    throw new ImportRefused('too-many-features', `Bảng có ${rows.length - headerRow - 1} dòng, tối đa ${limits.maxFeatures} / The table has ${rows.length - headerRow - 1} rows, at most ${limits.maxFeatures}`);
  }
  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (row.every((cell) => cell === null || cell === undefined || String(cell).trim() === '')) continue;
    const where = rowWhere(r + 1);
    const properties: Record<string, AttributeValue> = {};
    header.forEach((name, index) => {
      if (index === wktColumn || name === '' || exportLabelColumn.test(name)) return;
      properties[name.normalize('NFC')] = toAttributeValue(typeof row[index] === 'string' ? (row[index] as string).trim() : row[index]);
    });
    let geometry: Geometry | null = null;
    const text = String(row[wktColumn] ?? '').trim();
    if (text !== '') {
      try {
        geometry = parseWktGeometry(text, limits.maxDepth);
      } catch (error) {
        errors.push({ feature: features.length, where, code: 'geometry-unreadable', message: `Dòng ${r + 1}: ${(error as Error).message}` });
      }
    }
    features.push({ geometry, properties, where });
  }
  if (features.length === 0) throw new ImportRefused('table-no-coordinates', 'Bảng không có dòng nào / The table has no rows');
  return enforceDatasetLimits({ format, features, declaredCrs: null, errors, warnings }, limits);
}

function tableToDataset(rows: Cell[][], format: 'csv' | 'xlsx', limits: ImportLimits, warnings: ImportIssue[]): RawDataset {
  const columns = findColumns(rows);
  const { header, headerRow, roles } = columns;
  if (roles.has('wkt') && !(roles.has('x') && roles.has('y')) && !(roles.has('lon') && roles.has('lat'))) return wktTableToDataset(rows, columns, format, limits, warnings);
  const projected = roles.has('x') && roles.has('y');
  const first = projected ? (roles.get('x') as number) : (roles.get('lon') as number);
  const second = projected ? (roles.get('y') as number) : (roles.get('lat') as number);
  const groupColumn = roles.get('group');
  const errors: ImportIssue[] = [];
  const points: TablePoint[] = [];
  if (rows.length - headerRow - 1 > limits.maxFeatures * 10) {
    throw new ImportRefused('too-many-features', `Bảng có ${rows.length - headerRow - 1} dòng, vượt giới hạn mỗi lần nhập / The table has ${rows.length - headerRow - 1} rows, more than one import accepts`);
  }
  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (row.every((cell) => cell === null || cell === undefined || String(cell).trim() === '')) continue;
    const where = rowWhere(r + 1);
    const a = projected ? parseSurveyNumber(row[first]) : parseDegrees(row[first]);
    const b = projected ? parseSurveyNumber(row[second]) : parseDegrees(row[second]);
    const names = [header[first], header[second]];
    if (a === null || b === null) {
      const badColumn = a === null ? names[0] : names[1];
      const badValue = a === null ? row[first] : row[second];
      errors.push({ where, code: 'not-a-number', message: `Dòng ${r + 1}: giá trị '${String(badValue ?? '').slice(0, 40)}' ở cột "${badColumn}" không phải số / Row ${r + 1}: '${String(badValue ?? '').slice(0, 40)}' in column "${badColumn}" is not a number` });
      continue;
    }
    if (projected ? Math.abs(a) > maxMetres || Math.abs(b) > maxMetres : Math.abs(a) > 180 || Math.abs(b) > 90) {
      errors.push({ where, code: 'coordinate-out-of-range', message: `Dòng ${r + 1}: tọa độ (${a}, ${b}) nằm ngoài phạm vi hợp lệ / Row ${r + 1}: coordinates (${a}, ${b}) are out of any valid range` });
      continue;
    }
    const properties: Record<string, AttributeValue> = {};
    header.forEach((name, index) => {
      if (index === first || index === second || name === '') return;
      properties[name.normalize('NFC')] = toAttributeValue(typeof row[index] === 'string' ? (row[index] as string).trim() : row[index]);
    });
    const groupValue = groupColumn === undefined ? null : String(row[groupColumn] ?? '').trim() || null;
    // X is the northing and Y the easting: GeoJSON order is [easting, northing] = [Y, X].
    points.push({ row: r + 1, position: projected ? [b, a] : [a, b], group: groupValue, properties });
  }
  if (points.length === 0) {
    throw new ImportRefused('table-no-coordinates', `Bảng không có dòng tọa độ hợp lệ nào / The table has no valid coordinate row (${errors.length} rows refused${errors[0] ? `; ${errors[0].message}` : ''})`);
  }
  if (projected) {
    warnings.push({ code: 'x-read-as-northing', message: 'Cột X được đọc là tọa độ Bắc và cột Y là tọa độ Đông, theo cách ghi của hồ sơ đo đạc Việt Nam / Column X was read as northing and Y as easting, as Vietnamese surveys write them' });
  }

  const features: RawFeature[] = [];
  if (!projected && groupColumn === undefined) {
    for (const point of points) features.push({ geometry: { type: 'Point', coordinates: point.position }, properties: point.properties, where: rowWhere(point.row) });
  } else {
    const groups = new Map<string, TablePoint[]>();
    for (const point of points) {
      const key = point.group ?? '';
      const members = groups.get(key);
      if (members) members.push(point);
      else groups.set(key, [point]);
    }
    const groupHeader = groupColumn === undefined ? null : (header[groupColumn] as string);
    for (const [key, members] of groups) {
      const where = groupHeader && key !== '' ? `${groupHeader} ${key}` : rowWhere(members[0]?.row ?? 0, members[members.length - 1]?.row ?? 0);
      const properties: Record<string, AttributeValue> = groupHeader ? { [groupHeader.normalize('NFC')]: key === '' ? null : key } : {};
      properties.so_diem = members.length;
      const positions = members.map((m) => m.position);
      let geometry: Geometry;
      if (positions.length >= 3) {
        const { ring, closed } = closeRing(positions);
        if (closed) warnings.push({ feature: features.length, where, code: 'ring-closed', message: 'Điểm cuối khác điểm đầu; vòng ranh giới đã được khép lại bằng điểm đầu / The last point differs from the first; the boundary was closed with the first point' });
        geometry = { type: 'Polygon', coordinates: [ring] };
      } else if (positions.length === 2) {
        warnings.push({ feature: features.length, where, code: 'too-few-points', message: 'Chỉ có 2 điểm, được đọc là một đường, không phải vùng / Only 2 points: read as a line, not an area' });
        geometry = { type: 'LineString', coordinates: positions };
      } else {
        geometry = { type: 'Point', coordinates: positions[0] as Position };
      }
      if (positions.length > limits.maxVerticesPerFeature) {
        errors.push({ feature: features.length, where, code: 'too-many-vertices', message: `Có ${positions.length} điểm, vượt giới hạn ${limits.maxVerticesPerFeature} / ${positions.length} points, more than the limit of ${limits.maxVerticesPerFeature}` });
      }
      features.push({ geometry, properties, where });
    }
  }
  return enforceDatasetLimits({ format, features, declaredCrs: null, errors, warnings }, limits);
}

function decodeCsv(bytes: Uint8Array, warnings: ImportIssue[]): string {
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== null) return utf8.replace(/^\uFEFF/, '');
  warnings.push({ code: 'csv-encoding-guessed', message: 'Tệp CSV không phải UTF-8; văn bản được đọc theo bảng mã Windows-1258 / The CSV is not UTF-8: its text was read as Windows-1258' });
  // Windows-1258 writes most tones as combining marks: compose them so "Thửa" matches "Thửa".
  return new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
}

async function readXlsxRows(bytes: Uint8Array, limits: ImportLimits): Promise<Cell[][]> {
  // The workbook is unzipped by safeUnzip first (bombs, traversal…), its XML parts vetted for
  // entities, and read-excel-file is handed a re-packed archive of exactly those vetted bytes.
  const entries = safeUnzip(bytes, limits);
  const vetted: Record<string, Uint8Array> = {};
  for (const [name, data] of entries) {
    if (/\.(xml|rels)$/i.test(name)) vetXml(new TextDecoder('utf-8').decode(data), limits.maxDepth, 'XLSX');
    vetted[name] = data;
  }
  if (!Object.keys(vetted).some((name) => name.startsWith('xl/worksheets/'))) {
    throw new ImportRefused('xlsx-unreadable', 'Tệp không phải bảng tính Excel (.xlsx) đọc được: không có trang tính nào / The file is not a readable Excel workbook: it has no worksheet');
  }
  try {
    return (await readSheet(Buffer.from(zipSync(vetted, { level: 0 })))) as Cell[][];
  } catch (error) {
    throw new ImportRefused('xlsx-unreadable', `Bảng tính Excel không đọc được / The workbook cannot be read (${error instanceof Error ? error.message.split('\n')[0] : '?'})`);
  }
}

/**
 * The delimiter of a CSV: the candidate found most often (outside quotes) on any of the first
 * lines, ';' first on ties. Papaparse's own guess fails on two-column tables, and a decimal
 * comma must not pass for a delimiter ("1;2 428 255,696;443 006,320").
 */
export function guessDelimiter(text: string): string {
  const lines = text.split(/\r?\n/, 15);
  let best = { delimiter: ';', count: 0 };
  for (const delimiter of [';', '\t', ',', '|']) {
    for (const line of lines) {
      const count = line.replace(/"[^"]*"/g, '').split(delimiter).length - 1;
      if (count > best.count) best = { delimiter, count };
    }
  }
  return best.delimiter;
}

/** A CSV (',' ';' tab, BOM, UTF-8 or Windows-1258) or XLSX (first sheet) table of boundary points. */
export async function readCoordinateTable(file: ImportFile, limits: ImportLimits): Promise<RawDataset> {
  checkFileSize(file.bytes, limits);
  const warnings: ImportIssue[] = [];
  if (looksLikeZip(file.bytes)) return tableToDataset(await readXlsxRows(file.bytes, limits), 'xlsx', limits, warnings);
  const text = decodeCsv(file.bytes, warnings);
  const parsed = Papa.parse<string[]>(text, { delimiter: guessDelimiter(text), skipEmptyLines: false });
  return tableToDataset(parsed.data, 'csv', limits, warnings);
}
