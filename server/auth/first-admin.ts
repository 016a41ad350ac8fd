/**
 * The first administrator of a real deployment: from EZGIS_ADMIN_USERNAME/EZGIS_ADMIN_PASSWORD at
 * start when the users table is empty, or from the one-time command in create-admin.ts. Either
 * way the creation is audited (actor: the system).
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/create-db.ts';
import type { Env } from '../env.ts';
import { withAudit } from '../audit/with-audit.ts';
import { countActiveAdmins, countUsers, findUserById, findUserByUsername, insertUser } from '../features/users/users.repository.ts';
import { passwordSchema, usernameSchema } from '../../shared/schemas/users.ts';
import { hashPassword } from './password.ts';

export class FirstAdminRefused extends Error {}

/**
 * Creates an admin. Refused when an active admin already exists (then use the admin page) or
 * the username is taken.
 */
export async function createFirstAdmin(
  database: Database,
  account: { username: string; password: string; displayName?: string },
  options: { procedure: string; clock?: () => Date },
): Promise<{ id: string; username: string }> {
  const username = usernameSchema.safeParse(account.username);
  if (!username.success) throw new FirstAdminRefused(`Username: ${username.error.issues[0]?.message ?? 'invalid'}`);
  const password = passwordSchema.safeParse(account.password);
  if (!password.success) throw new FirstAdminRefused(`Password: ${password.error.issues[0]?.message ?? 'invalid'}`);
  if ((await countActiveAdmins(database.db)) > 0) throw new FirstAdminRefused('An active admin already exists: create further accounts on the admin page');
  if (await findUserByUsername(database.db, username.data)) throw new FirstAdminRefused(`Username "${username.data}" is taken`);

  const passwordHash = await hashPassword(password.data);
  const id = randomUUID();
  const deps = { database, ...(options.clock ? { clock: options.clock } : {}) };
  await withAudit({ deps, user: null }, { entityType: 'user', entityId: id, procedure: options.procedure }, async (trx) => {
    await insertUser(trx, {
      id,
      username: username.data,
      displayName: account.displayName ?? 'Quản trị hệ thống',
      role: 'admin',
      communeCode: null,
      passwordHash,
      at: (options.clock?.() ?? new Date()).toISOString(),
    });
    return { before: null, after: await findUserById(trx, id), result: undefined };
  });
  return { id, username: username.data };
}

/** At start: the admin from the environment, if both variables are set and there are no users yet. Returns whether one was created. */
export async function ensureAdminFromEnv(database: Database, env: Pick<Env, 'EZGIS_ADMIN_USERNAME' | 'EZGIS_ADMIN_PASSWORD'>): Promise<boolean> {
  if (!env.EZGIS_ADMIN_USERNAME || !env.EZGIS_ADMIN_PASSWORD) return false;
  if ((await countUsers(database.db)) > 0) return false;
  await createFirstAdmin(database, { username: env.EZGIS_ADMIN_USERNAME, password: env.EZGIS_ADMIN_PASSWORD }, { procedure: 'system.adminFromEnv' });
  return true;
}
