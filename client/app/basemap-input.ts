/** Turns the server's basemap choice into build-style's basemap input, with absolute URLs. Pure. */
import type { BasemapInput } from '../map/basemap.ts';
import type { StyleSpecification } from '../map/build-style.ts';
import type { ClientConfig } from './trpc.ts';

export const offlineBasemapPaths = {
  land: '/api/basemap/vietnam-land.geojson',
  province: '/api/basemap/langson-province.geojson',
} as const;

/**
 * @param origin the page origin; MapLibre fetches from a worker, so URLs must be absolute
 * @param onlineStyle the fetched style document when config asks for one and it loaded
 */
export function basemapInput(origin: string, config: ClientConfig['basemap'] | undefined, onlineStyle: StyleSpecification | undefined): BasemapInput {
  const provinceUrl = new URL(offlineBasemapPaths.province, origin).href;
  const landUrl = new URL(offlineBasemapPaths.land, origin).href;
  if (config?.kind === 'raster') return { kind: 'raster', tiles: config.tiles, attribution: config.attribution, landUrl, provinceUrl };
  if (config?.kind === 'style' && onlineStyle) return { kind: 'style', style: onlineStyle, provinceUrl };
  return { kind: 'offline', landUrl, provinceUrl };
}

/** Absolute form of a server path (tile templates keep their {z}/{x}/{y}). */
export function absoluteUrl(pathOrUrl: string, origin: string): string {
  return new URL(pathOrUrl, origin).href.replace(/%7B/g, '{').replace(/%7D/g, '}');
}
