/**
 * imports + import_features (issue #8): files uploaded through POST /api/imports, staged until
 * imports.commit writes them into a layer (or discarded; staged imports expire after 24 h).
 * Each feature keeps the file's own coordinates (raw_geometry) so that a commit can re-run the
 * transform with the CRS and axis order the user confirmed, and the WGS84 geometry of the preview.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_by_username', 'text', (c) => c.notNull())
    /** The uploader's commune for a commune account, else null. */
    .addColumn('commune_code', 'text')
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    /** ImportCrs as detected at upload: code, evidence, swappedAxes, alternatives (JSON). */
    .addColumn('crs', 'text', (c) => c.notNull())
    .addColumn('swapped', 'integer', (c) => c.notNull())
    /** What the file declared about its CRS (DeclaredCrs JSON) or null. */
    .addColumn('declared_crs', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('feature_count', 'integer', (c) => c.notNull())
    /** ImportIssue[] JSON. */
    .addColumn('errors', 'text', (c) => c.notNull())
    .addColumn('warnings', 'text', (c) => c.notNull())
    .addColumn('attribute_names', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('committed_at', 'text')
    .addColumn('discarded_at', 'text')
    /** ImportCommitAnswer JSON once committed. */
    .addColumn('result', 'text')
    .execute();
  await db.schema.createIndex('imports_status_created_idx').on('imports').columns(['status', 'created_at']).execute();
  await db.schema.createIndex('imports_created_by_idx').on('imports').columns(['created_by', 'created_at']).execute();

  await db.schema
    .createTable('import_features')
    .addColumn('import_id', 'text', (c) => c.notNull().references('imports.id').onDelete('cascade'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('where_text', 'text', (c) => c.notNull())
    /** The file's own geometry (its CRS and axis order, Z kept), JSON; null when the record has none. */
    .addColumn('raw_geometry', 'text')
    /** WGS84 geometry after transform and repair, JSON; null when it could not be made. */
    .addColumn('geometry', 'text')
    .addColumn('attributes', 'text', (c) => c.notNull())
    .addColumn('rejected', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_features_pk', ['import_id', 'idx'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('import_features').execute();
  await db.schema.dropTable('imports').execute();
}
