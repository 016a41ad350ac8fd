/**
 * Encodes features (WGS84 GeoJSON) as one Mapbox Vector Tile layer: cut with geojson-vt, written
 * with vt-pbf. The SQLite store builds every tile this way; /tiles uses it for tiles whose features
 * were redacted for the public.
 */
import { geoJSONToTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { StoredFeature, TileCoordinates } from './feature-store.ts';
import { tileBBox } from './tile-bounds.ts';

/** Features this far (a fraction of the tile) outside the tile still draw their edges. */
export const TILE_BUFFER_FRACTION = 1 / 16;

/** The WGS84 box whose features a tile needs, buffer included. */
export function tileQueryBBox({ z, x, y }: TileCoordinates) {
  return tileBBox(z, x, y, TILE_BUFFER_FRACTION);
}

export function encodeTile(layerId: string, features: readonly StoredFeature[], { z, x, y }: TileCoordinates): Uint8Array {
  if (features.length === 0) return new Uint8Array();
  // The feature id travels as an attribute too: clients use promoteId('id') for string ids.
  const collection = {
    type: 'FeatureCollection' as const,
    features: features.map((f) => ({ ...f, properties: { ...f.properties, id: f.id } })),
  };
  const tile = geoJSONToTile(collection, z, x, y, { extent: 4096, buffer: 64, clip: true, maxZoom: z });
  if (!tile || tile.features.length === 0) return new Uint8Array();
  return fromGeojsonVt({ [layerId]: tile }, { version: 2, extent: 4096 });
}
