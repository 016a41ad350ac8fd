import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { testEngines } from '../../test-support/test-databases.ts';
import { startTestApp, type TestApp } from '../../test-support/test-app.ts';
import { createApp } from '../../app.ts';
import { WRONG_CREDENTIALS } from './auth.service.ts';

interface TrpcError { error: { message: string; data: { code: string; httpStatus: number } } }

describe.each(testEngines)('auth procedures over HTTP on $engine', (engine) => {
  let app: TestApp;
  beforeAll(async () => {
    if (!engine.skipReason) app = await startTestApp(engine, { seed: false });
  });
  afterAll(async () => app?.close());

  describe.skipIf(engine.skipReason !== null)(engine.skipReason ?? 'database available', () => {
    const post = (path: string, body: unknown, cookie?: string, baseUrl = app.baseUrl) =>
      fetch(`${baseUrl}/trpc/${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const me = async (cookie?: string) => {
      const response = await fetch(`${app.baseUrl}/trpc/auth.me`, { headers: cookie ? { Cookie: cookie } : {} });
      return { response, user: ((await response.json()) as { result: { data: { username: string } | null } }).result.data };
    };
    const login = (username: string, password: string) => post('auth.login', { username, password });

    it('logs in: sets an HttpOnly, SameSite=Lax, Path=/ session cookie and returns the user', async () => {
      const response = await login('xa-dong-dang', 'demo-xa-dong-dang');
      expect(response.status).toBe(200);
      const cookie = response.headers.get('set-cookie')!;
      expect(cookie).toMatch(/^ezgis_session=[A-Za-z0-9_-]{43};/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      expect(cookie).toMatch(/Path=\//);
      expect(cookie).toMatch(/Expires=/);
      expect(cookie).not.toMatch(/Secure/i);
      const body = (await response.json()) as { result: { data: Record<string, unknown> } };
      expect(body.result.data).toMatchObject({ username: 'xa-dong-dang', role: 'commune', communeCode: '11.1806' });
      expect(JSON.stringify(body)).not.toMatch(/scrypt|password/i);
    });

    it('accepts the username in any case and with surrounding spaces', async () => {
      expect((await login('  Planner ', 'demo-planner')).status).toBe(200);
    });

    it('answers auth.me with the user for a session cookie and null without one', async () => {
      const cookie = await app.login('officer');
      expect((await me(cookie)).user).toMatchObject({ username: 'officer', role: 'officer', communeCode: null });
      expect((await me()).user).toBeNull();
    });

    it('answers a wrong password and an unknown username with the same UNAUTHORIZED message', async () => {
      const wrongPassword = await login('admin', 'not-the-password');
      const unknownUser = await login('nobody-here', 'not-the-password');
      expect(wrongPassword.status).toBe(401);
      expect(unknownUser.status).toBe(401);
      const messages = [((await wrongPassword.json()) as TrpcError).error.message, ((await unknownUser.json()) as TrpcError).error.message];
      expect(messages).toEqual([WRONG_CREDENTIALS, WRONG_CREDENTIALS]);
      expect(wrongPassword.headers.get('set-cookie')).toBeNull();
    });

    it('refuses a deactivated account with the same message, even with its password', async () => {
      await app.deps.database.db.updateTable('users').set({ active: 0 }).where('username', '=', 'xa-hoang-van-thu').execute();
      try {
        const response = await login('xa-hoang-van-thu', 'demo-xa-hoang-van-thu');
        expect(response.status).toBe(401);
        expect(((await response.json()) as TrpcError).error.message).toBe(WRONG_CREDENTIALS);
      } finally {
        await app.deps.database.db.updateTable('users').set({ active: 1 }).where('username', '=', 'xa-hoang-van-thu').execute();
      }
    });

    it('logout ends this session only and clears the cookie', async () => {
      const first = await app.login('planner');
      const second = await app.login('planner');
      const response = await post('auth.logout', undefined, first);
      expect(response.status).toBe(200);
      expect(response.headers.get('set-cookie')).toMatch(/ezgis_session=;.*Expires=Thu, 01 Jan 1970/);
      expect((await me(first)).user).toBeNull();
      expect((await me(second)).user).toMatchObject({ username: 'planner' });
    });

    it('logoutEverywhere ends every session of the user and no one else’s', async () => {
      const laptop = await app.login('admin');
      const phone = await app.login('admin');
      const colleague = await app.login('officer');
      const response = await post('auth.logoutEverywhere', undefined, laptop);
      expect(((await response.json()) as { result: { data: { sessionsEnded: number } } }).result.data.sessionsEnded).toBeGreaterThanOrEqual(2);
      expect((await me(laptop)).user).toBeNull();
      expect((await me(phone)).user).toBeNull();
      expect((await me(colleague)).user).toMatchObject({ username: 'officer' });
    });

    it('ends the browser’s previous session when it logs in again', async () => {
      const previous = await app.login('officer');
      const response = await post('auth.login', { username: 'planner', password: 'demo-planner' }, previous);
      expect(response.status).toBe(200);
      expect((await me(previous)).user).toBeNull();
    });

    it('refuses logout without a session with UNAUTHORIZED', async () => {
      expect((await post('auth.logout', undefined)).status).toBe(401);
    });

    it('ends a session after SESSION_IDLE_MINUTES without a request and clears the stale cookie', async () => {
      app.clock.set('2026-12-02T01:00:00Z');
      const cookie = await app.login('officer');
      app.clock.advance(119 * 60_000);
      expect((await me(cookie)).user).not.toBeNull();
      app.clock.advance(120 * 60_000);
      const { response, user } = await me(cookie);
      expect(user).toBeNull();
      expect(response.headers.get('set-cookie')).toMatch(/ezgis_session=;/);
    });

    it('does not set cookies on cacheable /ogc and /tiles answers, even for a stale cookie', async () => {
      const stale = `ezgis_session=${'A'.repeat(43)}`;
      for (const path of ['/ogc/collections', '/tiles/communes/0/0/0.mvt']) {
        const response = await fetch(`${app.baseUrl}${path}`, { headers: { Cookie: stale } });
        expect(response.status, path).toBe(200);
        expect(response.headers.get('set-cookie'), path).toBeNull();
      }
    });

    it('ends an active session SESSION_ABSOLUTE_HOURS after login', async () => {
      app.clock.set('2026-12-03T01:00:00Z');
      const cookie = await app.login('officer');
      for (let hour = 1; hour < 12; hour += 1) {
        app.clock.advance(60 * 60_000);
        expect((await me(cookie)).user, `after ${hour} h`).not.toBeNull();
      }
      app.clock.advance(60 * 60_000);
      expect((await me(cookie)).user).toBeNull();
    });

    it('refuses the 6th login after 5 wrong passwords, even with the right password, with 429 and Retry-After', async () => {
      app.clock.set('2026-12-04T01:00:00Z');
      for (let attempt = 0; attempt < 5; attempt += 1) expect((await login('planner', `wrong-${attempt}`)).status).toBe(401);
      const response = await login('planner', 'demo-planner');
      expect(response.status).toBe(429);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      const body = (await response.json()) as TrpcError;
      expect(body.error.data.code).toBe('TOO_MANY_REQUESTS');
      expect(body.error.message).toMatch(/Too many failed logins. Try again in 15 min/);
      expect(response.headers.get('set-cookie')).toBeNull();
    });

    it('lets the username in again once the failures leave the 15-minute window', async () => {
      app.clock.set('2026-12-05T01:00:00Z');
      for (let attempt = 0; attempt < 5; attempt += 1) await login('officer', `wrong-${attempt}`);
      app.clock.advance(14 * 60_000);
      expect((await login('officer', 'demo-officer')).status).toBe(429);
      app.clock.advance(60_000 + 1);
      expect((await login('officer', 'demo-officer')).status).toBe(200);
    });

    it('throttles 20 failures from one IP address across usernames', async () => {
      app.clock.set('2026-12-06T01:00:00Z');
      for (let attempt = 0; attempt < 20; attempt += 1) expect((await login(`guess-${attempt}`, 'wrong-password')).status).toBe(401);
      expect((await login('admin', 'demo-admin')).status).toBe(429);
      app.clock.advance(15 * 60_000 + 1);
      expect((await login('admin', 'demo-admin')).status).toBe(200);
    });

    it('shares the throttle between server processes through the database', async () => {
      app.clock.set('2026-12-07T01:00:00Z');
      for (let attempt = 0; attempt < 5; attempt += 1) await login('xa-dong-dang', `wrong-${attempt}`);
      // A second app on the same database: its own memory, the same login_attempts table.
      const other = createApp(app.deps, { clientDirectory: '/nonexistent' }).listen(0, '127.0.0.1');
      await new Promise<void>((resolve) => other.once('listening', () => resolve()));
      try {
        const otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
        expect((await post('auth.login', { username: 'xa-dong-dang', password: 'demo-xa-dong-dang' }, undefined, otherUrl)).status).toBe(429);
      } finally {
        await new Promise<void>((resolve) => other.close(() => resolve()));
      }
    });

    it('audits a login and a logout as session entries, without secrets', async () => {
      const db = app.deps.database.db;
      const cookie = await app.login('planner');
      await post('auth.logout', undefined, cookie);
      const entries = await db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'session').orderBy('id', 'desc').limit(2).execute();
      expect(entries.map((e) => e.procedure)).toEqual(['auth.logout', 'auth.login']);
      expect(entries.every((e) => e.actor_username === 'planner' && e.role === 'planner')).toBe(true);
      const text = JSON.stringify(entries);
      expect(text).not.toContain(cookie.split('=')[1]);
      expect(text).not.toMatch(/scrypt|demo-planner/);
    });
  });
});

describe('session cookie in production', () => {
  const sqlite = testEngines.find((e) => e.engine === 'sqlite')!;
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(sqlite, { seed: false, accounts: false, env: { NODE_ENV: 'production' } });
    const { createFirstAdmin } = await import('../../auth/first-admin.ts');
    await createFirstAdmin(app.deps.database, { username: 'chief', password: 'a-production-password' }, { procedure: 'test.setup' });
  });
  afterAll(async () => app.close());

  it('is Secure when NODE_ENV=production', async () => {
    const response = await fetch(`${app.baseUrl}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'chief', password: 'a-production-password' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/; Secure/);
  });
});
