import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../test-support/test-databases.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { resumeSession, startSession, type SessionPolicy } from './sessions.ts';
import { sessionIdOf } from './session-token.ts';

const minute = 60_000;
const hour = 60 * minute;

describe.each(testEngines)('sessions on $engine', (engine) => {
  let app: TestApp;
  beforeAll(async () => {
    if (!engine.skipReason) app = await startTestApp(engine, { seed: false });
  });
  afterAll(async () => app?.close());

  describe.skipIf(engine.skipReason !== null)(engine.skipReason ?? 'database available', () => {
    /** A policy with a clock the test moves: 2 h idle, 12 h absolute. */
    function policyAt(start: string) {
      let current = new Date(start).getTime();
      const policy: SessionPolicy = { idleMs: 2 * hour, absoluteMs: 12 * hour, now: () => new Date(current) };
      return { policy, advance: (ms: number) => (current += ms) };
    }

    async function signIn(policy: SessionPolicy, username = 'planner') {
      const user = await app.user(username);
      return startSession(app.deps.database.db, policy, { userId: user.id, userAgent: 'vitest' });
    }

    it('stores the SHA-256 of the token as the session id, never the token itself', async () => {
      const { policy } = policyAt('2026-12-01T01:00:00Z');
      const session = await signIn(policy);
      const rows = await app.deps.database.db.selectFrom('sessions').selectAll().execute();
      expect(session.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(rows.map((r) => r.id)).toContain(sessionIdOf(session.token));
      expect(JSON.stringify(rows)).not.toContain(session.token);
    });

    it('resumes a session within the idle timeout, as its user', async () => {
      const { policy, advance } = policyAt('2026-12-01T01:00:00Z');
      const session = await signIn(policy);
      advance(2 * hour - minute);
      expect((await resumeSession(app.deps.database.db, policy, session.token))?.user.username).toBe('planner');
    });

    it('ends a session idle for the idle timeout, and deletes its row', async () => {
      const { policy, advance } = policyAt('2026-12-01T01:00:00Z');
      const session = await signIn(policy);
      advance(2 * hour);
      expect(await resumeSession(app.deps.database.db, policy, session.token)).toBeNull();
      const row = await app.deps.database.db.selectFrom('sessions').select('id').where('id', '=', session.sessionId).executeTakeFirst();
      expect(row).toBeUndefined();
    });

    it('keeps an active session alive only until its absolute expiry', async () => {
      const { policy, advance } = policyAt('2026-12-01T01:00:00Z');
      const session = await signIn(policy);
      for (let hours = 1; hours < 12; hours += 1) {
        advance(hour);
        expect(await resumeSession(app.deps.database.db, policy, session.token), `after ${hours} h`).not.toBeNull();
      }
      advance(hour);
      expect(await resumeSession(app.deps.database.db, policy, session.token)).toBeNull();
    });

    it('does not resume a session of a deactivated user', async () => {
      const { policy } = policyAt('2026-12-01T01:00:00Z');
      const session = await signIn(policy, 'officer');
      await app.deps.database.db.updateTable('users').set({ active: 0 }).where('username', '=', 'officer').execute();
      try {
        expect(await resumeSession(app.deps.database.db, policy, session.token)).toBeNull();
      } finally {
        await app.deps.database.db.updateTable('users').set({ active: 1 }).where('username', '=', 'officer').execute();
      }
    });

    it('does not resume an unknown or malformed token', async () => {
      const { policy } = policyAt('2026-12-01T01:00:00Z');
      expect(await resumeSession(app.deps.database.db, policy, 'A'.repeat(43))).toBeNull();
      expect(await resumeSession(app.deps.database.db, policy, "x' OR 1=1 --")).toBeNull();
    });
  });
});
