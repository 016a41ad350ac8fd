import type { ZodError } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test-support/test-databases.ts';
import { startTestApp, type Caller, type TestApp } from '../../test-support/test-app.ts';
import { auditCount } from '../../test-support/db-snapshot.ts';
import { trpcFailure } from '../../test-support/trpc-failure.ts';

const enquiry = (overrides: Record<string, unknown> = {}) => ({
  lotId: 'lot-tt-kb-01',
  name: 'Lý Minh',
  organisation: 'Công ty TNHH Logistics Bằng Tường',
  contact: '+84 912 345 678',
  message: 'Chúng tôi muốn thuê lô này làm kho ngoại quan. Xin cho biết giá thuê và thời gian bàn giao.',
  language: 'zh' as const,
  ...overrides,
});

const issuePath = (error: unknown) => ((error as { cause: ZodError }).cause.issues[0]?.path ?? []).join('.');
const issueMessage = (error: unknown) => (error as { cause: ZodError }).cause.issues[0]?.message ?? '';

describe.each(testEngines)('enquiries on $engine', (engine) => {
  let app: TestApp;
  let officer: Caller;
  let planner: Caller;
  let commune: Caller;
  /** A caller from an address of its own: the per-address limit does not mix tests. */
  let address = 0;
  const anonymousFrom = () => app.callerAs(null, { client: { ip: `203.0.113.${(address += 1)}` } });

  beforeAll(async () => {
    if (engine.skipReason) return;
    app = await startTestApp(engine, { env: { RATE_LIMIT_ENQUIRIES_PER_HOUR: '3' } });
    officer = app.callerAs(await app.user('officer'));
    planner = app.callerAs(await app.user('planner'));
    commune = app.callerAs(await app.user('xa-dong-dang'));
  });
  afterAll(async () => app?.close());

  describe.skipIf(engine.skipReason !== null)(engine.skipReason ?? 'database available', () => {
    it('stores an anonymous investor’s enquiry, audited without their personal data, and shows it to officers', async () => {
      const audits = await auditCount(app.deps.database.db);
      const sent = await anonymousFrom().enquiries.submit(enquiry());
      expect(sent.id).toMatch(/^enquiry-/);
      expect(Object.keys(sent).sort()).toEqual(['createdAt', 'id']);
      expect(await auditCount(app.deps.database.db)).toBe(audits + 1);
      const audit = await app.deps.database.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
      expect(audit).toMatchObject({ procedure: 'enquiries.submit', entity_type: 'enquiry', entity_id: sent.id, actor_username: null });
      expect(JSON.stringify(audit)).not.toContain('912 345 678');
      expect(JSON.stringify(audit)).not.toContain('Lý Minh');

      const listed = await officer.enquiries.list({ lotId: 'lot-tt-kb-01' });
      expect(listed.items.find((e) => e.id === sent.id)).toMatchObject({ name: 'Lý Minh', contact: '+84 912 345 678', language: 'zh', handledAt: null });
      const stored = await app.deps.database.db.selectFrom('enquiries').select('ip_digest').where('id', '=', sent.id).executeTakeFirstOrThrow();
      expect(stored.ip_digest).toMatch(/^[0-9a-f]{64}$/);
    });

    it('keeps the list from the public and commune accounts; planners may read it', async () => {
      expect((await trpcFailure(app.caller.enquiries.list({}))).code).toBe('UNAUTHORIZED');
      expect((await trpcFailure(commune.enquiries.list({}))).code).toBe('FORBIDDEN');
      await expect(planner.enquiries.list({})).resolves.toHaveProperty('total');
    });

    it('lets an officer mark an enquiry handled and reopen it, each audited', async () => {
      const { id } = await anonymousFrom().enquiries.submit(enquiry());
      app.clock.set('2026-07-01T02:00:00Z');
      const audits = await auditCount(app.deps.database.db);
      const handled = await officer.enquiries.markHandled({ id, note: 'Đã gọi lại, hẹn khảo sát 5/7' });
      expect(handled).toMatchObject({ handledAt: '2026-07-01T02:00:00.000Z', handledBy: 'officer', handledNote: 'Đã gọi lại, hẹn khảo sát 5/7' });
      expect((await officer.enquiries.list({ handled: false })).items.map((e) => e.id)).not.toContain(id);
      expect(await officer.enquiries.markHandled({ id, handled: false })).toMatchObject({ handledAt: null, handledBy: null });
      expect(await auditCount(app.deps.database.db)).toBe(audits + 2);
      expect((await trpcFailure(planner.enquiries.markHandled({ id }))).code).toBe('FORBIDDEN');
      const missing = await trpcFailure(officer.enquiries.markHandled({ id: 'enquiry-nowhere' }));
      expect(missing.code).toBe('NOT_FOUND');
      expect((missing.cause as { field?: string }).field).toBe('id');
    });

    it('refuses an enquiry about a lot that does not exist, naming lotId', async () => {
      const error = await trpcFailure(anonymousFrom().enquiries.submit(enquiry({ lotId: 'lot-nowhere' })));
      expect(error.code).toBe('NOT_FOUND');
      expect((error.cause as { field?: string }).field).toBe('lotId');
    });

    it.each([
      ['name', { name: ' ' }, 'enter your name'],
      ['name', { name: 'x'.repeat(121) }, 'at most 120'],
      ['organisation', { organisation: 'x'.repeat(201) }, 'at most 200'],
      ['contact', { contact: '' }, 'e-mail address or a phone number'],
      ['contact', { contact: 'call me maybe' }, 'not an e-mail address or a phone number'],
      ['contact', { contact: '12345' }, 'not an e-mail address or a phone number'],
      ['message', { message: 'hi' }, 'too short'],
      ['message', { message: 'x'.repeat(2001) }, 'too long'],
      ['message', { message: 'https://spam.example/a https://spam.example/b' }, 'only links'],
      ['message', { message: 'Xem thêm tại https://a.example https://b.example https://c.example nhé' }, 'at most 2 links'],
      ['website', { website: 'https://bot.example' }, 'refused as spam'],
    ])('refuses a bad %s with a clear per-field error', async (field, overrides, message) => {
      const before = await app.deps.database.db.selectFrom('enquiries').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
      const error = await trpcFailure(anonymousFrom().enquiries.submit(enquiry(overrides)));
      expect(error.code).toBe('BAD_REQUEST');
      expect(issuePath(error)).toBe(field);
      expect(issueMessage(error)).toContain(message);
      const after = await app.deps.database.db.selectFrom('enquiries').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
    });

    it('accepts an e-mail address, an organisation left empty and one link in a real message', async () => {
      await expect(anonymousFrom().enquiries.submit(enquiry({ contact: 'minh@example.cn', organisation: '', message: 'Our profile is at https://example.cn — we need 2 ha for a cold store.' }))).resolves.toHaveProperty('id');
    });

    it('limits one address to three enquiries an hour (429 with Retry-After over HTTP), then lets it send again', async () => {
      app.clock.set('2026-07-02T01:00:00Z');
      const ip = '198.51.100.7';
      const caller = app.callerAs(null, { client: { ip } });
      for (let i = 0; i < 3; i += 1) await caller.enquiries.submit(enquiry({ message: `Enquiry number ${i} about the lot's lease terms.` }));
      const refused = await trpcFailure(caller.enquiries.submit(enquiry()));
      expect(refused.code).toBe('TOO_MANY_REQUESTS');
      expect(refused.message).toContain('Too many enquiries');
      // Another address is not held back.
      await expect(app.callerAs(null, { client: { ip: '198.51.100.8' } }).enquiries.submit(enquiry())).resolves.toHaveProperty('id');
      app.clock.advance(3_600_001);
      await expect(caller.enquiries.submit(enquiry())).resolves.toHaveProperty('id');
    });

    it('answers 429 with Retry-After over HTTP once the loopback address has sent its three', async () => {
      app.clock.set('2026-07-03T01:00:00Z');
      const post = () =>
        fetch(`${app.baseUrl}/trpc/enquiries.submit`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: app.baseUrl }, body: JSON.stringify(enquiry()) });
      for (let i = 0; i < 3; i += 1) expect((await post()).status).toBe(200);
      const response = await post();
      expect(response.status).toBe(429);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(3000);
    });
  });
});
