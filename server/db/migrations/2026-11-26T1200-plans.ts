/**
 * The plan register (issue 4): plans, their revisions (stage, decision, validity), the history of
 * stage steps, and comments pinned to a point of a revision. A revision's zones are features of the
 * planning_zones table carrying its revisionId (every revision holds its full zone set).
 * JSON columns (horizon_years, adjustment_areas) are text on both engines: only the plans
 * repository reads them, whole.
 */
import type { Kysely } from 'kysely';
import { isPostgres } from './engine.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = isPostgres(db);
  await db.schema
    .createTable('plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('scale', 'text')
    .addColumn('horizon_year', 'integer')
    .addColumn('parent_plan_id', 'text')
    .addColumn('approving_authority', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('plan_revisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('parent_revision_id', 'text')
    .addColumn('decision_number', 'text')
    .addColumn('decision_date', 'text')
    .addColumn('task_decision_number', 'text')
    .addColumn('task_decision_date', 'text')
    .addColumn('horizon_year', 'integer')
    .addColumn('horizon_years', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text')
    .addColumn('valid_to', 'text')
    .addColumn('adjustment_areas', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('illustrative', 'integer', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('plan_revisions_plan_idx').on('plan_revisions').columns(['plan_id', 'sort_order']).execute();

  await db.schema
    .createTable('plan_revision_stages')
    .addColumn('id', postgres ? 'bigint' : 'integer', (c) => (postgres ? c.primaryKey().generatedAlwaysAsIdentity() : c.primaryKey().autoIncrement()))
    .addColumn('revision_id', 'text', (c) => c.notNull().references('plan_revisions.id'))
    .addColumn('from_stage', 'text')
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('decision_number', 'text')
    .addColumn('decision_date', 'text')
    .addColumn('actor_id', 'text')
    .addColumn('actor_username', 'text')
    .addColumn('note', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('plan_revision_stages_revision_idx').on('plan_revision_stages').columns(['revision_id', 'id']).execute();

  await db.schema
    .createTable('plan_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('revision_id', 'text', (c) => c.notNull().references('plan_revisions.id'))
    .addColumn('parent_id', 'text')
    .addColumn('lon', 'double precision', (c) => c.notNull())
    .addColumn('lat', 'double precision', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text')
    .addColumn('author_username', 'text')
    .addColumn('resolved', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by_username', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('plan_comments_revision_idx').on('plan_comments').columns(['revision_id', 'created_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('plan_comments').execute();
  await db.schema.dropTable('plan_revision_stages').execute();
  await db.schema.dropTable('plan_revisions').execute();
  await db.schema.dropTable('plans').execute();
}
