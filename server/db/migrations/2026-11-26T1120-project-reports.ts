/**
 * project_reports: monthly progress reports (due before the 25th of their month). One active report
 * per project and period; a resubmission soft-deletes the previous one (deleted_at), keeping it.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('project_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('progress_percent', 'double precision', (c) => c.notNull())
    .addColumn('issues', 'text', (c) => c.notNull())
    .addColumn('proposals', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text')
    .addColumn('submitted_by_username', 'text')
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('on_time', 'integer', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  // Partial unique index: SQLite and PostgreSQL both support it.
  await sql`CREATE UNIQUE INDEX project_reports_active_idx ON project_reports (project_id, period) WHERE deleted_at IS NULL`.execute(db);
  await db.schema.createIndex('project_reports_period_idx').on('project_reports').column('period').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('project_reports').execute();
}
