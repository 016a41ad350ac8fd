/**
 * Moves a WGS84 [lon, lat] position by metres east and north. A local equirectangular step: exact
 * enough (< 0.1 %) over the few kilometres the demo layout works in.
 */
import type { Position } from 'geojson';

const METRES_PER_DEGREE_LATITUDE = 111_320;

export function offsetPosition(position: Position, eastMetres: number, northMetres: number): Position {
  const lon = position[0] as number;
  const lat = position[1] as number;
  const metresPerDegreeLongitude = METRES_PER_DEGREE_LATITUDE * Math.cos((lat * Math.PI) / 180);
  return [lon + eastMetres / metresPerDegreeLongitude, lat + northMetres / METRES_PER_DEGREE_LATITUDE];
}

/** East and north metres from `from` to `to` (the inverse of offsetPosition). */
export function metresBetween(from: Position, to: Position): [east: number, north: number] {
  const lat = from[1] as number;
  const metresPerDegreeLongitude = METRES_PER_DEGREE_LATITUDE * Math.cos((lat * Math.PI) / 180);
  return [((to[0] as number) - (from[0] as number)) * metresPerDegreeLongitude, ((to[1] as number) - (from[1] as number)) * METRES_PER_DEGREE_LATITUDE];
}
