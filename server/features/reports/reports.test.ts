import type { ZodError } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test-support/test-databases.ts';
import { startTestApp, type Caller, type TestApp } from '../../test-support/test-app.ts';
import { auditCount } from '../../test-support/db-snapshot.ts';
import { reportOnTime } from './reports.service.ts';
import { trpcFailure } from '../../test-support/trpc-failure.ts';

const binhNghi = 'project-binh-nghi-office';

const report = (overrides: Record<string, unknown> = {}) => ({ projectId: binhNghi, period: '2025-09', progressPercent: 95, issues: 'Chưa có quyết toán', proposals: 'Đề nghị Sở Tài chính thẩm tra', ...overrides });

describe('reportOnTime', () => {
  it('is on time on the 24th, Vietnam time', () => {
    expect(reportOnTime('2025-09', new Date('2025-09-24T16:59:00Z'))).toBe(true);
  });

  it('is late from the 25th, Vietnam time (17:00 UTC on the 24th)', () => {
    expect(reportOnTime('2025-09', new Date('2025-09-24T17:00:00Z'))).toBe(false);
  });
});

describe.each(testEngines)('monthly reports on $engine', (engine) => {
  let app: TestApp;
  let officer: Caller;
  beforeAll(async () => {
    if (engine.skipReason) return;
    app = await startTestApp(engine);
    officer = app.callerAs(await app.user('officer'));
  });
  afterAll(async () => app?.close());

  describe.skipIf(engine.skipReason !== null)(engine.skipReason ?? 'database available', () => {
    it('accepts an officer’s report before the 25th as on time, with one audit row', async () => {
      app.clock.set('2025-09-20T03:00:00Z');
      const audits = await auditCount(app.deps.database.db);
      const submitted = await officer.reports.submit(report());
      expect(submitted).toMatchObject({ projectId: binhNghi, period: '2025-09', progressPercent: 95, onTime: true, submittedBy: 'officer' });
      expect(await auditCount(app.deps.database.db)).toBe(audits + 1);
    });

    it('marks a report submitted on the 25th late', async () => {
      app.clock.set('2025-09-25T03:00:00Z');
      const submitted = await officer.reports.submit(report({ projectId: 'project-ban-gieng-road' }));
      expect(submitted.onTime).toBe(false);
    });

    it('replaces the month’s report on resubmission and keeps the old one', async () => {
      app.clock.set('2025-09-21T03:00:00Z');
      await officer.reports.submit(report({ projectId: 'project-chi-ma-branch-roads', progressPercent: 10 }));
      await officer.reports.submit(report({ projectId: 'project-chi-ma-branch-roads', progressPercent: 20 }));
      const summary = await officer.reports.monthlySummary({ period: '2025-09' });
      expect(summary.rows.find((r) => r.projectId === 'project-chi-ma-branch-roads')?.report?.progressPercent).toBe(20);
      const kept = await app.deps.database.db.selectFrom('project_reports').select(['progress_percent', 'deleted_at']).where('project_id', '=', 'project-chi-ma-branch-roads').orderBy('submitted_at').execute();
      expect(kept.map((r) => [Number(r.progress_percent), r.deleted_at === null])).toEqual([
        [10, false],
        [20, true],
      ]);
    });

    it('summarises every project of the month: on time, late or missing, with totals', async () => {
      app.clock.set('2025-10-02T03:00:00Z');
      const summary = await officer.reports.monthlySummary({ period: '2025-09' });
      expect(summary.rows).toHaveLength(17);
      expect(summary.rows.find((r) => r.projectId === binhNghi)?.state).toBe('on-time');
      expect(summary.rows.find((r) => r.projectId === 'project-ban-gieng-road')?.state).toBe('late');
      expect(summary.rows.find((r) => r.projectId === 'project-vsip-lang-son-secondary-investors')).toMatchObject({ state: 'missing', report: null });
      expect(summary.totals).toEqual({ projects: 17, submitted: 3, onTime: 2, late: 1, missing: 14 });
      expect(summary).toMatchObject({ dueDate: '2025-09-24', duePassed: true });
    });

    it('refuses a report for a future month, naming the field', async () => {
      app.clock.set('2025-09-20T03:00:00Z');
      const error = await trpcFailure(officer.reports.submit(report({ period: '2025-10' })));
      expect(error.code).toBe('BAD_REQUEST');
      expect((error.cause as { field?: string }).field).toBe('period');
    });

    it('refuses a malformed period with BAD_REQUEST on the period', async () => {
      const error = await trpcFailure(officer.reports.submit(report({ period: '2025-13' })));
      expect(error.code).toBe('BAD_REQUEST');
      expect((error.cause as ZodError).issues[0]?.path).toEqual(['period']);
    });

    it('refuses issues longer than 4000 characters with BAD_REQUEST on the issues', async () => {
      const error = await trpcFailure(officer.reports.submit(report({ issues: 'x'.repeat(4001) })));
      expect(error.code).toBe('BAD_REQUEST');
      expect((error.cause as ZodError).issues[0]?.path).toEqual(['issues']);
    });

    it('answers NOT_FOUND for an unknown project', async () => {
      app.clock.set('2025-09-20T03:00:00Z');
      expect((await trpcFailure(officer.reports.submit(report({ projectId: 'project-nowhere' })))).code).toBe('NOT_FOUND');
    });

    it('keeps the summary from anonymous and commune callers', async () => {
      expect((await trpcFailure(app.caller.reports.monthlySummary({ period: '2025-09' }))).code).toBe('UNAUTHORIZED');
      const commune = app.callerAs(await app.user('xa-dong-dang'));
      expect((await trpcFailure(commune.reports.monthlySummary({ period: '2025-09' }))).code).toBe('FORBIDDEN');
    });

    it('exports the summary as CSV with a BOM and formula-safe cells for a planner', async () => {
      app.clock.set('2025-09-20T03:00:00Z');
      await officer.reports.submit(report({ projectId: 'project-tu-mich-na-cang-road', issues: '=HYPERLINK("http://evil")' }));
      const cookie = await app.login('planner');
      const response = await fetch(`${app.baseUrl}/api/reports/monthly.csv?period=2025-09`, { headers: { Cookie: cookie } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes);
      expect(text.split('\r\n').filter(Boolean)).toHaveLength(18);
      expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    });

    it('refuses the CSV to anonymous and commune callers, and a bad period', async () => {
      expect((await fetch(`${app.baseUrl}/api/reports/monthly.csv?period=2025-09`)).status).toBe(401);
      const communeCookie = await app.login('xa-dong-dang');
      expect((await fetch(`${app.baseUrl}/api/reports/monthly.csv?period=2025-09`, { headers: { Cookie: communeCookie } })).status).toBe(403);
      const cookie = await app.login('officer');
      const bad = await fetch(`${app.baseUrl}/api/reports/monthly.csv?period=September`, { headers: { Cookie: cookie } });
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { error: { field?: string } }).error.field).toBe('period');
    });
  });
});
