import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLayer, type LayerDefinition } from '../../../shared/layers/registry.ts';
import { testEngines } from '../../test-support/test-databases.ts';
import { startTestApp, type Caller, type TestApp } from '../../test-support/test-app.ts';
import { auditCount } from '../../test-support/db-snapshot.ts';
import { trpcFailure } from '../../test-support/trpc-failure.ts';

const projectLayer = findLayer('projects') as LayerDefinition;
const binhNghi = 'project-binh-nghi-office';
const dongBanh = 'project-dong-banh-ip-road-phase-1';

describe.each(testEngines)('projects on $engine', (engine) => {
  let app: TestApp;
  let officer: Caller;
  beforeAll(async () => {
    if (engine.skipReason) return;
    app = await startTestApp(engine);
    officer = app.callerAs(await app.user('officer'));
  });
  afterAll(async () => app?.close());

  describe.skipIf(engine.skipReason !== null)(engine.skipReason ?? 'database available', () => {
    it('lists the 17 projects of the brief with derived status', async () => {
      const projects = await app.caller.projects.list({ asOf: '2025-09-01' });
      expect(projects).toHaveLength(17);
      expect(projects.find((p) => p.id === binhNghi)).toMatchObject({ status: 'final-accounts-pending', storedStatus: 'final-accounts-overdue', overdue: false });
    });

    it('finds Bình Nghi and Đồng Bành overdue for final accounts as of 1 Oct 2025', async () => {
      const overdue = await app.caller.projects.list({ asOf: '2025-10-01', overdueOnly: true });
      expect(overdue.map((p) => p.id)).toEqual(expect.arrayContaining([binhNghi, dongBanh]));
      expect(overdue.every((p) => p.overdueReasons.includes('final-accounts') && p.status === 'final-accounts-overdue')).toBe(true);
    });

    it('finds no project overdue as of 1 Sep 2025', async () => {
      expect(await app.caller.projects.list({ asOf: '2025-09-01', overdueOnly: true })).toEqual([]);
    });

    it('gives the map the same derived status and overdue flag as the list, for the asked day', async () => {
      const listed = await app.caller.projects.list({ asOf: '2025-10-01' });
      const { features } = await app.caller.layers.features({ layerId: 'projects', limit: 5000, asOf: '2025-10-01' });
      expect(features).toHaveLength(listed.length);
      for (const project of listed) {
        const feature = features.find((f) => f.id === project.id);
        expect(feature?.properties, project.id).toMatchObject({ derivedStatus: project.status, overdue: project.overdue, statusAsOf: '2025-10-01' });
      }
      const earlier = await app.caller.layers.features({ layerId: 'projects', limit: 5000, asOf: '2025-09-01' });
      expect(earlier.features.find((f) => f.id === binhNghi)?.properties).toMatchObject({ derivedStatus: 'final-accounts-pending', overdue: false });
      // Other layers are left as stored.
      const gates = await app.caller.layers.features({ layerId: 'border-gates', asOf: '2025-10-01' });
      expect(gates.features.every((f) => !('derivedStatus' in (f.properties ?? {})))).toBe(true);
    });

    it('serves projects to GIS clients (OGC API) with their status derived for today', async () => {
      app.clock.set('2025-10-05T03:00:00Z');
      const response = await fetch(`${app.baseUrl}/ogc/collections/projects/items/${binhNghi}`);
      const feature = (await response.json()) as { properties: Record<string, unknown> };
      expect(feature.properties).toMatchObject({ status: 'final-accounts-overdue', derivedStatus: 'final-accounts-overdue', overdue: true, statusAsOf: '2025-10-05' });
      const page = (await (await fetch(`${app.baseUrl}/ogc/collections/projects/items?limit=100`)).json()) as { features: { properties: Record<string, unknown> }[] };
      expect(page.features.every((f) => typeof f.properties.derivedStatus === 'string')).toBe(true);
    });

    it('filters by kind and by derived status', async () => {
      const assistance = await app.caller.projects.list({ asOf: '2025-10-01', kind: 'technical-assistance' });
      expect(assistance.map((p) => p.id)).toEqual(['project-tan-thanh-po-chai-cooperation-zone']);
      const halted = await app.caller.projects.list({ asOf: '2025-10-01', status: 'halted' });
      expect(halted.map((p) => p.id)).toEqual(['project-huu-nghi-automatic-barrier']);
    });

    it('computes the derived status for today in Vietnam when no asOf is given', async () => {
      app.clock.set('2025-09-30T17:30:00Z'); // 1 Oct 2025, 00:30 in Hà Nội
      const projects = await app.caller.projects.list();
      expect(projects.find((p) => p.id === binhNghi)?.overdue).toBe(true);
    });

    it('gives a project with its geometry and bbox', async () => {
      const road = await app.caller.projects.get({ id: 'project-huu-nghi-internal-road-upgrade', asOf: '2025-10-01' });
      expect(road.geometry.type).toBe('LineString');
      expect(road.bbox[0]).toBeLessThan(road.bbox[2]);
      expect(road.asOf).toBe('2025-10-01');
    });

    it("gives Board staff the project's monthly reports, newest month first", async () => {
      app.clock.set('2025-10-10T03:00:00Z');
      await officer.reports.submit({ projectId: 'project-chi-ma-control-house-1', period: '2025-09', progressPercent: 80, issues: '', proposals: '' });
      await officer.reports.submit({ projectId: 'project-chi-ma-control-house-1', period: '2025-10', progressPercent: 90, issues: 'Chậm thanh toán', proposals: '' });
      const { reports } = await officer.projects.get({ id: 'project-chi-ma-control-house-1' });
      expect(reports?.map((r) => [r.period, r.progressPercent, r.onTime])).toEqual([
        ['2025-10', 90, true],
        ['2025-09', 80, false],
      ]);
    });

    it('gives the Hữu Nghị road upgrade its chainage, whose segment is the project line', async () => {
      const project = await app.caller.projects.get({ id: 'project-huu-nghi-internal-road-upgrade' });
      expect(project.chainage).toEqual({ roadId: 'road-huu-nghi-gate', fromMeters: 1106.19, toMeters: 1838.85, from: 'Km1+106.19', to: 'Km1+838.85', lengthMeters: 732.66 });
      const segment = await app.caller.chainage.segment({ roadId: 'road-huu-nghi-gate', from: 1106.19, to: 1838.85 });
      const rounded = (coordinates: number[][]) => coordinates.map((p) => p.map((v) => v.toFixed(6)));
      expect(rounded(segment.geometry.coordinates)).toEqual(rounded((project.geometry as { coordinates: number[][] }).coordinates));
    });

    it('gives other projects no chainage', async () => {
      expect((await app.caller.projects.get({ id: binhNghi })).chainage).toBeNull();
    });

    it('answers NOT_FOUND for an unknown project', async () => {
      expect((await trpcFailure(app.caller.projects.get({ id: 'project-nowhere' }))).code).toBe('NOT_FOUND');
    });

    it('counts the dashboard by status and kind, sums only sourced capital and lists the overdue', async () => {
      const dashboard = await app.caller.projects.dashboard({ asOf: '2025-10-01' });
      expect(dashboard.total).toBe(17);
      expect(dashboard.byStatus.reduce((n, s) => n + s.count, 0)).toBe(17);
      expect(dashboard.byKind).toEqual([
        { kind: 'public', count: 11 },
        { kind: 'non-budget', count: 5 },
        { kind: 'technical-assistance', count: 1 },
      ]);
      expect(dashboard.projectsWithCapital + dashboard.projectsWithoutCapital).toBe(17);
      expect(dashboard.capitalBillionVnd).toBe(174.7);
      expect(dashboard.overdue.map((p) => p.id)).toEqual(expect.arrayContaining([binhNghi, dongBanh]));
    });

    it('lets an officer record progress and final accounts: status derived, history kept, one audit row', async () => {
      app.clock.set('2025-10-15T03:00:00Z');
      const audits = await auditCount(app.deps.database.db);
      const versionBefore = await app.deps.features.version(projectLayer);
      const updated = await officer.projects.update({ id: dongBanh, progressPercent: 100, finalAccountsDate: '2025-10-14', note: 'Đã phê duyệt quyết toán' });
      expect(updated).toMatchObject({ status: 'completed', overdue: false, progressPercent: 100 });
      expect(updated.dates.finalAccountsDate).toBe('2025-10-14');
      expect(updated.history?.at(-1)).toMatchObject({
        actorUsername: 'officer',
        progressPercent: 100,
        note: 'Đã phê duyệt quyết toán',
        changes: { progressPercent: { from: null, to: 100 }, finalAccountsDate: { from: null, to: '2025-10-14' } },
      });
      expect(await auditCount(app.deps.database.db)).toBe(audits + 1);
      expect(await app.deps.features.version(projectLayer)).toBe(versionBefore + 1);
      expect((await app.deps.features.get(projectLayer, dongBanh))?.properties.finalAccountsDate).toBe('2025-10-14');
    });

    it('keeps every update in the history, oldest first', async () => {
      app.clock.set('2025-10-20T03:00:00Z');
      await officer.projects.update({ id: 'project-cargo-road-1119-1120', status: 'under-construction', actualStartDate: '2025-10-01', note: 'Khởi công' });
      app.clock.set('2025-10-21T03:00:00Z');
      await officer.projects.update({ id: 'project-cargo-road-1119-1120', progressPercent: 5, note: 'Tháng đầu' });
      const { history } = await officer.projects.get({ id: 'project-cargo-road-1119-1120' });
      expect(history?.map((h) => [h.status, h.progressPercent, h.note])).toEqual([
        ['under-construction', null, 'Khởi công'],
        ['under-construction', 5, 'Tháng đầu'],
      ]);
    });

    it('refuses an actual date in the future, naming the field, and changes nothing', async () => {
      app.clock.set('2025-10-15T03:00:00Z');
      const audits = await auditCount(app.deps.database.db);
      const error = await trpcFailure(officer.projects.update({ id: binhNghi, actualEndDate: '2025-12-01', note: 'x' }));
      expect(error.code).toBe('BAD_REQUEST');
      expect((error.cause as { field?: string }).field).toBe('actualEndDate');
      expect(await auditCount(app.deps.database.db)).toBe(audits);
    });

    it('refuses a completion before the start', async () => {
      app.clock.set('2025-10-15T03:00:00Z');
      const error = await trpcFailure(officer.projects.update({ id: binhNghi, actualStartDate: '2025-05-01', actualEndDate: '2025-04-01', note: 'x' }));
      expect((error.cause as { field?: string }).field).toBe('actualEndDate');
      expect((await app.deps.features.get(projectLayer, binhNghi))?.properties.actualStartDate).toBeUndefined();
    });

    it('refuses progress above 100 %', async () => {
      const error = await trpcFailure(officer.projects.update({ id: binhNghi, progressPercent: 120, note: 'x' }));
      expect(error.code).toBe('BAD_REQUEST');
    });

    it('shows history only to Board staff: an anonymous caller gets none', async () => {
      app.clock.set('2025-10-15T03:00:00Z');
      await officer.projects.update({ id: 'project-ban-gieng-road', progressPercent: 40, note: 'Ghi chú nội bộ' });
      const anonymous = await app.caller.projects.get({ id: 'project-ban-gieng-road' });
      expect(anonymous.history).toBeNull();
      expect(anonymous.reports).toBeNull();
      expect(JSON.stringify(anonymous)).not.toContain('Ghi chú nội bộ');
      expect(JSON.stringify(anonymous)).not.toContain('officer');
      const commune = await app.callerAs(await app.user('xa-dong-dang')).projects.get({ id: 'project-ban-gieng-road' });
      expect(commune.history).toBeNull();
    });
  });
});
