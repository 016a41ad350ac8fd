import type { Geometry } from 'geojson';
import type { StoredFeature } from './feature-store.ts';
import { geometryBBox } from '../../shared/geo/bbox.ts';
import type { LayerDefinition } from '../../shared/layers/registry.ts';

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

/** The columns to write when a feature's properties change: validated first (throws a ZodError). */
export function propertyColumns(layer: LayerDefinition, properties: Record<string, unknown>, now: string) {
  const valid = layer.schema.parse(properties);
  const name = valid[layer.nameProperty];
  const source = valid.source;
  return {
    properties: JSON.stringify(valid),
    ...(typeof name === 'string' ? { name } : {}),
    ...(typeof source === 'string' ? { source } : {}),
    updated_at: now,
  };
}
