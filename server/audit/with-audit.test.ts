import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testEngines } from '../test-support/test-databases.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { auditJson, withAudit } from './with-audit.ts';

describe('auditJson', () => {
  it('drops passwords, hashes and tokens at any depth and keeps the rest', () => {
    const json = auditJson({ username: 'a', password: 'p', passwordHash: 'scrypt$…', nested: { token: 't', password_hash: 'h', kept: 1 }, passwordChangedAt: '2026' });
    expect(JSON.parse(json!)).toEqual({ username: 'a', nested: { kept: 1 }, passwordChangedAt: '2026' });
  });

  it('writes nothing (SQL NULL) for null and undefined', () => {
    expect(auditJson(null)).toBeNull();
    expect(auditJson(undefined)).toBeNull();
  });
});

describe.each(testEngines)('audit trail on $engine', (engine) => {
  let app: TestApp;
  beforeAll(async () => {
    if (!engine.skipReason) app = await startTestApp(engine, { seed: false });
  });
  afterAll(async () => app?.close());

  describe.skipIf(engine.skipReason !== null)(engine.skipReason ?? 'database available', () => {
    const db = () => app.deps.database.db;
    const count = async (table: 'audit_log' | 'login_attempts') =>
      Number((await db().selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
    const attemptKeys = async () => (await db().selectFrom('login_attempts').select('key').execute()).map((r) => r.key);

    it('writes one entry with UTC time, actor, role, commune, procedure, entity, before and after', async () => {
      app.clock.set('2026-12-10T03:04:05.678Z');
      const actor = await app.user('xa-dong-dang');
      const before = await count('audit_log');
      const result = await withAudit({ deps: app.deps, user: actor, procedure: 'test.write' }, { entityType: 'thing', entityId: 'thing-1' }, async () => ({
        before: { size: 1 },
        after: { size: 2 },
        result: 'done',
      }));
      expect(result).toBe('done');
      expect(await count('audit_log')).toBe(before + 1);
      const entry = await db().selectFrom('audit_log').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
      const parse = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
      expect({ ...entry, before: parse(entry.before), after: parse(entry.after), id: undefined }).toEqual({
        id: undefined,
        at: '2026-12-10T03:04:05.678Z',
        actor_id: actor.id,
        actor_username: 'xa-dong-dang',
        role: 'commune',
        commune_code: '11.1806',
        procedure: 'test.write',
        entity_type: 'thing',
        entity_id: 'thing-1',
        before: { size: 1 },
        after: { size: 2 },
      });
    });

    it('keeps neither the write nor an entry when the mutation fails after writing', async () => {
      const entries = await count('audit_log');
      const attempt = withAudit({ deps: app.deps, user: null, procedure: 'test.fails' }, { entityType: 'thing' }, async (trx) => {
        await trx.insertInto('login_attempts').values({ key: 'rolled-back-write', attempted_at: '2026-12-10T00:00:00.000Z', success: 0 }).execute();
        throw new Error('the rule check failed after the write');
      });
      await expect(attempt).rejects.toThrow('after the write');
      expect(await count('audit_log')).toBe(entries);
      expect(await attemptKeys()).not.toContain('rolled-back-write');
    });

    it('keeps no write when its audit entry cannot be written', async () => {
      const entries = await count('audit_log');
      const attempt = withAudit({ deps: app.deps, user: null, procedure: 'test.unauditable' }, { entityType: 'thing' }, async (trx) => {
        await trx.insertInto('login_attempts').values({ key: 'unaudited-write', attempted_at: '2026-12-10T00:00:00.000Z', success: 0 }).execute();
        // A BigInt cannot be serialised: the audit insert fails after the write.
        return { before: null, after: { size: 1n }, result: undefined };
      });
      await expect(attempt).rejects.toThrow();
      expect(await count('audit_log')).toBe(entries);
      expect(await attemptKeys()).not.toContain('unaudited-write');
    });

    it('refuses UPDATE of an audit entry', async () => {
      await expect(db().updateTable('audit_log').set({ actor_username: 'someone-else' }).execute()).rejects.toThrow(/append-only/);
    });

    it('refuses DELETE of audit entries', async () => {
      const entries = await count('audit_log');
      await expect(db().deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
      expect(await count('audit_log')).toBe(entries);
    });

    // SQLite has no TRUNCATE (its truncate optimisation is a DELETE, refused above).
    if (engine.engine === 'postgres') {
      it('refuses TRUNCATE of the audit log', async () => {
        await expect(sql`TRUNCATE audit_log`.execute(db())).rejects.toThrow(/append-only/);
      });
    }
  });
});
