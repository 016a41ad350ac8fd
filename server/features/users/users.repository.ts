/** SQL of users. Password hashes are read only by findCredentials (login) and never returned elsewhere. */
import type { Kysely } from 'kysely';
import type { DatabaseSchema, UserTable } from '../../db/schema.ts';
import type { Role } from '../../../shared/domain/roles.ts';

export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  communeCode: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
  passwordChangedAt: string;
}

const userColumns = [
  'id',
  'username',
  'display_name',
  'role',
  'commune_code',
  'active',
  'created_at',
  'updated_at',
  'password_changed_at',
] as const;

type UserRow = Pick<UserTable, (typeof userColumns)[number]>;

function toRecord(row: UserRow): UserRecord {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    communeCode: row.commune_code,
    active: Number(row.active) === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    passwordChangedAt: row.password_changed_at,
  };
}

export async function findUserById(db: Kysely<DatabaseSchema>, id: string): Promise<UserRecord | undefined> {
  const row = await db.selectFrom('users').select(userColumns).where('id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

export async function findUserByUsername(db: Kysely<DatabaseSchema>, username: string): Promise<UserRecord | undefined> {
  const row = await db.selectFrom('users').select(userColumns).where('username', '=', username).executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/** The user and their password hash, for checking a login. */
export async function findCredentials(db: Kysely<DatabaseSchema>, username: string): Promise<{ user: UserRecord; passwordHash: string } | undefined> {
  const row = await db.selectFrom('users').select([...userColumns, 'password_hash']).where('username', '=', username).executeTakeFirst();
  return row ? { user: toRecord(row), passwordHash: row.password_hash } : undefined;
}

export async function listUsers(db: Kysely<DatabaseSchema>): Promise<UserRecord[]> {
  const rows = await db.selectFrom('users').select(userColumns).orderBy('username').execute();
  return rows.map(toRecord);
}

/** The latest request time of each user's live sessions. */
export async function lastSeenByUser(db: Kysely<DatabaseSchema>): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('sessions')
    .select(['user_id', (eb) => eb.fn.max('last_seen_at').as('last_seen_at')])
    .groupBy('user_id')
    .execute();
  return new Map(rows.map((r) => [r.user_id, r.last_seen_at]));
}

export async function countUsers(db: Kysely<DatabaseSchema>): Promise<number> {
  const { n } = await db.selectFrom('users').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(n);
}

export async function countActiveAdmins(db: Kysely<DatabaseSchema>): Promise<number> {
  const { n } = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('role', '=', 'admin')
    .where('active', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(n);
}

export interface NewUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  communeCode: string | null;
  passwordHash: string;
  at: string;
}

export async function insertUser(db: Kysely<DatabaseSchema>, user: NewUser): Promise<void> {
  await db
    .insertInto('users')
    .values({
      id: user.id,
      username: user.username,
      display_name: user.displayName,
      role: user.role,
      commune_code: user.communeCode,
      password_hash: user.passwordHash,
      active: 1,
      created_at: user.at,
      updated_at: user.at,
      password_changed_at: user.at,
    })
    .execute();
}

export interface UserChanges {
  displayName: string;
  role: Role;
  communeCode: string | null;
  active: boolean;
}

export async function updateUser(db: Kysely<DatabaseSchema>, id: string, changes: UserChanges, at: string): Promise<void> {
  await db
    .updateTable('users')
    .set({
      display_name: changes.displayName,
      role: changes.role,
      commune_code: changes.communeCode,
      active: changes.active ? 1 : 0,
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}

export async function setPasswordHash(db: Kysely<DatabaseSchema>, id: string, passwordHash: string, at: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash, password_changed_at: at, updated_at: at }).where('id', '=', id).execute();
}

/** A UNIQUE constraint failure on either engine (SQLite SQLITE_CONSTRAINT_UNIQUE, PostgreSQL 23505). */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const code = (error as { code: unknown }).code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}
