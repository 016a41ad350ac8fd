/** Parsing of query parameters shared by /ogc and /tiles: each failure names its parameter. */
import type { BBox } from '../../shared/geo/bbox.ts';
import { badRequest } from './http-error.ts';

export function singleParam(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw badRequest(name, 'give the parameter once, as a plain value');
  return value;
}

export function parseIntegerParam(value: string | undefined, name: string, { min, max, fallback }: { min: number; max: number; fallback: number }): number {
  if (value === undefined) return fallback;
  if (!/^-?\d+$/.test(value)) throw badRequest(name, `must be a whole number, got "${value}"`);
  const number = Number(value);
  if (number < min || number > max) throw badRequest(name, `must be between ${min} and ${max}, got ${number}`);
  return number;
}

/** `bbox=west,south,east,north` in WGS84 degrees (OGC API – Features, CRS84). */
export function parseBBoxParam(value: string | undefined): BBox | undefined {
  if (value === undefined) return undefined;
  const parts = value.split(',');
  if (parts.length !== 4) throw badRequest('bbox', 'expected four numbers: west,south,east,north');
  const numbers = parts.map((p) => (p.trim() === '' ? Number.NaN : Number(p)));
  if (numbers.some((n) => !Number.isFinite(n))) throw badRequest('bbox', `expected four numbers, got "${value}"`);
  const [west, south, east, north] = numbers as [number, number, number, number];
  if (west < -180 || east > 180 || south < -90 || north > 90) throw badRequest('bbox', 'longitudes must lie in [-180, 180] and latitudes in [-90, 90]');
  if (west > east || south > north) throw badRequest('bbox', 'west must not exceed east, nor south exceed north');
  return [west, south, east, north];
}
