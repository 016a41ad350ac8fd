/** SQL of staged imports (tables imports and import_features). JSON columns are stored as text. */
import type { Kysely, Selectable } from 'kysely';
import type { Geometry } from 'geojson';
import type { DatabaseSchema, ImportTable } from '../db/schema.ts';
import type { ImportCrs, ImportFormat, ImportIssue, ImportSummary, ImportTarget } from '../../shared/schemas/imports.ts';
import type { DeclaredCrs } from './readers/reader-types.ts';
import type { AttributeValue, StagedFeature } from './import-pipeline.ts';
import { INSERT_BATCH_ROWS } from '../geo-store/feature-store.ts';

type Db = Kysely<DatabaseSchema>;
export type ImportStatus = 'staged' | 'committed' | 'discarded';

export interface StoredImport {
  id: string;
  createdBy: string;
  createdByUsername: string;
  communeCode: string | null;
  target: ImportTarget;
  format: ImportFormat;
  fileName: string;
  crs: ImportCrs;
  declaredCrs: DeclaredCrs | null;
  status: ImportStatus;
  featureCount: number;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  attributeNames: string[];
  createdAt: string;
  committedAt: string | null;
}

function toImport(row: Selectable<ImportTable>): StoredImport {
  return {
    id: row.id,
    createdBy: row.created_by,
    createdByUsername: row.created_by_username,
    communeCode: row.commune_code,
    target: row.target as ImportTarget,
    format: row.format as ImportFormat,
    fileName: row.file_name,
    crs: JSON.parse(row.crs) as ImportCrs,
    declaredCrs: row.declared_crs === null ? null : (JSON.parse(row.declared_crs) as DeclaredCrs),
    status: row.status,
    featureCount: Number(row.feature_count),
    errors: JSON.parse(row.errors) as ImportIssue[],
    warnings: JSON.parse(row.warnings) as ImportIssue[],
    attributeNames: JSON.parse(row.attribute_names) as string[],
    createdAt: row.created_at,
    committedAt: row.committed_at,
  };
}

export function toSummary(stored: StoredImport): ImportSummary {
  return {
    importId: stored.id,
    fileName: stored.fileName,
    format: stored.format,
    target: stored.target,
    featureCount: stored.featureCount,
    status: stored.status,
    createdAt: stored.createdAt,
    createdBy: stored.createdByUsername,
  };
}

export interface NewImport extends Omit<StoredImport, 'status' | 'committedAt'> {
  features: StagedFeature[];
}

export async function insertImport(db: Db, record: NewImport): Promise<void> {
  await db
    .insertInto('imports')
    .values({
      id: record.id,
      created_by: record.createdBy,
      created_by_username: record.createdByUsername,
      commune_code: record.communeCode,
      target: record.target,
      format: record.format,
      file_name: record.fileName,
      crs: JSON.stringify(record.crs),
      swapped: record.crs.swappedAxes ? 1 : 0,
      declared_crs: record.declaredCrs === null ? null : JSON.stringify(record.declaredCrs),
      status: 'staged',
      feature_count: record.featureCount,
      errors: JSON.stringify(record.errors),
      warnings: JSON.stringify(record.warnings),
      attribute_names: JSON.stringify(record.attributeNames),
      created_at: record.createdAt,
      committed_at: null,
      discarded_at: null,
      result: null,
    })
    .execute();
  const rows = record.features.map((f) => ({
    import_id: record.id,
    idx: f.index,
    where_text: f.where,
    raw_geometry: f.rawGeometry === null ? null : JSON.stringify(f.rawGeometry),
    geometry: f.geometry === null ? null : JSON.stringify(f.geometry),
    attributes: JSON.stringify(f.attributes),
    rejected: f.rejected ? 1 : 0,
  }));
  for (let i = 0; i < rows.length; i += INSERT_BATCH_ROWS) {
    await db.insertInto('import_features').values(rows.slice(i, i + INSERT_BATCH_ROWS)).execute();
  }
}

export async function findImport(db: Db, id: string): Promise<StoredImport | undefined> {
  const row = await db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toImport(row) : undefined;
}

export async function listImportFeatures(db: Db, importId: string): Promise<StagedFeature[]> {
  const rows = await db.selectFrom('import_features').selectAll().where('import_id', '=', importId).orderBy('idx').execute();
  return rows.map((row) => ({
    index: Number(row.idx),
    where: row.where_text,
    rawGeometry: row.raw_geometry === null ? null : (JSON.parse(row.raw_geometry) as Geometry),
    geometry: row.geometry === null ? null : (JSON.parse(row.geometry) as Geometry),
    attributes: JSON.parse(row.attributes) as Record<string, AttributeValue>,
    rejected: Number(row.rejected) === 1,
  }));
}

/** The caller's imports (all of them when `userId` is null), newest first. */
export async function listImportRows(db: Db, userId: string | null, limit: number): Promise<StoredImport[]> {
  let query = db.selectFrom('imports').selectAll().orderBy('created_at', 'desc').orderBy('id').limit(limit);
  if (userId !== null) query = query.where('created_by', '=', userId);
  return (await query.execute()).map(toImport);
}

/** Marks a staged import committed or discarded; false when it was no longer staged (a concurrent call won). */
export async function closeImport(db: Db, id: string, status: 'committed' | 'discarded', at: string, result: unknown): Promise<boolean> {
  const updated = await db
    .updateTable('imports')
    .set(status === 'committed' ? { status, committed_at: at, result: JSON.stringify(result) } : { status, discarded_at: at })
    .where('id', '=', id)
    .where('status', '=', 'staged')
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

/**
 * Staged imports older than `before` become discarded and their features are deleted (the raw
 * coordinates of a file nobody committed are not kept). Returns how many expired.
 */
export async function expireStagedImports(db: Db, before: string, at: string): Promise<number> {
  const stale = await db.selectFrom('imports').select('id').where('status', '=', 'staged').where('created_at', '<', before).execute();
  if (stale.length === 0) return 0;
  const ids = stale.map((r) => r.id);
  await db.deleteFrom('import_features').where('import_id', 'in', ids).execute();
  await db.updateTable('imports').set({ status: 'discarded', discarded_at: at }).where('id', 'in', ids).execute();
  return ids.length;
}
