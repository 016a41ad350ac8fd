import type { Geometry } from 'geojson';
import type { StoredFeature } from './feature-store.ts';
import { geometryBBox } from '../../shared/geo/bbox.ts';

/** Columns every engine returns for a feature, geometry already as GeoJSON text. */
export interface FeatureRow {
  id: string;
  properties: string | Record<string, unknown>;
  geometry_json: string;
}

export function rowToFeature(row: FeatureRow): StoredFeature {
  return {
    type: 'Feature',
    id: row.id,
    properties: typeof row.properties === 'string' ? (JSON.parse(row.properties) as Record<string, unknown>) : row.properties,
    geometry: JSON.parse(row.geometry_json) as Geometry,
  };
}

/** The engine-neutral columns of a row to write; geometry is added by each engine. */
export function featureColumns(feature: StoredFeature, nameProperty: string, now: string) {
  const [minx, miny, maxx, maxy] = geometryBBox(feature.geometry);
  const name = feature.properties[nameProperty];
  const source = feature.properties.source;
  return {
    id: feature.id,
    name: typeof name === 'string' ? name : feature.id,
    properties: JSON.stringify(feature.properties),
    source: typeof source === 'string' ? source : '',
    minx,
    miny,
    maxx,
    maxy,
    updated_at: now,
  };
}
