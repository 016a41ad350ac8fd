/**
 * wkb-write against a small independent decoder of WKB and the GeoPackage binary header, so a
 * byte misplaced on either side shows up as a different geometry.
 */
import type { Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { envelopeOf, toGpkgGeometry, toWkb } from './wkb-write.ts';

function decodeWkb(view: DataView, start: number): { geometry: Geometry; end: number } {
  let at = start;
  const littleEndian = view.getUint8(at) === 1;
  at += 1;
  const type = view.getUint32(at, littleEndian);
  at += 4;
  const uint32 = () => {
    const value = view.getUint32(at, littleEndian);
    at += 4;
    return value;
  };
  const position = (): Position => {
    const p = [view.getFloat64(at, littleEndian), view.getFloat64(at + 8, littleEndian)];
    at += 16;
    return p;
  };
  const points = () => Array.from({ length: uint32() }, position);
  const members = () =>
    Array.from({ length: uint32() }, () => {
      const member = decodeWkb(view, at);
      at = member.end;
      return member.geometry;
    });
  switch (type) {
    case 1:
      return { geometry: { type: 'Point', coordinates: position() }, end: at };
    case 2:
      return { geometry: { type: 'LineString', coordinates: points() }, end: at };
    case 3:
      return { geometry: { type: 'Polygon', coordinates: Array.from({ length: uint32() }, points) }, end: at };
    case 4:
      return { geometry: { type: 'MultiPoint', coordinates: members().map((g) => (g as { coordinates: Position }).coordinates) }, end: at };
    case 5:
      return { geometry: { type: 'MultiLineString', coordinates: members().map((g) => (g as { coordinates: Position[] }).coordinates) }, end: at };
    case 6:
      return { geometry: { type: 'MultiPolygon', coordinates: members().map((g) => (g as { coordinates: Position[][] }).coordinates) }, end: at };
    case 7:
      return { geometry: { type: 'GeometryCollection', geometries: members() }, end: at };
    default:
      throw new Error(`unknown WKB type ${type}`);
  }
}

function decodeGpkg(bytes: Uint8Array): { srsId: number; envelope: number[] | null; empty: boolean; geometry: Geometry } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(String.fromCharCode(view.getUint8(0), view.getUint8(1))).toBe('GP');
  expect(view.getUint8(2)).toBe(0);
  const flags = view.getUint8(3);
  const littleEndian = (flags & 1) === 1;
  const envelopeKind = (flags >> 1) & 0b111;
  const empty = ((flags >> 4) & 1) === 1;
  const srsId = view.getInt32(4, littleEndian);
  const envelopeDoubles = [0, 4, 6, 6, 8][envelopeKind] as number;
  const envelope = envelopeDoubles === 0 ? null : Array.from({ length: envelopeDoubles }, (_, i) => view.getFloat64(8 + 8 * i, littleEndian));
  const { geometry, end } = decodeWkb(view, 8 + 8 * envelopeDoubles);
  expect(end).toBe(bytes.byteLength);
  return { srsId, envelope, empty, geometry };
}

const geometries: Geometry[] = [
  { type: 'Point', coordinates: [443515.331, 2427681.886] },
  { type: 'LineString', coordinates: [[106.7, 21.9], [106.71, 21.95], [106.72, 21.93]] },
  { type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], [[2, 2], [2, 4], [4, 4], [2, 2]]] },
  { type: 'MultiPoint', coordinates: [[1, 2], [3, 4]] },
  { type: 'MultiLineString', coordinates: [[[1, 1], [2, 2]], [[3, 3], [4, 5], [6, 7]]] },
  { type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[5, 5], [6, 5], [6, -6], [5, 5]]]] },
  { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [1, 1] }, { type: 'LineString', coordinates: [[0, 0], [1, -1]] }] },
];

describe('WKB writer', () => {
  it.each(geometries.map((g) => [g.type, g] as const))('%s decodes to the same geometry', (_type, geometry) => {
    const bytes = toWkb(geometry);
    const { geometry: decoded, end } = decodeWkb(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), 0);
    expect(end).toBe(bytes.byteLength);
    expect(decoded).toEqual(geometry);
  });

  it('writes a point as 21 bytes: byte order, type 1, x, y little-endian', () => {
    const bytes = toWkb({ type: 'Point', coordinates: [1, 2] });
    expect([...bytes]).toEqual([1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f, 0, 0, 0, 0, 0, 0, 0, 0x40]);
  });

  it('drops Z', () => {
    const bytes = toWkb({ type: 'LineString', coordinates: [[1, 2, 30], [3, 4, 40]] });
    expect(bytes.byteLength).toBe(1 + 4 + 4 + 2 * 16);
  });
});

describe('GeoPackage binary geometry', () => {
  it.each(geometries.map((g) => [g.type, g] as const))('%s: header with srs_id and [minx, maxx, miny, maxy], then the WKB', (_type, geometry) => {
    const decoded = decodeGpkg(toGpkgGeometry(geometry, 9215));
    expect(decoded.srsId).toBe(9215);
    expect(decoded.empty).toBe(false);
    const [minX, minY, maxX, maxY] = envelopeOf(geometry)!;
    expect(decoded.envelope).toEqual([minX, maxX, minY, maxY]);
    expect(decoded.geometry).toEqual(geometry);
  });

  it('flags an empty point and writes no envelope', () => {
    const decoded = decodeGpkg(toGpkgGeometry({ type: 'Point', coordinates: [] }, 4326));
    expect(decoded.empty).toBe(true);
    expect(decoded.envelope).toBeNull();
    expect((decoded.geometry as { coordinates: number[] }).coordinates.every(Number.isNaN)).toBe(true);
  });

  it('computes the envelope over every ring and member', () => {
    expect(envelopeOf(geometries[5]!)).toEqual([0, -6, 6, 5]);
  });
});
