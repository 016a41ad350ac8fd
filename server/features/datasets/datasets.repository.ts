import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';

export interface DatasetRecord {
  id: string;
  layerId: string | null;
  file: string;
  source: string;
  license: string;
  crs: string;
  illustrative: boolean;
  featureCount: number;
}

export async function insertDataset(db: Kysely<DatabaseSchema>, dataset: DatasetRecord, loadedAt: string): Promise<void> {
  await db
    .insertInto('datasets')
    .values({
      id: dataset.id,
      layer_id: dataset.layerId,
      file: dataset.file,
      source: dataset.source,
      license: dataset.license,
      crs: dataset.crs,
      illustrative: dataset.illustrative ? 1 : 0,
      feature_count: dataset.featureCount,
      loaded_at: loadedAt,
    })
    .execute();
}

export async function listDatasets(db: Kysely<DatabaseSchema>): Promise<DatasetRecord[]> {
  const rows = await db
    .selectFrom('datasets')
    .select(['id', 'layer_id', 'file', 'source', 'license', 'crs', 'illustrative', 'feature_count'])
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    layerId: r.layer_id,
    file: r.file,
    source: r.source,
    license: r.license,
    crs: r.crs,
    illustrative: Boolean(r.illustrative),
    featureCount: Number(r.feature_count),
  }));
}
