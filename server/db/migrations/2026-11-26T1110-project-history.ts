/**
 * project_history: one row per officer's update of a project (status, progress, milestones), so the
 * history of status and progress is kept while the project feature holds only the latest values.
 */
import type { Kysely } from 'kysely';
import { isPostgres } from './engine.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = isPostgres(db);
  await db.schema
    .createTable('project_history')
    .addColumn('id', postgres ? 'bigint' : 'integer', (c) => (postgres ? c.primaryKey().generatedAlwaysAsIdentity() : c.primaryKey().autoIncrement()))
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_username', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('progress_percent', 'double precision')
    .addColumn('changes', postgres ? 'jsonb' : 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('project_history_project_idx').on('project_history').columns(['project_id', 'at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('project_history').execute();
}
