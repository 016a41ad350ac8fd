import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

/** Every write to a layer bumps its version: tile URLs carry it, so caches never serve stale tiles. */
export async function bumpLayerVersion(db: Kysely<DatabaseSchema>, layerId: string, now: string): Promise<void> {
  await db
    .insertInto('layer_versions')
    .values({ layer_id: layerId, version: 1, updated_at: now })
    .onConflict((oc) => oc.column('layer_id').doUpdateSet({ version: sql`layer_versions.version + 1`, updated_at: now }))
    .execute();
}

export async function readLayerVersion(db: Kysely<DatabaseSchema>, layerId: string): Promise<number> {
  const row = await db.selectFrom('layer_versions').select('version').where('layer_id', '=', layerId).executeTakeFirst();
  return row ? Number(row.version) : 0;
}
