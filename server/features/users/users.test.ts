import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { testEngines } from '../../test-support/test-databases.ts';
import { startTestApp, type Caller, type TestApp } from '../../test-support/test-app.ts';

describe.each(testEngines)('users procedures on $engine', (engine) => {
  let app: TestApp;
  let admin: Caller;
  beforeAll(async () => {
    if (engine.skipReason) return;
    app = await startTestApp(engine);
    admin = app.callerAs(await app.user('admin'));
  });
  afterAll(async () => app?.close());

  describe.skipIf(engine.skipReason !== null)(engine.skipReason ?? 'database available', () => {
    const refusal = (promise: Promise<unknown>) => promise.then(() => undefined, (e: unknown) => e as TRPCError & { cause?: { field?: string } });
    const loginStatus = async (username: string, password: string) =>
      (await fetch(`${app.baseUrl}/trpc/auth.login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password }) })).status;
    const me = async (cookie: string) =>
      ((await (await fetch(`${app.baseUrl}/trpc/auth.me`, { headers: { Cookie: cookie } })).json()) as { result: { data: unknown } }).result.data;

    it('lists the demo accounts with role, commune name and state, and no password hash', async () => {
      const users = await admin.users.list();
      expect(users.map((u) => u.username)).toEqual(['admin', 'officer', 'planner', 'xa-dong-dang', 'xa-hoang-van-thu']);
      expect(users.find((u) => u.username === 'xa-dong-dang')).toMatchObject({ role: 'commune', communeCode: '11.1806', communeName: 'Đồng Đăng', active: true });
      expect(users.find((u) => u.username === 'xa-hoang-van-thu')).toMatchObject({ communeCode: '11.1827', communeName: 'Hoàng Văn Thụ' });
      expect(JSON.stringify(users)).not.toMatch(/scrypt|password_?hash/i);
    });

    it('creates a commune account bound to a commune of the communes layer, which can then log in', async () => {
      const created = await admin.users.create({ username: 'Xa-Tan-Thanh', displayName: 'Cán bộ xã Tân Thanh', role: 'commune', communeCode: '11.1806', password: 'tan-thanh-2026' });
      expect(created).toMatchObject({ username: 'xa-tan-thanh', role: 'commune', communeCode: '11.1806', communeName: 'Đồng Đăng', active: true });
      expect(await loginStatus('xa-tan-thanh', 'tan-thanh-2026')).toBe(200);
    });

    it('refuses a commune account without a commune, naming communeCode', async () => {
      const error = await refusal(admin.users.create({ username: 'no-commune', displayName: 'X', role: 'commune', password: 'long-enough-1' }));
      expect(error?.code).toBe('BAD_REQUEST');
      expect(error?.message).toContain('communeCode');
    });

    it('refuses a commune on a non-commune account, naming communeCode', async () => {
      const error = await refusal(admin.users.create({ username: 'officer-2', displayName: 'X', role: 'officer', communeCode: '11.1806', password: 'long-enough-1' }));
      expect(error?.code).toBe('BAD_REQUEST');
      expect(error?.message).toContain('communeCode');
    });

    it('refuses a commune code that is not in the communes layer', async () => {
      const error = await refusal(admin.users.create({ username: 'nowhere', displayName: 'X', role: 'commune', communeCode: '99.9999', password: 'long-enough-1' }));
      expect(error?.code).toBe('BAD_REQUEST');
      expect(error?.message).toContain('99.9999');
    });

    it('refuses a password shorter than 10 characters', async () => {
      const error = await refusal(admin.users.create({ username: 'short-pw', displayName: 'X', role: 'planner', password: 'short-pw' }));
      expect(error?.code).toBe('BAD_REQUEST');
      expect(error?.message).toContain('password');
    });

    it('refuses a username that is taken with CONFLICT, and writes nothing', async () => {
      const before = (await admin.users.list()).length;
      const error = await refusal(admin.users.create({ username: 'planner', displayName: 'Another planner', role: 'planner', password: 'long-enough-1' }));
      expect(error?.code).toBe('CONFLICT');
      expect(error?.message).toContain('planner');
      expect((await admin.users.list()).length).toBe(before);
    });

    it('updates name, role and commune; leaving the commune role drops the commune', async () => {
      const created = await admin.users.create({ username: 'role-changer', displayName: 'A', role: 'commune', communeCode: '11.1827', password: 'long-enough-1' });
      const updated = await admin.users.update({ id: created.id, displayName: 'B', role: 'officer' });
      expect(updated).toMatchObject({ displayName: 'B', role: 'officer', communeCode: null, communeName: null });
    });

    it('refuses to make an account a commune account without a commune', async () => {
      const error = await refusal(admin.users.update({ id: (await app.user('officer')).id, role: 'commune' }));
      expect(error?.code).toBe('BAD_REQUEST');
      expect(error?.message).toMatch(/commune/);
    });

    it('deactivating an account ends its sessions and stops its logins', async () => {
      const created = await admin.users.create({ username: 'leaver', displayName: 'Leaver', role: 'planner', password: 'leaver-password' });
      const cookie = await app.login('leaver', 'leaver-password');
      expect(await me(cookie)).toMatchObject({ username: 'leaver' });
      await admin.users.update({ id: created.id, active: false });
      expect(await me(cookie)).toBeNull();
      expect(await loginStatus('leaver', 'leaver-password')).toBe(401);
    });

    it('refuses to let an admin deactivate themselves, with a clear message', async () => {
      const error = await refusal(admin.users.update({ id: (await app.user('admin')).id, active: false }));
      expect(error?.code).toBe('BAD_REQUEST');
      expect(error?.message).toContain('You cannot deactivate or demote your own account');
    });

    it('refuses to let an admin demote themselves', async () => {
      const error = await refusal(admin.users.update({ id: (await app.user('admin')).id, role: 'planner' }));
      expect(error?.code).toBe('BAD_REQUEST');
      expect(error?.message).toContain('You cannot deactivate or demote your own account');
    });

    it('resetting a password ends the user’s sessions; only the new password works', async () => {
      const created = await admin.users.create({ username: 'forgetful', displayName: 'F', role: 'officer', password: 'first-password' });
      const cookie = await app.login('forgetful', 'first-password');
      const result = await admin.users.resetPassword({ id: created.id, password: 'second-password' });
      expect(result.sessionsEnded).toBe(1);
      expect(await me(cookie)).toBeNull();
      expect(await loginStatus('forgetful', 'first-password')).toBe(401);
      expect(await loginStatus('forgetful', 'second-password')).toBe(200);
    });

    it('audits a password reset without the password or its hash', async () => {
      const created = await admin.users.create({ username: 'audited-reset', displayName: 'R', role: 'officer', password: 'first-password' });
      await admin.users.resetPassword({ id: created.id, password: 'secret-new-password' });
      const entry = await app.deps.database.db.selectFrom('audit_log').selectAll().where('procedure', '=', 'users.resetPassword').where('entity_id', '=', created.id).executeTakeFirstOrThrow();
      expect(entry).toMatchObject({ actor_username: 'admin', role: 'admin', entity_type: 'user' });
      expect(JSON.stringify(entry)).not.toMatch(/secret-new-password|scrypt/);
    });

    it('answers NOT_FOUND for an unknown user id', async () => {
      expect((await refusal(admin.users.update({ id: 'no-such-id', displayName: 'X' })))?.code).toBe('NOT_FOUND');
      expect((await refusal(admin.users.resetPassword({ id: 'no-such-id', password: 'long-enough-1' })))?.code).toBe('NOT_FOUND');
    });
  });
});
