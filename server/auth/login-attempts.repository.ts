/** SQL of login_attempts: the throttle's memory, in the database so that every process shares it. */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

export async function insertLoginAttempt(db: Kysely<DatabaseSchema>, key: string, attemptedAt: string, success: boolean): Promise<void> {
  await db.insertInto('login_attempts').values({ key, attempted_at: attemptedAt, success: success ? 1 : 0 }).execute();
}

/** Failed attempts of `key` after `since`, oldest first. */
export async function failuresSince(db: Kysely<DatabaseSchema>, key: string, since: string): Promise<string[]> {
  const rows = await db
    .selectFrom('login_attempts')
    .select('attempted_at')
    .where('key', '=', key)
    .where('success', '=', 0)
    .where('attempted_at', '>', since)
    .orderBy('attempted_at')
    .execute();
  return rows.map((r) => r.attempted_at);
}

export async function lastSuccessAt(db: Kysely<DatabaseSchema>, key: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('login_attempts')
    .select((eb) => eb.fn.max('attempted_at').as('at'))
    .where('key', '=', key)
    .where('success', '=', 1)
    .executeTakeFirst();
  return row?.at ?? undefined;
}

export async function deleteLoginAttemptsBefore(db: Kysely<DatabaseSchema>, before: string): Promise<void> {
  await db.deleteFrom('login_attempts').where('attempted_at', '<', before).execute();
}
