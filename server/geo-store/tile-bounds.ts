import type { BBox } from '../../shared/geo/bbox.ts';

function tileLongitude(x: number, z: number): number {
  return (x / 2 ** z) * 360 - 180;
}

function tileLatitude(y: number, z: number): number {
  const n = Math.PI - (2 * Math.PI * y) / 2 ** z;
  return (180 / Math.PI) * Math.atan(0.5 * (Math.exp(n) - Math.exp(-n)));
}

/**
 * WGS84 bounds of a Web Mercator (XYZ) tile, grown by `bufferFraction` of the tile on each side
 * so that features just outside still draw their edges.
 */
export function tileBBox(z: number, x: number, y: number, bufferFraction = 0): BBox {
  return [
    tileLongitude(x - bufferFraction, z),
    tileLatitude(y + 1 + bufferFraction, z),
    tileLongitude(x + 1 + bufferFraction, z),
    tileLatitude(y - bufferFraction, z),
  ];
}

/** The XYZ tile [z, x, y] that holds a WGS84 position at zoom z. */
export function tileContaining(lon: number, lat: number, z: number): [number, number, number] {
  const n = 2 ** z;
  const x = Math.floor(((lon + 180) / 360) * n);
  const rad = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return [z, x, y];
}
