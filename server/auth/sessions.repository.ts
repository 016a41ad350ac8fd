/** SQL of sessions. Ids are token hashes (server/auth/session-token.ts). */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';
import type { SessionUser } from '../../shared/schemas/auth.ts';

export interface SessionRow {
  sessionId: string;
  lastSeenAt: string;
  expiresAt: string;
  user: SessionUser;
  userActive: boolean;
}

export async function insertSession(
  db: Kysely<DatabaseSchema>,
  session: { id: string; userId: string; createdAt: string; expiresAt: string; userAgent: string | null },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: session.id,
      user_id: session.userId,
      created_at: session.createdAt,
      last_seen_at: session.createdAt,
      expires_at: session.expiresAt,
      user_agent: session.userAgent,
    })
    .execute();
}

export async function findSessionWithUser(db: Kysely<DatabaseSchema>, sessionId: string): Promise<SessionRow | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as session_id',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'users.id as user_id',
      'users.username',
      'users.display_name',
      'users.role',
      'users.commune_code',
      'users.active',
    ])
    .where('sessions.id', '=', sessionId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    sessionId: row.session_id,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    userActive: Number(row.active) === 1,
    user: { id: row.user_id, username: row.username, displayName: row.display_name, role: row.role, communeCode: row.commune_code },
  };
}

export async function touchSession(db: Kysely<DatabaseSchema>, sessionId: string, lastSeenAt: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: lastSeenAt }).where('id', '=', sessionId).execute();
}

export async function deleteSession(db: Kysely<DatabaseSchema>, sessionId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('id', '=', sessionId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteUserSessions(db: Kysely<DatabaseSchema>, userId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Sessions past their absolute expiry or idle since before `idleCutoff`. */
export async function deleteExpiredSessions(db: Kysely<DatabaseSchema>, nowIso: string, idleCutoff: string): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', nowIso), eb('last_seen_at', '<=', idleCutoff)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function countUserSessions(db: Kysely<DatabaseSchema>, userId: string): Promise<number> {
  const { n } = await db
    .selectFrom('sessions')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(n);
}
