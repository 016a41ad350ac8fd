import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { testEngines } from '../../test-support/test-databases.ts';
import { startTestApp, type TestApp } from '../../test-support/test-app.ts';
import { withAudit } from '../../audit/with-audit.ts';
import { csvCell } from '../../http/csv.ts';

describe('csvCell', () => {
  it.each(['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\tTAB', '\rCR'])('neutralises the formula %j with a leading quote', (value) => {
    expect(csvCell(value)).toBe(`"'${value.replaceAll('"', '""')}"`);
  });

  it('quotes every cell and doubles inner quotes', () => {
    expect(csvCell('Đồng Đăng "A"')).toBe('"Đồng Đăng ""A"""');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(12)).toBe('"12"');
  });
});

describe.each(testEngines)('audit log view and CSV export on $engine', (engine) => {
  let app: TestApp;
  let adminCookie: string;

  beforeAll(async () => {
    if (engine.skipReason) return;
    app = await startTestApp(engine, { seed: false });
    // A known history: three entries on three days by two actors.
    const write = async (username: string, procedure: string, entityType: string, entityId: string, at: string, after: unknown) => {
      app.clock.set(at);
      await withAudit({ deps: app.deps, user: await app.user(username), procedure }, { entityType, entityId }, async () => ({ before: null, after, result: undefined }));
    };
    await write('admin', 'users.create', 'user', 'user-1', '2026-11-20T08:00:00.000Z', { username: 'new-user' });
    // An entity id as an attacker might choose it, to run a formula in the admin's spreadsheet.
    await write('planner', 'plans.approve', 'plan', '=HYPERLINK("http://evil.example")', '2026-11-21T08:00:00.000Z', { name: 'Plan' });
    await write('admin', 'users.update', 'user', 'user-1', '2026-11-22T08:00:00.000Z', { displayName: 'Nguyễn Văn A' });
    app.clock.set('2026-11-23T00:00:00.000Z');
    adminCookie = await app.login('admin');
  });
  afterAll(async () => app?.close());

  describe.skipIf(engine.skipReason !== null)(engine.skipReason ?? 'database available', () => {
    const admin = async () => app.callerAs(await app.user('admin'));
    const csv = (query: string, cookie?: string) => fetch(`${app.baseUrl}/api/audit.csv${query}`, { headers: cookie ? { Cookie: cookie } : {} });

    it('lists entries newest first with the total', async () => {
      const page = await (await admin()).audit.list({ limit: 2 });
      expect(page.total).toBe(4);
      expect(page.entries.map((e) => e.procedure)).toEqual(['auth.login', 'users.update']);
      expect(page.entries[1]).toMatchObject({ actorUsername: 'admin', role: 'admin', entityType: 'user', entityId: 'user-1', after: { displayName: 'Nguyễn Văn A' } });
    });

    it('pages with limit and offset', async () => {
      const page = await (await admin()).audit.list({ limit: 2, offset: 2 });
      expect(page.entries.map((e) => e.procedure)).toEqual(['plans.approve', 'users.create']);
    });

    it('filters by actor, procedure, procedure prefix and entity type', async () => {
      const caller = await admin();
      expect((await caller.audit.list({ actor: 'planner' })).entries.map((e) => e.procedure)).toEqual(['plans.approve']);
      expect((await caller.audit.list({ procedure: 'users.create' })).total).toBe(1);
      expect((await caller.audit.list({ procedure: 'users.' })).total).toBe(2);
      expect((await caller.audit.list({ entityType: 'plan' })).total).toBe(1);
    });

    it('filters by time: from inclusive, to exclusive, dates as UTC days or date-times with an offset', async () => {
      const caller = await admin();
      expect((await caller.audit.list({ from: '2026-11-21', to: '2026-11-22' })).entries.map((e) => e.procedure)).toEqual(['plans.approve']);
      expect((await caller.audit.list({ from: '2026-11-21T15:00:00+07:00', to: '2026-11-22T15:00:00+07:00' })).entries.map((e) => e.procedure)).toEqual(['plans.approve']);
    });

    it('refuses a reversed time range naming the field', async () => {
      const error = await (await admin()).audit.list({ from: '2026-11-22', to: '2026-11-21' }).catch((e: unknown) => e);
      expect((error as TRPCError).code).toBe('BAD_REQUEST');
      expect((error as TRPCError).message).toContain('to');
    });

    it('offers the actors, procedures and entity types that occur', async () => {
      expect(await (await admin()).audit.facets()).toEqual({
        actors: ['admin', 'planner'],
        procedures: ['auth.login', 'plans.approve', 'users.create', 'users.update'],
        entityTypes: ['plan', 'session', 'user'],
      });
    });

    it('exports CSV with a UTF-8 BOM, a header and one row per entry, oldest first', async () => {
      const response = await csv('', adminCookie);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="ezgis-audit-.*\.csv"$/);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n');
      expect(lines[0]).toBe('"id","at_utc","actor","actor_id","role","commune_code","procedure","entity_type","entity_id","before","after"');
      expect(lines).toHaveLength(5);
      expect(lines[1]).toContain('"users.create"');
      expect(lines[3]).toContain('Nguyễn Văn A');
    });

    it('exports with the same filters as the view', async () => {
      const text = await (await csv('?actor=admin&procedure=users.&to=2026-11-21', adminCookie)).text();
      expect(text.trimEnd().split('\r\n')).toHaveLength(2);
      expect(text).toContain('"users.create"');
    });

    it('neutralises formulas in exported cells', async () => {
      const text = await (await csv('?entityType=plan', adminCookie)).text();
      expect(text).toContain(',"\'=HYPERLINK(""http://evil.example"")",');
      expect(text).not.toMatch(/(^|,)"=/m);
    });

    it('refuses an unknown or malformed filter with a 400 naming it', async () => {
      const unknown = await csv('?drop=table', adminCookie);
      expect(unknown.status).toBe(400);
      const badDate = await csv('?from=yesterday', adminCookie);
      expect(badDate.status).toBe(400);
      expect(((await badDate.json()) as { error: { field: string } }).error.field).toBe('from');
    });

    it('refuses the export without a session (401) and to non-admins (403)', async () => {
      expect((await csv('')).status).toBe(401);
      for (const username of ['planner', 'officer', 'xa-dong-dang']) {
        const response = await csv('', await app.login(username));
        expect(response.status, username).toBe(403);
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
      }
    });
  });
});
