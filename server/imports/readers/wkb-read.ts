/**
 * Well-Known Binary → GeoJSON geometry, and the GeoPackage geometry blob around it
 * (GeoPackage 1.3 §2.1.3). Hand-written so hostile counts cannot make it allocate or loop
 * beyond the bytes it was given: every count is checked against the bytes left. ISO (1000/2000/
 * 3000) and EWKB (high-bit) dimension flags; Z kept, M dropped (GeoJSON has no M).
 */
import type { Geometry, Position } from 'geojson';

export class WkbError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WkbError';
  }
}

const typeNames = ['', 'Point', 'LineString', 'Polygon', 'MultiPoint', 'MultiLineString', 'MultiPolygon', 'GeometryCollection'] as const;

class Cursor {
  private readonly view: DataView;
  offset: number;
  littleEndian = true;
  constructor(bytes: Uint8Array, offset = 0) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.offset = offset;
  }
  get remaining(): number {
    return this.view.byteLength - this.offset;
  }
  need(bytes: number, what: string): void {
    if (bytes > this.remaining) throw new WkbError(`WKB bị cắt cụt khi đọc ${what} (truncated WKB)`);
  }
  uint8(): number {
    this.need(1, 'byte order');
    return this.view.getUint8(this.offset++);
  }
  uint32(what: string): number {
    this.need(4, what);
    const value = this.view.getUint32(this.offset, this.littleEndian);
    this.offset += 4;
    return value;
  }
  float64(): number {
    const value = this.view.getFloat64(this.offset, this.littleEndian);
    this.offset += 8;
    return value;
  }
}

interface Header {
  type: number;
  hasZ: boolean;
  hasM: boolean;
}

function readHeader(cursor: Cursor): Header {
  const order = cursor.uint8();
  if (order !== 0 && order !== 1) throw new WkbError(`byte thứ tự ${order} không hợp lệ (bad WKB byte order)`);
  cursor.littleEndian = order === 1;
  const raw = cursor.uint32('geometry type');
  let hasZ = (raw & 0x80000000) !== 0;
  let hasM = (raw & 0x40000000) !== 0;
  if (raw & 0x20000000) cursor.uint32('SRID'); // EWKB carries an SRID; the container's srs wins.
  let type = raw & 0x0fffffff;
  const thousands = Math.floor(type / 1000);
  type %= 1000;
  if (thousands === 1 || thousands === 3) hasZ = true;
  if (thousands === 2 || thousands === 3) hasM = true;
  if (thousands > 3 || type < 1 || type > 7) throw new WkbError(`kiểu hình WKB ${raw} không được hỗ trợ (only Point…GeometryCollection)`);
  return { type, hasZ, hasM };
}

function readPositions(cursor: Cursor, count: number, header: Header): Position[] {
  const dimensions = 2 + (header.hasZ ? 1 : 0) + (header.hasM ? 1 : 0);
  cursor.need(count * dimensions * 8, 'tọa độ');
  const positions: Position[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const x = cursor.float64();
    const y = cursor.float64();
    const z = header.hasZ ? cursor.float64() : undefined;
    if (header.hasM) cursor.float64();
    positions[i] = z === undefined ? [x, y] : [x, y, z];
  }
  return positions;
}

function readCount(cursor: Cursor, minimumBytesEach: number, what: string): number {
  const count = cursor.uint32(what);
  cursor.need(count * minimumBytesEach, what);
  return count;
}

function readGeometry(cursor: Cursor, depth: number, maxDepth: number, expected?: number): Geometry | null {
  if (depth > maxDepth) throw new WkbError(`hình lồng sâu hơn ${maxDepth} cấp (geometry nested too deeply)`);
  const header = readHeader(cursor);
  if (expected !== undefined && header.type !== expected) throw new WkbError(`mong đợi ${typeNames[expected]}, gặp ${typeNames[header.type]}`);
  const pointBytes = 16 + (header.hasZ ? 8 : 0) + (header.hasM ? 8 : 0);
  switch (header.type) {
    case 1: {
      const [position] = readPositions(cursor, 1, header);
      // An empty point is written as NaN coordinates.
      return position && position.every((v) => !Number.isNaN(v)) ? { type: 'Point', coordinates: position } : null;
    }
    case 2:
      return { type: 'LineString', coordinates: readPositions(cursor, readCount(cursor, pointBytes, 'số điểm'), header) };
    case 3: {
      const rings = readCount(cursor, 4, 'số vòng');
      const coordinates: Position[][] = [];
      for (let i = 0; i < rings; i++) coordinates.push(readPositions(cursor, readCount(cursor, pointBytes, 'số điểm'), header));
      return { type: 'Polygon', coordinates };
    }
    case 4:
    case 5:
    case 6: {
      const parts = readCount(cursor, 9, 'số phần');
      const coordinates: unknown[] = [];
      for (let i = 0; i < parts; i++) {
        const part = readGeometry(cursor, depth + 1, maxDepth, header.type - 3);
        if (part && 'coordinates' in part) coordinates.push(part.coordinates);
      }
      const type = typeNames[header.type] as 'MultiPoint' | 'MultiLineString' | 'MultiPolygon';
      return { type, coordinates } as Geometry;
    }
    default: {
      const parts = readCount(cursor, 9, 'số phần');
      const geometries: Geometry[] = [];
      for (let i = 0; i < parts; i++) {
        const part = readGeometry(cursor, depth + 1, maxDepth);
        if (part) geometries.push(part);
      }
      return { type: 'GeometryCollection', geometries };
    }
  }
}

/** One WKB geometry (null for an empty point); throws WkbError on anything malformed or trailing. */
export function readWkb(bytes: Uint8Array, maxDepth = 32): Geometry | null {
  const cursor = new Cursor(bytes);
  const geometry = readGeometry(cursor, 0, maxDepth);
  if (cursor.remaining !== 0) throw new WkbError(`còn ${cursor.remaining} byte thừa sau hình (trailing bytes after WKB)`);
  return geometry;
}

/** Envelope sizes by the GeoPackage flags' envelope indicator (0–4). */
const envelopeBytes = [0, 32, 48, 48, 64];

/** A GeoPackage geometry blob ('GP', version, flags, srs_id, envelope, WKB) → geometry and srs_id. */
export function readGeoPackageGeometry(blob: Uint8Array, maxDepth = 32): { geometry: Geometry | null; srsId: number } {
  if (blob.byteLength < 8 || blob[0] !== 0x47 || blob[1] !== 0x50) throw new WkbError("không có mã 'GP' của GeoPackage (not a GeoPackage geometry)");
  const flags = blob[3] as number;
  if (flags & 0x20) throw new WkbError('hình dạng mở rộng (extended GeoPackage geometry) không được hỗ trợ');
  const envelope = envelopeBytes[(flags >> 1) & 0x07];
  if (envelope === undefined) throw new WkbError('mã bao hình (envelope indicator) không hợp lệ');
  const srsId = new DataView(blob.buffer, blob.byteOffset, blob.byteLength).getInt32(4, (flags & 0x01) === 1);
  const start = 8 + envelope;
  if (start > blob.byteLength) throw new WkbError('tiêu đề hình GeoPackage bị cắt cụt');
  if (flags & 0x10) return { geometry: null, srsId }; // the empty-geometry flag
  return { geometry: readWkb(blob.subarray(start), maxDepth), srsId };
}
