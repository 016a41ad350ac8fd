/**
 * The land-lots layer (investor portal, issue 5): a feature table of the same shape as the first
 * migration's, with its R*Tree on SQLite or GiST index on PostgreSQL.
 */
import { sql, type Kysely } from 'kysely';
import { isPostgres } from './engine.ts';

const table = 'land_lots';

export async function up(db: Kysely<any>): Promise<void> {
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
    await sql`CREATE INDEX land_lots_geometry_idx ON land_lots USING GIST (geometry)`.execute(db);
  } else {
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

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) await sql.raw(`DROP TABLE IF EXISTS ${table}_rtree`).execute(db);
  await db.schema.dropTable(table).execute();
}
