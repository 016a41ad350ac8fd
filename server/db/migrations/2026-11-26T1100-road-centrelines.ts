/**
 * The road-centrelines layer (chainage is measured along these lines): a feature table of the same
 * shape as the first migration's, with its R*Tree on SQLite or GiST index on PostgreSQL.
 */
import type { Kysely } from 'kysely';
import { createFeatureTable, dropFeatureTable } from './feature-table.ts';

const table = 'road_centrelines';

export async function up(db: Kysely<any>): Promise<void> {
  await createFeatureTable(db, table);
}

export async function down(db: Kysely<any>): Promise<void> {
  await dropFeatureTable(db, table);
}
