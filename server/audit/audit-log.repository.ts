/** SQL that writes the audit trail. The table is append-only: there is no update or delete here, and triggers refuse them. */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

export interface AuditEntryValues {
  at: string;
  actorId: string | null;
  actorUsername: string | null;
  role: string | null;
  communeCode: string | null;
  procedure: string;
  entityType: string;
  entityId: string | null;
  /** Already serialised JSON, or null. */
  before: string | null;
  after: string | null;
}

export async function insertAuditEntry(db: Kysely<DatabaseSchema>, entry: AuditEntryValues): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: entry.at,
      actor_id: entry.actorId,
      actor_username: entry.actorUsername,
      role: entry.role,
      commune_code: entry.communeCode,
      procedure: entry.procedure,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      before: entry.before,
      after: entry.after,
    })
    .execute();
}
