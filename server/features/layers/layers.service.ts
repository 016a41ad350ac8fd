import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { layers, type LayerDefinition, type LayerId } from '../../../shared/layers/registry.ts';
import type { BBox } from '../../../shared/geo/bbox.ts';
import type { FeatureStore } from '../../geo-store/feature-store.ts';
import { redactFeatures, type Audience } from './redact.ts';
import { withDerivedStatus } from '../projects/derived-status.ts';

export interface LayerSummary {
  id: LayerId;
  title: LayerDefinition['title'];
  description: LayerDefinition['description'];
  geometryType: LayerDefinition['geometryType'];
  public: boolean;
  delivery: LayerDefinition['delivery'];
  nameProperty: string;
  fields: LayerDefinition['fields'];
  visibleByDefault: boolean;
  featureCount: number;
  bbox: BBox | null;
  /** Bumped on every write; part of tile URLs so they can be cached immutably. */
  version: number;
  /** TileJSON of the layer, for layers delivered as vector tiles. */
  tileJsonUrl: string | null;
}

export interface LayerFeatureCollection extends FeatureCollection<Geometry> {
  numberMatched: number;
  numberReturned: number;
  /** True when more features matched than the limit allowed to return. */
  truncated: boolean;
}

/** The catalogue of every layer the caller may see; plan zones counted in `zoneRevisionId` when given. */
export async function listLayers(store: FeatureStore, options: { zoneRevisionId?: string | null } = {}): Promise<LayerSummary[]> {
  return Promise.all(
    layers.map(async (layer) => {
      const stats = await store.stats(layer);
      const revisionId = layer.id === 'planning-zones' ? options.zoneRevisionId : null;
      const featureCount = revisionId ? (await store.query(layer, { limit: 1, offset: 0, filters: { revisionId } })).numberMatched : stats.count;
      return {
        id: layer.id,
        title: layer.title,
        description: layer.description,
        geometryType: layer.geometryType,
        public: layer.public,
        delivery: layer.delivery,
        nameProperty: layer.nameProperty,
        fields: layer.fields,
        visibleByDefault: layer.visibleByDefault,
        featureCount,
        bbox: stats.bbox,
        version: stats.version,
        tileJsonUrl: layer.delivery === 'tiles' ? `/tiles/${layer.id}.json` : null,
      };
    }),
  );
}

export async function layerFeatures(
  store: FeatureStore,
  layer: LayerDefinition,
  options: { bbox?: BBox | undefined; limit: number; asOf: string; filters?: Record<string, string> },
  audience: Audience,
): Promise<LayerFeatureCollection> {
  const page = await store.query(layer, { bbox: options.bbox, limit: options.limit, offset: 0, filters: options.filters });
  const redacted = redactFeatures(layer, page.features, audience);
  const features: Feature<Geometry>[] = layer.id === 'projects' ? withDerivedStatus(redacted, options.asOf) : redacted;
  return {
    type: 'FeatureCollection',
    features,
    numberMatched: page.numberMatched,
    numberReturned: features.length,
    truncated: page.numberMatched > features.length,
  };
}
