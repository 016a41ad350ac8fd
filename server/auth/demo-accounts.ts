/**
 * Accounts of the demo mode (`npm start`: NODE_ENV is not production and SEED_DEMO=true), each
 * with the password `demo-<username>`. Written only into an empty users table, and never in
 * production: there the first admin comes from EZGIS_ADMIN_USERNAME/EZGIS_ADMIN_PASSWORD or
 * from `node --import tsx server/auth/create-admin.ts <username>` (first-admin.ts).
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../db/create-db.ts';
import type { Env } from '../env.ts';
import type { Role } from '../../shared/domain/roles.ts';
import { countUsers, insertUser } from '../features/users/users.repository.ts';
import { hashPassword } from './password.ts';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  communeCode: string | null;
}

export const demoAccounts: readonly DemoAccount[] = [
  { username: 'admin', displayName: 'Quản trị hệ thống (demo)', role: 'admin', communeCode: null },
  { username: 'planner', displayName: 'Cán bộ Phòng Quản lý hạ tầng (demo)', role: 'planner', communeCode: null },
  { username: 'officer', displayName: 'Cán bộ Ban Quản lý (demo)', role: 'officer', communeCode: null },
  { username: 'xa-dong-dang', displayName: 'Cán bộ xã Đồng Đăng (demo)', role: 'commune', communeCode: '11.1806' },
  { username: 'xa-hoang-van-thu', displayName: 'Cán bộ xã Hoàng Văn Thụ (demo)', role: 'commune', communeCode: '11.1827' },
];

export function demoPassword(username: string): string {
  return `demo-${username}`;
}

export class DemoAccountsRefused extends Error {}

/** Seeds the demo accounts into an empty users table; returns how many were created. Throws in production. */
export async function seedDemoAccounts(database: Database, env: Pick<Env, 'NODE_ENV'>, at: Date = new Date()): Promise<number> {
  if (env.NODE_ENV === 'production') {
    throw new DemoAccountsRefused('Demo accounts (with known passwords) are never created when NODE_ENV=production');
  }
  if ((await countUsers(database.db)) > 0) return 0;
  const hashed = await Promise.all(demoAccounts.map(async (account) => ({ account, passwordHash: await hashPassword(demoPassword(account.username)) })));
  await database.db.transaction().execute(async (trx) => {
    for (const { account, passwordHash } of hashed) {
      await insertUser(trx, { id: randomUUID(), ...account, passwordHash, at: at.toISOString() });
    }
  });
  return demoAccounts.length;
}
