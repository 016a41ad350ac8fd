import { describe, expect, it } from 'vitest';
import { readGeoPackageGeometry, readWkb, WkbError } from './wkb-read.ts';

/** Builds WKB by hand: byte order, uint32 type, then values (counts as uint32, coordinates as float64). */
function wkb(littleEndian: boolean, type: number, parts: Array<['u32' | 'f64', number] | Uint8Array>): Uint8Array {
  const size = 5 + parts.reduce((sum, p) => sum + (p instanceof Uint8Array ? p.byteLength : p[0] === 'u32' ? 4 : 8), 0);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, littleEndian ? 1 : 0);
  view.setUint32(1, type, littleEndian);
  let at = 5;
  for (const part of parts) {
    if (part instanceof Uint8Array) {
      bytes.set(part, at);
      at += part.byteLength;
    } else if (part[0] === 'u32') {
      view.setUint32(at, part[1], littleEndian);
      at += 4;
    } else {
      view.setFloat64(at, part[1], littleEndian);
      at += 8;
    }
  }
  return bytes;
}
const f = (...values: number[]) => values.map((v): ['f64', number] => ['f64', v]);
const u = (value: number): ['u32', number] => ['u32', value];

describe('readWkb', () => {
  it('reads a little-endian and a big-endian point alike', () => {
    expect(readWkb(wkb(true, 1, f(443006.32, 2428255.7)))).toEqual({ type: 'Point', coordinates: [443006.32, 2428255.7] });
    expect(readWkb(wkb(false, 1, f(443006.32, 2428255.7)))).toEqual({ type: 'Point', coordinates: [443006.32, 2428255.7] });
  });

  it('keeps Z and drops M (ISO 1000/2000/3000 and EWKB flags)', () => {
    expect(readWkb(wkb(true, 1001, f(1, 2, 3)))).toEqual({ type: 'Point', coordinates: [1, 2, 3] });
    expect(readWkb(wkb(true, 2001, f(1, 2, 9)))).toEqual({ type: 'Point', coordinates: [1, 2] });
    expect(readWkb(wkb(true, 3001, f(1, 2, 3, 9)))).toEqual({ type: 'Point', coordinates: [1, 2, 3] });
    expect(readWkb(wkb(true, 0x80000001, f(1, 2, 3)))).toEqual({ type: 'Point', coordinates: [1, 2, 3] });
    expect(readWkb(wkb(true, 0x20000001, [u(4326), ...f(1, 2)]))).toEqual({ type: 'Point', coordinates: [1, 2] });
  });

  it('reads a polygon with a hole', () => {
    const ring = (...xy: number[]) => [u(xy.length / 2), ...f(...xy)];
    const polygon = readWkb(wkb(true, 3, [u(2), ...ring(0, 0, 10, 0, 10, 10, 0, 0), ...ring(1, 1, 2, 1, 2, 2, 1, 1)]));
    expect(polygon).toEqual({ type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 0]], [[1, 1], [2, 1], [2, 2], [1, 1]]] });
  });

  it('reads multi-geometries whose parts have their own byte order, and a GeometryCollection', () => {
    const point = (le: boolean, x: number, y: number) => wkb(le, 1, f(x, y));
    expect(readWkb(wkb(true, 4, [u(2), point(true, 1, 2), point(false, 3, 4)]))).toEqual({ type: 'MultiPoint', coordinates: [[1, 2], [3, 4]] });
    const line = wkb(true, 2, [u(2), ...f(0, 0, 1, 1)]);
    expect(readWkb(wkb(false, 5, [u(1), line]))).toEqual({ type: 'MultiLineString', coordinates: [[[0, 0], [1, 1]]] });
    const square = wkb(true, 3, [u(1), u(4), ...f(0, 0, 1, 0, 1, 1, 0, 0)]);
    expect(readWkb(wkb(true, 6, [u(1), square]))).toEqual({ type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]]] });
    expect(readWkb(wkb(true, 7, [u(2), point(true, 1, 2), line]))).toEqual({
      type: 'GeometryCollection',
      geometries: [{ type: 'Point', coordinates: [1, 2] }, { type: 'LineString', coordinates: [[0, 0], [1, 1]] }],
    });
  });

  it('reads an empty point (NaN coordinates) as null', () => {
    expect(readWkb(wkb(true, 1, f(Number.NaN, Number.NaN)))).toBeNull();
  });

  it('refuses a count larger than the bytes left, without allocating it', () => {
    expect(() => readWkb(wkb(true, 2, [u(0xffffffff), ...f(0, 0)]))).toThrow(WkbError);
    expect(() => readWkb(wkb(true, 7, [u(0x7fffffff)]))).toThrow(/cắt cụt/);
  });

  it('refuses unknown types, a part of the wrong type, trailing bytes and too-deep collections', () => {
    expect(() => readWkb(wkb(true, 8, f(0, 0)))).toThrow(WkbError);
    expect(() => readWkb(wkb(true, 4, [u(1), wkb(true, 2, [u(1), ...f(0, 0)])]))).toThrow(/MultiPoint|Point/);
    expect(() => readWkb(new Uint8Array([...wkb(true, 1, f(1, 2)), 0]))).toThrow(/thừa/);
    let nested = wkb(true, 1, f(1, 2));
    for (let i = 0; i < 5; i++) nested = wkb(true, 7, [u(1), nested]);
    expect(() => readWkb(nested, 3)).toThrow(/sâu/);
  });
});

describe('readGeoPackageGeometry', () => {
  const header = (flags: number, srsId: number, envelope: number[]) => {
    const bytes = new Uint8Array(8 + envelope.length * 8);
    const view = new DataView(bytes.buffer);
    bytes.set([0x47, 0x50, 0, flags]);
    view.setInt32(4, srsId, (flags & 1) === 1);
    envelope.forEach((v, i) => view.setFloat64(8 + i * 8, v, (flags & 1) === 1));
    return bytes;
  };

  it('skips the envelope and reads the srs id in the header byte order', () => {
    const blob = new Uint8Array([...header(0b0000_0011, 9215, [0, 1, 0, 1]), ...wkb(true, 1, f(5, 6))]);
    expect(readGeoPackageGeometry(blob)).toEqual({ geometry: { type: 'Point', coordinates: [5, 6] }, srsId: 9215 });
    const bigEndian = new Uint8Array([...header(0b0000_0000, 4326, []), ...wkb(false, 1, f(5, 6))]);
    expect(readGeoPackageGeometry(bigEndian).srsId).toBe(4326);
  });

  it('answers null for the empty flag and refuses a blob without the GP magic', () => {
    expect(readGeoPackageGeometry(new Uint8Array([...header(0b0001_0001, 9215, []), ...wkb(true, 1, f(0, 0))])).geometry).toBeNull();
    expect(() => readGeoPackageGeometry(wkb(true, 1, f(0, 0)))).toThrow(WkbError);
  });
});
