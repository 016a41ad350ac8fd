import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testEngines, type TestDatabase } from '../test-support/test-databases.ts';
import { parseEnv } from '../env.ts';
import { findCredentials, listUsers } from '../features/users/users.repository.ts';
import { verifyPassword } from './password.ts';
import { DemoAccountsRefused, demoAccounts, seedDemoAccounts } from './demo-accounts.ts';
import { createFirstAdmin, ensureAdminFromEnv, FirstAdminRefused } from './first-admin.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe.each(testEngines)('demo accounts and the first admin on $engine', (engine) => {
  let opened: TestDatabase | undefined;
  afterEach(async () => {
    await opened?.dispose();
    opened = undefined;
  });

  describe.skipIf(engine.skipReason !== null)(engine.skipReason ?? 'database available', () => {
    it('seeds admin, planner, officer and the two commune accounts, each with the password demo-<username>', async () => {
      opened = await engine.open();
      expect(await seedDemoAccounts(opened.database, { NODE_ENV: 'development' })).toBe(5);
      const users = await listUsers(opened.database.db);
      expect(users.map((u) => [u.username, u.role, u.communeCode])).toEqual([
        ['admin', 'admin', null],
        ['officer', 'officer', null],
        ['planner', 'planner', null],
        ['xa-dong-dang', 'commune', '11.1806'],
        ['xa-hoang-van-thu', 'commune', '11.1827'],
      ]);
      for (const account of demoAccounts) {
        const credentials = await findCredentials(opened.database.db, account.username);
        expect(await verifyPassword(`demo-${account.username}`, credentials!.passwordHash), account.username).toBe(true);
      }
    });

    it('seeds only into an empty users table', async () => {
      opened = await engine.open();
      await createFirstAdmin(opened.database, { username: 'chief', password: 'chief-password' }, { procedure: 'test.setup' });
      expect(await seedDemoAccounts(opened.database, { NODE_ENV: 'development' })).toBe(0);
      expect((await listUsers(opened.database.db)).map((u) => u.username)).toEqual(['chief']);
    });

    it('refuses to create demo accounts when NODE_ENV=production, and writes nothing', async () => {
      opened = await engine.open();
      await expect(seedDemoAccounts(opened.database, { NODE_ENV: 'production' })).rejects.toThrow(DemoAccountsRefused);
      expect(await listUsers(opened.database.db)).toEqual([]);
    });

    it('creates the first admin from EZGIS_ADMIN_USERNAME and EZGIS_ADMIN_PASSWORD, audited as a system action', async () => {
      opened = await engine.open();
      const env = parseEnv({ NODE_ENV: 'production', EZGIS_ADMIN_USERNAME: 'Board-Admin', EZGIS_ADMIN_PASSWORD: 'a-strong-passphrase' });
      expect(await ensureAdminFromEnv(opened.database, env)).toBe(true);
      const credentials = await findCredentials(opened.database.db, 'board-admin');
      expect(credentials?.user).toMatchObject({ role: 'admin', active: true });
      expect(await verifyPassword('a-strong-passphrase', credentials!.passwordHash)).toBe(true);
      const entry = await opened.database.db.selectFrom('audit_log').selectAll().executeTakeFirstOrThrow();
      expect(entry).toMatchObject({ procedure: 'system.adminFromEnv', entity_type: 'user', actor_id: null });
      expect(JSON.stringify(entry)).not.toMatch(/a-strong-passphrase|scrypt/);
    });

    it('does not create the environment admin once there are users', async () => {
      opened = await engine.open();
      await seedDemoAccounts(opened.database, { NODE_ENV: 'development' });
      const env = parseEnv({ EZGIS_ADMIN_USERNAME: 'late-admin', EZGIS_ADMIN_PASSWORD: 'a-strong-passphrase' });
      expect(await ensureAdminFromEnv(opened.database, env)).toBe(false);
      expect(await findCredentials(opened.database.db, 'late-admin')).toBeUndefined();
    });

    it('refuses a second first admin while an active admin exists', async () => {
      opened = await engine.open();
      await createFirstAdmin(opened.database, { username: 'chief', password: 'chief-password' }, { procedure: 'test.setup' });
      await expect(createFirstAdmin(opened.database, { username: 'another', password: 'another-password' }, { procedure: 'test.setup' })).rejects.toThrow(FirstAdminRefused);
    });

    it('refuses a first admin with a short password', async () => {
      opened = await engine.open();
      await expect(createFirstAdmin(opened.database, { username: 'chief', password: 'short' }, { procedure: 'test.setup' })).rejects.toThrow(/Password/);
    });
  });
});

describe('environment for the first admin', () => {
  it('refuses EZGIS_ADMIN_USERNAME without EZGIS_ADMIN_PASSWORD', () => {
    expect(() => parseEnv({ EZGIS_ADMIN_USERNAME: 'chief' })).toThrow(/EZGIS_ADMIN_PASSWORD/);
  });

  it('refuses an EZGIS_ADMIN_PASSWORD shorter than 10 characters', () => {
    expect(() => parseEnv({ EZGIS_ADMIN_USERNAME: 'chief', EZGIS_ADMIN_PASSWORD: 'short' })).toThrow(/at least 10/);
  });
});

describe('the create-admin command', () => {
  let directory: string;
  beforeAll(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'ezgis-create-admin-'));
  });
  afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

  const run = (username: string, password: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'server/auth/create-admin.ts', username], {
      cwd: root,
      input: `${password}\n`,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: '', SQLITE_FILE: path.join(directory, 'ezgis.sqlite'), NODE_ENV: 'production' },
      timeout: 60_000,
    });

  it('creates the first admin with the password read from stdin', () => {
    const result = run('chief', 'a passphrase from stdin');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Created admin "chief"');
    expect(result.status).toBe(0);
  });

  it('refuses to run again once an admin exists', () => {
    const result = run('second', 'another passphrase');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('An active admin already exists');
  });
});
