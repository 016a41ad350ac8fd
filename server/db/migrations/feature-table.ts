/**
 * The one feature-table shape every map layer's migration creates (DESIGN §4): id, name, JSON
 * properties, source, geometry, bbox columns, version and timestamps with a soft delete.
 * SQLite keeps geometry as GeoJSON text with an R*Tree kept in step by triggers; PostgreSQL keeps
 * geometry(Geometry, 4326) with a GiST index. Migrations already run depend on it: change the shape
 * in a new migration, never here.
 */
import { sql, type Kysely } from 'kysely';
import { isPostgres } from './engine.ts';

export async function createFeatureTable(db: Kysely<any>, table: string): Promise<void> {
  const postgres = isPostgres(db);
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

export async function dropFeatureTable(db: Kysely<any>, table: string): Promise<void> {
  if (!isPostgres(db)) await sql.raw(`DROP TABLE IF EXISTS ${table}_rtree`).execute(db);
  await db.schema.dropTable(table).execute();
}
