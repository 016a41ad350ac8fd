/**
 * Well-Known Binary (ISO/OGC SFA, 2D, little-endian) and the GeoPackage binary geometry that wraps
 * it (GeoPackage 1.3 §2.1.3: "GP", version 0, flags, srs_id, an XY envelope, then the WKB).
 * Written by hand: positions are taken as given (already in the target CRS).
 */
import type { Geometry, Position } from 'geojson';

const wkbType = { Point: 1, LineString: 2, Polygon: 3, MultiPoint: 4, MultiLineString: 5, MultiPolygon: 6, GeometryCollection: 7 } as const;

/** Grows as it is written; little-endian throughout. */
class ByteWriter {
  private buffer = new ArrayBuffer(256);
  private view = new DataView(this.buffer);
  length = 0;

  private reserve(bytes: number): void {
    if (this.length + bytes <= this.buffer.byteLength) return;
    let size = this.buffer.byteLength * 2;
    while (size < this.length + bytes) size *= 2;
    const grown = new ArrayBuffer(size);
    new Uint8Array(grown).set(new Uint8Array(this.buffer, 0, this.length));
    this.buffer = grown;
    this.view = new DataView(grown);
  }

  uint8(value: number): void {
    this.reserve(1);
    this.view.setUint8(this.length, value);
    this.length += 1;
  }

  uint32(value: number): void {
    this.reserve(4);
    this.view.setUint32(this.length, value, true);
    this.length += 4;
  }

  int32(value: number): void {
    this.reserve(4);
    this.view.setInt32(this.length, value, true);
    this.length += 4;
  }

  float64(value: number): void {
    this.reserve(8);
    this.view.setFloat64(this.length, value, true);
    this.length += 8;
  }

  bytes(): Uint8Array {
    return new Uint8Array(this.buffer.slice(0, this.length));
  }
}

function writePosition(out: ByteWriter, position: Position): void {
  out.float64(position[0] as number);
  out.float64(position[1] as number);
}

function writePoints(out: ByteWriter, positions: readonly Position[]): void {
  out.uint32(positions.length);
  for (const position of positions) writePosition(out, position);
}

function writeGeometry(out: ByteWriter, geometry: Geometry): void {
  out.uint8(1); // little-endian
  out.uint32(wkbType[geometry.type]);
  switch (geometry.type) {
    case 'Point':
      // An empty point is written with NaN coordinates (the GeoPackage and GEOS convention).
      if (geometry.coordinates.length < 2) {
        out.float64(Number.NaN);
        out.float64(Number.NaN);
      } else writePosition(out, geometry.coordinates);
      return;
    case 'LineString':
      writePoints(out, geometry.coordinates);
      return;
    case 'Polygon':
      out.uint32(geometry.coordinates.length);
      for (const ring of geometry.coordinates) writePoints(out, ring);
      return;
    case 'MultiPoint':
      out.uint32(geometry.coordinates.length);
      for (const coordinates of geometry.coordinates) writeGeometry(out, { type: 'Point', coordinates });
      return;
    case 'MultiLineString':
      out.uint32(geometry.coordinates.length);
      for (const coordinates of geometry.coordinates) writeGeometry(out, { type: 'LineString', coordinates });
      return;
    case 'MultiPolygon':
      out.uint32(geometry.coordinates.length);
      for (const coordinates of geometry.coordinates) writeGeometry(out, { type: 'Polygon', coordinates });
      return;
    case 'GeometryCollection':
      out.uint32(geometry.geometries.length);
      for (const member of geometry.geometries) writeGeometry(out, member);
      return;
  }
}

/** ISO WKB of a 2D GeoJSON geometry (any Z is dropped), little-endian. */
export function toWkb(geometry: Geometry): Uint8Array {
  const out = new ByteWriter();
  writeGeometry(out, geometry);
  return out.bytes();
}

function positionsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return geometry.coordinates.length >= 2 ? [geometry.coordinates] : [];
    case 'LineString':
    case 'MultiPoint':
      return geometry.coordinates;
    case 'Polygon':
    case 'MultiLineString':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positionsOf);
  }
}

/** [minX, minY, maxX, maxY] of a geometry's positions, or null when it has none. */
export function envelopeOf(geometry: Geometry): [number, number, number, number] | null {
  const positions = positionsOf(geometry);
  if (positions.length === 0) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of positions as [number, number][]) {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return [minX, minY, maxX, maxY];
}

/**
 * A GeoPackage binary geometry: header (magic "GP", version 0, flags = little-endian + XY
 * envelope, or the empty flag and no envelope), srs_id, envelope [minx, maxx, miny, maxy], WKB.
 */
export function toGpkgGeometry(geometry: Geometry, srsId: number): Uint8Array {
  const envelope = envelopeOf(geometry);
  const wkb = toWkb(geometry);
  const header = new ByteWriter();
  header.uint8(0x47); // G
  header.uint8(0x50); // P
  header.uint8(0); // version 1
  // Flags: bit 0 byte order (1 = little-endian), bits 1–3 envelope (1 = xy), bit 4 empty.
  header.uint8(envelope ? 0b0000_0011 : 0b0001_0001);
  header.int32(srsId);
  if (envelope) {
    header.float64(envelope[0]);
    header.float64(envelope[2]);
    header.float64(envelope[1]);
    header.float64(envelope[3]);
  }
  const head = header.bytes();
  const result = new Uint8Array(head.length + wkb.length);
  result.set(head, 0);
  result.set(wkb, head.length);
  return result;
}
