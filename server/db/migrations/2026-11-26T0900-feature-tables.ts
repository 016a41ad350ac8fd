/**
 * The first schema: one feature table per map layer, the layer version counters behind tile
 * caching, and the dataset register (provenance of what the seed loaded).
 * SQLite keeps geometry as GeoJSON text with an R*Tree index kept in step by triggers;
 * PostgreSQL keeps geometry(Geometry, 4326) with a GiST index.
 */
import { sql, type Kysely } from 'kysely';
import { isPostgres } from './engine.ts';

const featureTables = [
  'communes',
  'border_line',
  'border_gates',
  'border_markers',
  'cargo_lanes',
  'planning_zones',
  'projects',
  'clearance_boundaries',
  'resettlement_areas',
];

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = isPostgres(db);
  if (postgres) await sql`CREATE EXTENSION IF NOT EXISTS postgis`.execute(db);

  for (const table of featureTables) {
    await db.schema
      .createTable(table)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('properties', postgres ? 'jsonb' : 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('geometry', postgres ? sql`geometry(Geometry, 4326)` : 'text', (c) => c.notNull())
      .addColumn('minx', 'double precision', (c) => c.notNull())
      .addColumn('miny', 'double precision', (c) => c.notNull())
      .addColumn('maxx', 'double precision', (c) => c.notNull())
      .addColumn('maxy', 'double precision', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(sql`CURRENT_TIMESTAMP`))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('deleted_at', 'text')
      .execute();

    if (postgres) {
      await sql`CREATE INDEX ${sql.raw(`${table}_geometry_idx`)} ON ${sql.table(table)} USING GIST (geometry)`.execute(db);
    } else {
      // R*Tree over the bbox columns, keyed by the table's implicit rowid.
      const rtree = `${table}_rtree`;
      await sql.raw(`CREATE VIRTUAL TABLE ${rtree} USING rtree(rid, minx, maxx, miny, maxy)`).execute(db);
      await sql.raw(`CREATE TRIGGER ${table}_rtree_insert AFTER INSERT ON ${table} BEGIN
          INSERT INTO ${rtree} VALUES (new.rowid, new.minx, new.maxx, new.miny, new.maxy); END`).execute(db);
      await sql.raw(`CREATE TRIGGER ${table}_rtree_update AFTER UPDATE OF minx, miny, maxx, maxy ON ${table} BEGIN
          UPDATE ${rtree} SET minx = new.minx, maxx = new.maxx, miny = new.miny, maxy = new.maxy WHERE rid = new.rowid; END`).execute(db);
      await sql.raw(`CREATE TRIGGER ${table}_rtree_delete AFTER DELETE ON ${table} BEGIN
          DELETE FROM ${rtree} WHERE rid = old.rowid; END`).execute(db);
    }
  }

  await db.schema
    .createTable('layer_versions')
    .addColumn('layer_id', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('datasets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('layer_id', 'text')
    .addColumn('file', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('license', 'text', (c) => c.notNull())
    .addColumn('crs', 'text', (c) => c.notNull())
    .addColumn('illustrative', 'integer', (c) => c.notNull())
    .addColumn('feature_count', 'integer', (c) => c.notNull())
    .addColumn('loaded_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  const postgres = isPostgres(db);
  await db.schema.dropTable('datasets').execute();
  await db.schema.dropTable('layer_versions').execute();
  for (const table of [...featureTables].reverse()) {
    if (!postgres) await sql.raw(`DROP TABLE IF EXISTS ${table}_rtree`).execute(db);
    await db.schema.dropTable(table).execute();
  }
}
