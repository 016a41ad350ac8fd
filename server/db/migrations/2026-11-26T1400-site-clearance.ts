/**
 * Site clearance (issue 6): the parcels layer (a feature table like the first migration's), the
 * parcels each clearance boundary takes with their legal stage, the households on them (private:
 * never in a layer table), the history of parcel updates and boundary geometry edits, resettlement
 * lot allocations and the communes' land-use quotas. JSON columns are text on both engines.
 */
import type { Kysely } from 'kysely';
import { isPostgres } from './engine.ts';
import { createFeatureTable, dropFeatureTable } from './feature-table.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = isPostgres(db);
  await createFeatureTable(db, 'parcels');

  // One row per (boundary, parcel) ever affected; a parcel a geometry edit leaves out is soft-deleted.
  await db.schema
    .createTable('clearance_parcels')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('boundary_id', 'text', (c) => c.notNull())
    .addColumn('parcel_id', 'text', (c) => c.notNull())
    .addColumn('commune_code', 'text', (c) => c.notNull())
    .addColumn('former_commune_code', 'text', (c) => c.notNull())
    .addColumn('sheet', 'integer', (c) => c.notNull())
    .addColumn('parcel_number', 'integer', (c) => c.notNull())
    .addColumn('land_type', 'text', (c) => c.notNull())
    .addColumn('parcel_area_m2', 'double precision', (c) => c.notNull())
    .addColumn('affected_area_m2', 'double precision', (c) => c.notNull())
    .addColumn('remaining_area_m2', 'double precision', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('stage_dates', 'text', (c) => c.notNull())
    .addColumn('complaint', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('complaint_note', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('clearance_parcels_boundary_parcel_idx').on('clearance_parcels').columns(['boundary_id', 'parcel_id']).unique().execute();
  await db.schema.createIndex('clearance_parcels_parcel_idx').on('clearance_parcels').column('parcel_id').execute();
  await db.schema.createIndex('clearance_parcels_commune_idx').on('clearance_parcels').column('commune_code').execute();

  await db.schema
    .createTable('clearance_households')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clearance_parcel_id', 'text', (c) => c.notNull())
    .addColumn('commune_code', 'text', (c) => c.notNull())
    .addColumn('head_name', 'text', (c) => c.notNull())
    .addColumn('members', 'integer', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('illustrative', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('clearance_households_parcel_idx').on('clearance_households').column('clearance_parcel_id').execute();

  await db.schema
    .createTable('clearance_parcel_history')
    .addColumn('id', postgres ? 'bigint' : 'integer', (c) => (postgres ? c.primaryKey().generatedAlwaysAsIdentity() : c.primaryKey().autoIncrement()))
    .addColumn('clearance_parcel_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_username', 'text')
    .addColumn('changes', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('clearance_parcel_history_parcel_idx').on('clearance_parcel_history').column('clearance_parcel_id').execute();

  await db.schema
    .createTable('clearance_boundary_history')
    .addColumn('id', postgres ? 'bigint' : 'integer', (c) => (postgres ? c.primaryKey().generatedAlwaysAsIdentity() : c.primaryKey().autoIncrement()))
    .addColumn('boundary_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_username', 'text')
    .addColumn('geometry_before', 'text', (c) => c.notNull())
    .addColumn('geometry_after', 'text', (c) => c.notNull())
    .addColumn('area_before_ha', 'double precision', (c) => c.notNull())
    .addColumn('area_after_ha', 'double precision', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('clearance_boundary_history_boundary_idx').on('clearance_boundary_history').column('boundary_id').execute();

  await db.schema
    .createTable('resettlement_allocations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('resettlement_area_id', 'text', (c) => c.notNull())
    .addColumn('household_id', 'text', (c) => c.notNull())
    .addColumn('commune_code', 'text', (c) => c.notNull())
    .addColumn('lot_code', 'text', (c) => c.notNull())
    .addColumn('allocated_on', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('resettlement_allocations_area_idx').on('resettlement_allocations').column('resettlement_area_id').execute();

  await db.schema
    .createTable('land_use_quotas')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('commune_code', 'text', (c) => c.notNull())
    .addColumn('land_type', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('quota_m2', 'double precision', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('illustrative', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('land_use_quotas_commune_type_idx').on('land_use_quotas').columns(['commune_code', 'land_type', 'period']).unique().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['land_use_quotas', 'resettlement_allocations', 'clearance_boundary_history', 'clearance_parcel_history', 'clearance_households', 'clearance_parcels']) {
    await db.schema.dropTable(table).execute();
  }
  await dropFeatureTable(db, 'parcels');
}
