/**
 * The first schema: one feature table per map layer, the layer version counters behind tile
 * caching, and the dataset register (provenance of what the seed loaded).
 * SQLite keeps geometry as GeoJSON text with an R*Tree index kept in step by triggers;
 * PostgreSQL keeps geometry(Geometry, 4326) with a GiST index.
 */
import { sql, type Kysely } from 'kysely';
import { isPostgres } from './engine.ts';
import { createFeatureTable, dropFeatureTable } from './feature-table.ts';

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

  for (const table of featureTables) await createFeatureTable(db, table);

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
  await db.schema.dropTable('datasets').execute();
  await db.schema.dropTable('layer_versions').execute();
  for (const table of [...featureTables].reverse()) await dropFeatureTable(db, table);
}
