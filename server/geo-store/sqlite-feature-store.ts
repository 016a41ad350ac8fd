/**
 * SQLite storage: geometry as GeoJSON text, bbox columns indexed by an R*Tree, exact
 * intersection tests with Turf, tiles cut with geojson-vt and encoded with vt-pbf.
 */
import { sql, type Kysely } from 'kysely';
import { booleanIntersects, bboxPolygon, feature as turfFeature, featureCollection, intersect } from '@turf/turf';
import { convexWindow, sharedAreaWithConvexWindow, toPlaneRings } from '../../shared/geo/shared-area-square-meters.ts';
import type { MultiPolygon, Polygon } from 'geojson';
import { geometryBBox } from '../../shared/geo/bbox.ts';
import { areaSquareMeters } from '../../shared/geo/area-square-meters.ts';
import type { LayerDefinition } from '../../shared/layers/registry.ts';
import type { BBox } from '../../shared/geo/bbox.ts';
import type { Database } from '../db/create-db.ts';
import type { DatabaseSchema, FeatureTableName } from '../db/schema.ts';
import { INSERT_BATCH_ROWS, type FeatureQuery, type FeatureStore, type StoredFeature } from './feature-store.ts';
import { featureColumns, propertyColumns, rowToFeature, type FeatureRow } from './stored-row.ts';
import { encodeTile, tileQueryBBox } from './encode-tile.ts';
import { bumpLayerVersion, readLayerVersion } from './layer-version.ts';
import { indexFeatures } from './search-index.ts';

