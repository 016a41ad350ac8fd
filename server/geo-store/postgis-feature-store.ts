/**
 * PostGIS storage: geometry(Geometry, 4326) with a GiST index; intersection, extent and vector
 * tiles (ST_AsMVT) computed in SQL.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { LayerDefinition } from '../../shared/layers/registry.ts';
import type { BBox } from '../../shared/geo/bbox.ts';
import type { Database } from '../db/create-db.ts';
import type { DatabaseSchema, FeatureTableName } from '../db/schema.ts';
import { INSERT_BATCH_ROWS, type FeatureQuery, type FeatureStore } from './feature-store.ts';
import { EPSG_9215, vn2000Definitions } from '../../shared/crs/vn2000.ts';
import { geometryBBox } from '../../shared/geo/bbox.ts';
import { featureColumns, propertyColumns, rowToFeature, type FeatureRow } from './stored-row.ts';
import { bumpLayerVersion, readLayerVersion } from './layer-version.ts';
import { indexFeatures } from './search-index.ts';

/**
 * The EPSG:9215 definition the app uses everywhere (shared/crs/vn2000.ts), given to ST_Transform as
 * text: PostGIS's own EPSG:9215 entry may let PROJ pick another VN-2000 datum shift.
 */
const tm3Definition = vn2000Definitions[EPSG_9215];

function envelope([west, south, east, north]: BBox): RawBuilder<unknown> {
  return sql`ST_MakeEnvelope(${west}, ${south}, ${east}, ${north}, 4326)`;
}

export function createPostgisFeatureStore(database: Database): FeatureStore {
  const { db } = database;

  function filtered(layer: LayerDefinition, bbox: BBox | undefined, filters: FeatureQuery['filters'], from: Kysely<DatabaseSchema> = db) {
    let query = from.selectFrom(layer.table as FeatureTableName).where('deleted_at', 'is', null);
    if (bbox) query = query.where(sql<boolean>`ST_Intersects(geometry, ${envelope(bbox)})`);
    for (const [key, value] of Object.entries(filters ?? {})) {
      query = query.where(sql`properties ->> ${key}`, '=', value);
    }
    return query;
  }

  const featureSelection = ['id', 'properties', sql<string>`ST_AsGeoJSON(geometry, 9)`.as('geometry_json')] as const;

  return {
    engine: 'postgres',

    async query(layer, { bbox, limit, offset, filters }) {
      const rows = (await filtered(layer, bbox, filters)
        .select([...featureSelection])
        .orderBy('id')
        .limit(limit)
        .offset(offset)
        .execute()) as FeatureRow[];
      const { n } = await filtered(layer, bbox, filters)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      return { features: rows.map(rowToFeature), numberMatched: Number(n) };
    },

    async get(layer, id, transaction) {
      const row = (await filtered(layer, undefined, undefined, transaction)
        .select([...featureSelection])
        .where('id', '=', id)
        .executeTakeFirst()) as FeatureRow | undefined;
      return row ? rowToFeature(row) : undefined;
    },

    async updateProperties(layer, id, properties, transaction) {
      const now = new Date().toISOString();
      const { properties: json, ...columns } = propertyColumns(layer, properties, now);
      const row = (await transaction
        .updateTable(layer.table as FeatureTableName)
        .set({ ...columns, properties: sql`${json}::jsonb`, version: sql<number>`version + 1` })
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .returning([...featureSelection])
        .executeTakeFirst()) as FeatureRow | undefined;
      if (!row) return undefined;
      await bumpLayerVersion(transaction, layer.id, now);
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
            .values(
              features.slice(start, start + INSERT_BATCH_ROWS).map((feature) => ({
                ...featureColumns(feature, layer.nameProperty, now),
                geometry: sql`ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(feature.geometry)}), 4326)`,
              })),
            )
            .execute();
        }
        await bumpLayerVersion(trx, layer.id, now);
        await indexFeatures(trx, layer, features);
      };
      await (transaction ? write(transaction) : db.transaction().execute(write));
    },

    async updateGeometry(layer, id, geometry, properties, transaction) {
      const now = new Date().toISOString();
      const { properties: json, ...columns } = propertyColumns(layer, properties, now);
      const [minx, miny, maxx, maxy] = geometryBBox(geometry);
      const row = (await transaction
        .updateTable(layer.table as FeatureTableName)
        .set({
          ...columns,
          properties: sql`${json}::jsonb`,
          geometry: sql`ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(geometry)}), 4326)`,
          minx,
          miny,
          maxx,
          maxy,
          version: sql<number>`version + 1`,
        })
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .returning([...featureSelection])
        .executeTakeFirst()) as FeatureRow | undefined;
      if (!row) return undefined;
      await bumpLayerVersion(transaction, layer.id, now);
      return rowToFeature(row);
    },

    async intersectionAreas(layer, polygon, transaction) {
      const table = sql.table(layer.table);
      const result = await sql<{ id: string; properties: Record<string, unknown>; area: number }>`
        WITH shape AS (SELECT ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(polygon)}), 4326) AS geom)
        SELECT t.id, t.properties, ST_Area(ST_Transform(ST_Intersection(t.geometry, shape.geom), ${tm3Definition}::text)) AS area
        FROM ${table} t, shape
        WHERE t.deleted_at IS NULL AND ST_Intersects(t.geometry, shape.geom) AND NOT ST_Touches(t.geometry, shape.geom)
        ORDER BY t.id
      `.execute(transaction ?? db);
      return result.rows.map((row) => ({ id: row.id, properties: row.properties, areaSquareMeters: Number(row.area) }));
    },

    async stats(layer) {
      const row = await filtered(layer, undefined, undefined)
        .select((eb) => [
          eb.fn.countAll<string>().as('count'),
          eb.fn.min('minx').as('west'),
          eb.fn.min('miny').as('south'),
          eb.fn.max('maxx').as('east'),
          eb.fn.max('maxy').as('north'),
        ])
        .executeTakeFirstOrThrow();
      const count = Number(row.count);
      const bbox: BBox | null = count > 0 ? [Number(row.west), Number(row.south), Number(row.east), Number(row.north)] : null;
      return { count, bbox, version: await readLayerVersion(db, layer.id) };
    },

    version: (layer) => readLayerVersion(db, layer.id),

    async tile(layer, { z, x, y }, filters) {
      // Properties (jsonb) become tile attributes; the string id travels as the `id` attribute.
      const table = sql.table(layer.table);
      const conditions = Object.entries(filters ?? {}).map(([key, value]) => sql`AND t.properties ->> ${key} = ${value}`);
      const result = await sql<{ mvt: Buffer | null }>`
        WITH bounds AS (SELECT ST_TileEnvelope(${z}, ${x}, ${y}) AS geom),
        tile AS (
          SELECT ST_AsMVTGeom(ST_Transform(t.geometry, 3857), bounds.geom, 4096, 64, true) AS geom,
                 t.properties || jsonb_build_object('id', t.id) AS properties
          FROM ${table} t, bounds
          WHERE t.deleted_at IS NULL AND t.geometry && ST_Transform(ST_Expand(bounds.geom, 256), 4326) ${conditions.length > 0 ? sql.join(conditions, sql` `) : sql``}
        )
        SELECT ST_AsMVT(tile.*, ${layer.id}, 4096, 'geom') AS mvt FROM tile WHERE geom IS NOT NULL
      `.execute(db);
      const mvt = result.rows[0]?.mvt;
      return mvt ? new Uint8Array(mvt) : new Uint8Array();
    },
  };
}
