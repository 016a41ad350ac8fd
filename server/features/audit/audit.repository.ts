/** SQL that reads the audit trail, newest first for the view and oldest first for the CSV export. */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { AuditLogTable, DatabaseSchema } from '../../db/schema.ts';
import type { AuditFilter } from '../../../shared/schemas/audit.ts';

export interface AuditEntry {
  id: number;
  /** UTC, ISO 8601. */
  at: string;
  actorId: string | null;
  actorUsername: string | null;
  role: string | null;
  communeCode: string | null;
  procedure: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

const columns = ['id', 'at', 'actor_id', 'actor_username', 'role', 'commune_code', 'procedure', 'entity_type', 'entity_id', 'before', 'after'] as const;

function filtered(db: Kysely<DatabaseSchema>, filter: AuditFilter) {
  let query = db.selectFrom('audit_log');
  if (filter.actor) query = query.where('actor_username', '=', filter.actor.toLowerCase());
  if (filter.procedure?.endsWith('.')) {
    query = query.where(sql<string>`substr(procedure, 1, ${filter.procedure.length})`, '=', filter.procedure);
  } else if (filter.procedure) {
    query = query.where('procedure', '=', filter.procedure);
  }
  if (filter.entityType) query = query.where('entity_type', '=', filter.entityType);
  if (filter.from) query = query.where('at', '>=', filter.from);
  if (filter.to) query = query.where('at', '<', filter.to);
  return query;
}

/** JSON columns are text on SQLite and already parsed on PostgreSQL. */
function parseJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : (value ?? null);
}

type Row = Selectable<AuditLogTable>;

function toEntry(row: Row): AuditEntry {
  return {
    id: Number(row.id),
    at: row.at,
    actorId: row.actor_id,
    actorUsername: row.actor_username,
    role: row.role,
    communeCode: row.commune_code,
    procedure: row.procedure,
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: parseJson(row.before),
    after: parseJson(row.after),
  };
}

export async function listAuditEntries(
  db: Kysely<DatabaseSchema>,
  filter: AuditFilter,
  page: { limit: number; offset: number },
): Promise<{ entries: AuditEntry[]; total: number }> {
  const rows = await filtered(db, filter).select(columns).orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute();
  const { n } = await filtered(db, filter).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return { entries: rows.map(toEntry), total: Number(n) };
}

/** Matching entries oldest first, `pageSize` at a time (keyset on id: rows appended meanwhile never repeat). */
export async function* auditEntriesInOrder(db: Kysely<DatabaseSchema>, filter: AuditFilter, pageSize = 1000): AsyncGenerator<AuditEntry[]> {
  let afterId = 0;
  for (;;) {
    const rows = await filtered(db, filter).select(columns).where('id', '>', afterId).orderBy('id').limit(pageSize).execute();
    if (rows.length === 0) return;
    const entries = rows.map(toEntry);
    yield entries;
    afterId = (entries[entries.length - 1] as AuditEntry).id;
  }
}

export async function countAuditEntries(db: Kysely<DatabaseSchema>): Promise<number> {
  const { n } = await db.selectFrom('audit_log').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(n);
}

/** The values the view's filters can take. */
export async function auditFacets(db: Kysely<DatabaseSchema>): Promise<{ actors: string[]; procedures: string[]; entityTypes: string[] }> {
  const [actors, procedures, entityTypes] = await Promise.all([
    db.selectFrom('audit_log').select('actor_username').distinct().where('actor_username', 'is not', null).orderBy('actor_username').execute(),
    db.selectFrom('audit_log').select('procedure').distinct().orderBy('procedure').execute(),
    db.selectFrom('audit_log').select('entity_type').distinct().orderBy('entity_type').execute(),
  ]);
  return {
    actors: actors.map((r) => r.actor_username as string),
    procedures: procedures.map((r) => r.procedure),
    entityTypes: entityTypes.map((r) => r.entity_type),
  };
}
