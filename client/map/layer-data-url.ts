/**
 * GeoJSON layer data reaches MapLibre through a custom protocol, `ezgis-layer://<layerId>?v=<version>`,
 * resolved by a loader the app supplies (the tRPC query cache; see layer-data-protocol.ts). So the
 * style holds a short URL rather than megabytes of features — comparing two styles stays cheap —
 * and a new data version is a new URL, which style-update.ts turns into a reload of that source.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { featureIdProperty } from './build-style.ts';

export const layerDataProtocol = 'ezgis-layer';

/**
 * @param version the layer's data version (catalogue): a new version is a new URL
 * @param revision when the client last fetched the data (ms), so a refetch also reloads the source
 */
export function layerDataUrl(layerId: string, version: number, revision = 0): string {
  return `${layerDataProtocol}://${encodeURIComponent(layerId)}?v=${version}&r=${revision}`;
}

export function parseLayerDataUrl(url: string): { layerId: string } | undefined {
  const match = new RegExp(`^${layerDataProtocol}://([^?/]+)(?:\\?.*)?$`).exec(url);
  return match ? { layerId: decodeURIComponent(match[1]!) } : undefined;
}

/**
 * MapLibre drops non-numeric top-level feature ids; copying the string id into the properties
 * lets `promoteId: 'id'` find it for feature-state (hover, selection).
 */
export function withPromotedIds(collection: FeatureCollection): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: collection.features.map((feature): Feature<Geometry> => (
      feature.id === undefined ? feature : { ...feature, properties: { ...feature.properties, [featureIdProperty]: feature.id } }
    )),
  };
}