/** SQLite's json_extract gives booleans as 1/0 and numbers as numbers. */
function sqliteFilterValue(value: string): string | number {
  if (value === 'true') return 1;
  if (value === 'false') return 0;
  if (value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return value;
}

export function createSqliteFeatureStore(database: Database): FeatureStore {
  const { db } = database;

  function selectRows(layer: LayerDefinition, bbox: BBox | undefined, filters: FeatureQuery['filters'], from: Kysely<DatabaseSchema> = db) {
    const table = layer.table as FeatureTableName;
    let query = from
      .selectFrom(table)
      .select(['id', 'properties', sql<string>`geometry`.as('geometry_json')])
      .where('deleted_at', 'is', null);
    if (bbox) {
      const [west, south, east, north] = bbox;
      const rtree = sql.table(`${layer.table}_rtree`);
      query = query.where(
        sql<boolean>`rowid IN (SELECT rid FROM ${rtree} WHERE minx <= ${east} AND maxx >= ${west} AND miny <= ${north} AND maxy >= ${south})`,
      );
    }
    for (const [key, value] of Object.entries(filters ?? {})) {
      query = query.where(sql`json_extract(properties, ${`$.${key}`})`, '=', sqliteFilterValue(value));
    }
    return query.orderBy('id');
  }

  /** Features whose bbox meets the box, straight from the R*Tree. */
  async function candidates(layer: LayerDefinition, bbox: BBox, filters: FeatureQuery['filters'], from: Kysely<DatabaseSchema> = db): Promise<StoredFeature[]> {
    const rows = (await selectRows(layer, bbox, filters, from).execute()) as FeatureRow[];
    return rows.map(rowToFeature);
  }

  /** Candidates kept only where the geometry really intersects the box. */
  async function intersecting(layer: LayerDefinition, bbox: BBox, filters: FeatureQuery['filters']): Promise<StoredFeature[]> {
    const box = bboxPolygon(bbox);
    return (await candidates(layer, bbox, filters)).filter((feature) => booleanIntersects(feature, box));
  }

  return {
    engine: 'sqlite',

    async query(layer, { bbox, limit, offset, filters }) {
      if (bbox) {
        const matched = await intersecting(layer, bbox, filters);
        return { features: matched.slice(offset, offset + limit), numberMatched: matched.length };
      }
      const rows = (await selectRows(layer, undefined, filters).limit(limit).offset(offset).execute()) as FeatureRow[];
      const table = layer.table as FeatureTableName;
      let count = db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('deleted_at', 'is', null);
      for (const [key, value] of Object.entries(filters ?? {})) {
        count = count.where(sql`json_extract(properties, ${`$.${key}`})`, '=', sqliteFilterValue(value));
      }
      const { n } = await count.executeTakeFirstOrThrow();
      return { features: rows.map(rowToFeature), numberMatched: Number(n) };
    },

    async get(layer, id, transaction) {
      const row = (await selectRows(layer, undefined, undefined, transaction).where('id', '=', id).executeTakeFirst()) as FeatureRow | undefined;
      return row ? rowToFeature(row) : undefined;
    },

    async updateProperties(layer, id, properties, transaction) {
      const now = new Date().toISOString();
      const result = await transaction
        .updateTable(layer.table as FeatureTableName)
        .set({ ...propertyColumns(layer, properties, now), version: sql<number>`version + 1` })
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return undefined;
      await bumpLayerVersion(transaction, layer.id, now);
      const row = (await selectRows(layer, undefined, undefined, transaction).where('id', '=', id).executeTakeFirst()) as FeatureRow | undefined;
      if (!row) return undefined;
      const updated = rowToFeature(row);
      await indexFeatures(transaction, layer, [updated]);
      return updated;
    },

    async insertMany(layer, features, transaction) {
      const table = layer.table as FeatureTableName;
      const now = new Date().toISOString();
      const write = async (trx: Kysely<DatabaseSchema>) => {
        for (let start = 0; start < features.length; start += INSERT_BATCH_ROWS) {
          await trx
            .insertInto(table)
            .values(features.slice(start, start + INSERT_BATCH_ROWS).map((feature) => ({ ...featureColumns(feature, layer.nameProperty, now), geometry: JSON.stringify(feature.geometry) })))
            .execute();
        }
        await bumpLayerVersion(trx, layer.id, now);
        await indexFeatures(trx, layer, features);
      };
      await (transaction ? write(transaction) : db.transaction().execute(write));
    },

    async updateGeometry(layer, id, geometry, properties, transaction) {
      const now = new Date().toISOString();
      const [minx, miny, maxx, maxy] = geometryBBox(geometry);
      const result = await transaction
        .updateTable(layer.table as FeatureTableName)
        .set({ ...propertyColumns(layer, properties, now), geometry: JSON.stringify(geometry), minx, miny, maxx, maxy, version: sql<number>`version + 1` })
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return undefined;
      await bumpLayerVersion(transaction, layer.id, now);
      const row = (await selectRows(layer, undefined, undefined, transaction).where('id', '=', id).executeTakeFirst()) as FeatureRow | undefined;
      return row ? rowToFeature(row) : undefined;
    },

    async intersectionAreas(layer, polygon, transaction) {
      const shape = turfFeature<Polygon | MultiPolygon>(polygon);
      const planeShape = toPlaneRings(polygon);
      const found = await candidates(layer, geometryBBox(polygon), undefined, transaction ?? db);
      return found.flatMap((candidate) => {
        const geometry = candidate.geometry;
        if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return [];
        // Convex single-ring features (cadastral parcels) are clipped on the plane directly; Turf's
        // general clipping is exact but ~100× slower.
        const window = geometry.type === 'Polygon' && geometry.coordinates.length === 1 ? convexWindow(toPlaneRings(geometry).rings[0]?.points ?? []) : null;
        let area: number;
        if (window) {
          area = sharedAreaWithConvexWindow(planeShape, window);
        } else {
          const shared = intersect(featureCollection([turfFeature(geometry), shape]));
          area = shared ? areaSquareMeters(shared.geometry) : 0;
        }
        return area > 0 ? [{ id: candidate.id, properties: candidate.properties, areaSquareMeters: area }] : [];
      });
    },

    async stats(layer) {
      const table = layer.table as FeatureTableName;
      const row = await db
        .selectFrom(table)
        .select((eb) => [
          eb.fn.countAll<number>().as('count'),
          eb.fn.min('minx').as('west'),
          eb.fn.min('miny').as('south'),
          eb.fn.max('maxx').as('east'),
          eb.fn.max('maxy').as('north'),
        ])
        .where('deleted_at', 'is', null)
        .executeTakeFirstOrThrow();
      const count = Number(row.count);
      const bbox: BBox | null = count > 0 ? [Number(row.west), Number(row.south), Number(row.east), Number(row.north)] : null;
      return { count, bbox, version: await readLayerVersion(db, layer.id) };
    },

    version: (layer) => readLayerVersion(db, layer.id),

    async tile(layer, coordinates, filters) {
      // No exact test needed: geojson-vt clips every candidate to the tile anyway.
      return encodeTile(layer.id, await candidates(layer, tileQueryBBox(coordinates), filters), coordinates);
    },
  };
}
