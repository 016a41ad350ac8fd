import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import { findLayer } from '../../../shared/layers/registry.ts';
import { testEngines } from '../../test-support/test-databases.ts';
import { startTestApp, type Caller, type TestApp } from '../../test-support/test-app.ts';
import { trpcFailure } from '../../test-support/trpc-failure.ts';
import { auditCount } from '../../test-support/db-snapshot.ts';

const CURRENT = 'dd-ls-general-current';
const LOCAL = 'dd-ls-general-local-2025';
const DRAFT_2045 = 'dd-ls-general-2045';
/** Test data, not a real decision. */
const TEST_DECISION = '999/QĐ-TEST';

describe.each(testEngines)('plan review, what applies and impact on $engine', (engine) => {
  let app: TestApp;
  let planner: Caller;
  let officer: Caller;
  const zonesOgc = async (query: string) =>
    ((await (await fetch(`${app.baseUrl}/ogc/collections/planning-zones/items?limit=1000${query}`)).json()) as { numberMatched: number });

  beforeAll(async () => {
    if (engine.skipReason) return;
    app = await startTestApp(engine);
    app.clock.set('2026-07-01T03:00:00Z');
    planner = app.callerAs(await app.user('planner'));
    officer = app.callerAs(await app.user('officer'));
  });
  afterAll(async () => app?.close());

  describe.skipIf(engine.skipReason !== null)(engine.skipReason ?? 'database available', () => {
    describe('plans.whatApplies', () => {
      const securityPoint = { lon: 106.705, lat: 21.9661 };

      it('names the zone, its land use and indicators, the plan and the revision in force', async () => {
        const dv02 = (await app.deps.features.query(findLayer('planning-zones')!, { limit: 1, offset: 0, filters: { zoneCode: 'DV-02', revisionId: CURRENT } })).features[0]!;
        const [lon, lat] = turf.pointOnFeature(dv02).geometry.coordinates as [number, number];
        const answer = await app.caller.plans.whatApplies({ lon, lat });
        expect(answer.plan.id).toBe('dd-ls-general');
        expect(answer.revision).toMatchObject({ id: CURRENT, stage: 'approved', decisionNumber: null });
        expect(answer.zone).toMatchObject({ zoneCode: 'DV-02', landUse: 'DAT_Dichvu', restricted: false, indicators: { coveragePercentMax: 60, floorAreaRatioMax: 3 } });
      });

      it('lists the project standing at the point', async () => {
        const yard = (await app.deps.features.get(findLayer('projects')!, 'project-huu-nghi-xuan-cuong-logistics-yard'))!;
        const [lon, lat] = turf.pointOnFeature(yard as never).geometry.coordinates as [number, number];
        const answer = await app.caller.plans.whatApplies({ lon, lat });
        expect(answer.alsoHere.find((hits) => hits.layerId === 'projects')?.features.map((f) => f.id)).toContain(yard.id);
        expect(answer.alsoHere.map((hits) => hits.layerId)).toEqual(['projects', 'land-lots', 'clearance-boundaries', 'parcels', 'resettlement-areas']);
      });

      it('shows the public security land only as restricted land', async () => {
        const publicAnswer = await app.caller.plans.whatApplies(securityPoint);
        expect(publicAnswer.zone).toMatchObject({ zoneCode: null, landUse: 'DAT_Anninh', restricted: true, indicators: null, name: 'Đất an ninh', commune: null });
        expect((await planner.plans.whatApplies(securityPoint)).zone?.zoneCode).toBe('AN-01');
      });

      it('refuses the public a draft revision', async () => {
        expect((await trpcFailure(app.caller.plans.whatApplies({ ...securityPoint, revisionId: DRAFT_2045 }))).code).toBe('NOT_FOUND');
      });
    });

    describe('plans.impact', () => {
      it('finds the logistics yard under new buffer green, FAR above the QCVN limit and production forest reduced', async () => {
        const impact = await planner.plans.impact({ revisionId: DRAFT_2045 });
        expect(impact.parentRevisionId).toBe(CURRENT);
        const kinds = impact.conflicts.map((c) => [c.kind, c.featureId ?? c.landUse]);
        expect(kinds).toContainEqual(['project-land-use', 'project-huu-nghi-xuan-cuong-logistics-yard']);
        expect(impact.conflicts.find((c) => c.kind === 'indicator-above-limit')).toMatchObject({ zoneCode: 'HH-04', indicator: { name: 'floorAreaRatioMax', value: 7.5, limit: 7 } });
        expect(kinds).toContainEqual(['protected-class-reduced', 'DAT_NN_Rungsanxuat']);
        const projects = impact.affected.find((a) => a.layerId === 'projects')?.features ?? [];
        expect(projects.find((p) => p.id === 'project-huu-nghi-xuan-cuong-logistics-yard')?.zoneCodes).toContain('KB-01');
        expect(impact.pendingLayers).toEqual(['land-lots', 'parcels'].filter((id) => !findLayer(id)));
      });

      it('reports no conflict for the local adjustment, which reduces no protected class', async () => {
        const impact = await planner.plans.impact({ revisionId: LOCAL });
        expect(impact.conflicts.filter((c) => c.kind === 'protected-class-reduced')).toEqual([]);
      });

      it('refuses an original revision (no parent) and the public a draft', async () => {
        expect((await trpcFailure(planner.plans.impact({ revisionId: CURRENT }))).code).toBe('BAD_REQUEST');
        expect((await trpcFailure(app.caller.plans.impact({ revisionId: DRAFT_2045 }))).code).toBe('NOT_FOUND');
      });
    });

    describe('plans.advanceStage', () => {
      it('refuses a skipped stage, naming toStage', async () => {
        const error = await trpcFailure(planner.plans.advanceStage({ revisionId: DRAFT_2045, toStage: 'approved', decisionNumber: TEST_DECISION, decisionDate: '2026-06-01' }));
        expect([error.code, (error.cause as { field?: string }).field]).toEqual(['BAD_REQUEST', 'toStage']);
      });

      it('refuses approval without a decision number or date, or dated in the future', async () => {
        const without = await trpcFailure(planner.plans.advanceStage({ revisionId: LOCAL, toStage: 'approved', decisionDate: '2026-06-01' }));
        expect((without.cause as { field?: string }).field).toBe('decisionNumber');
        const undated = await trpcFailure(planner.plans.advanceStage({ revisionId: LOCAL, toStage: 'approved', decisionNumber: TEST_DECISION }));
        expect((undated.cause as { field?: string }).field).toBe('decisionDate');
        const future = await trpcFailure(planner.plans.advanceStage({ revisionId: LOCAL, toStage: 'approved', decisionNumber: TEST_DECISION, decisionDate: '2026-12-01' }));
        expect((future.cause as { field?: string }).field).toBe('decisionDate');
      });

      it('refuses a decision on a step that is not an approval', async () => {
        const error = await trpcFailure(planner.plans.advanceStage({ revisionId: DRAFT_2045, toStage: 'appraisal', decisionNumber: TEST_DECISION }));
        expect((error.cause as { field?: string }).field).toBe('decisionNumber');
      });

      it('moves the draft to appraisal, audited, with its stage history', async () => {
        const audits = await auditCount(app.deps.database.db);
        const result = await planner.plans.advanceStage({ revisionId: DRAFT_2045, toStage: 'appraisal', note: 'Gửi thẩm định' });
        expect(result.revision.stage).toBe('appraisal');
        expect(result.history.map((step) => step.stage)).toEqual(['task', 'consultant', 'draft', 'appraisal']);
        expect(result.history.at(-1)).toMatchObject({ fromStage: 'draft', actorUsername: 'planner', note: 'Gửi thẩm định' });
        expect(await auditCount(app.deps.database.db)).toBe(audits + 1);
      });

      it('approves the local adjustment: it comes into force and supersedes the current plan, which keeps its history', async () => {
        const result = await planner.plans.advanceStage({ revisionId: LOCAL, toStage: 'approved', decisionNumber: TEST_DECISION, decisionDate: '2026-06-01' });
        expect(result.revision).toMatchObject({ stage: 'approved', decisionNumber: TEST_DECISION, decisionDate: '2026-06-01', validFrom: '2026-06-01', validTo: null });
        expect(result.supersededRevisionIds).toEqual([CURRENT]);
        const [general] = await app.caller.plans.list({ planId: 'dd-ls-general' });
        expect(general?.revisions.map((r) => [r.id, r.stage, r.validTo])).toEqual([
          [CURRENT, 'superseded', '2026-06-01'],
          [LOCAL, 'approved', null],
        ]);
        expect((await app.caller.plans.history({ revisionId: CURRENT })).map((s) => s.stage)).toEqual(['approved', 'superseded']);
      });

      it('serves the plan as of a date: before the decision the old revision, from it the new one', async () => {
        expect((await zonesOgc('')).numberMatched).toBe(83);
        expect((await zonesOgc('&datetime=2026-05-31')).numberMatched).toBe(76);
        expect((await zonesOgc('&datetime=2026-06-01')).numberMatched).toBe(83);
        expect((await zonesOgc(`&revision=${CURRENT}`)).numberMatched).toBe(76);
      });

      it('shows the public the approved adjustment, its security land only as restricted land', async () => {
        const { changedZones } = await app.caller.plans.compare({ fromRevisionId: CURRENT, toRevisionId: LOCAL });
        const security = changedZones.find((z) => z.toLandUse === 'DAT_Anninh');
        expect(security).toMatchObject({ zoneCode: null, name: 'Đất an ninh', restricted: true, toIndicators: null });
      });

      it('keeps an approved revision immutable: no second approval, no step back', async () => {
        for (const toStage of ['approved', 'draft', 'appraisal'] as const) {
          const error = await trpcFailure(
            planner.plans.advanceStage({ revisionId: LOCAL, toStage, ...(toStage === 'approved' ? { decisionNumber: '1000/QĐ-TEST', decisionDate: '2026-06-02' } : {}) }),
          );
          expect(error.code, toStage).toBe('BAD_REQUEST');
        }
        const [general] = await planner.plans.list({ planId: 'dd-ls-general' });
        expect(general?.revisions.find((r) => r.id === LOCAL)?.decisionNumber).toBe(TEST_DECISION);
        expect((await trpcFailure(planner.plans.advanceStage({ revisionId: CURRENT, toStage: 'published' }))).code).toBe('BAD_REQUEST');
      });

      it('publishes an approved revision', async () => {
        expect((await planner.plans.advanceStage({ revisionId: LOCAL, toStage: 'published' })).revision.stage).toBe('published');
      });

      it('refuses officers', async () => {
        expect((await trpcFailure(officer.plans.advanceStage({ revisionId: DRAFT_2045, toStage: 'draft' }))).code).toBe('FORBIDDEN');
      });
    });

    describe('plans.comments', () => {
      it('pins a comment to a point, takes replies, resolves and reopens, each step audited', async () => {
        const audits = await auditCount(app.deps.database.db);
        const thread = await officer.plans.comments.add({ revisionId: DRAFT_2045, lon: 106.72, lat: 21.97, text: 'Bãi hàng Xuân Cường đang hoạt động' });
        expect(thread).toMatchObject({ revisionId: DRAFT_2045, lon: 106.72, lat: 21.97, authorUsername: 'officer', resolved: false, replies: [] });
        // Comments are ordered by time: let time pass between them as it does.
        app.clock.advance(60_000);
        const replied = await planner.plans.comments.reply({ commentId: thread.id, text: 'Sẽ điều chỉnh ranh giới cây xanh' });
        app.clock.advance(60_000);
        // A reply to a reply joins the thread.
        const again = await officer.plans.comments.reply({ commentId: replied.replies[0]!.id, text: 'Đồng ý' });
        expect(again.id).toBe(thread.id);
        expect(again.replies.map((r) => r.authorUsername)).toEqual(['planner', 'officer']);
        expect((await planner.plans.comments.resolve({ commentId: thread.id })).resolved).toBe(true);
        expect((await planner.plans.comments.list({ revisionId: DRAFT_2045, includeResolved: false })).map((t) => t.id)).not.toContain(thread.id);
        expect((await planner.plans.comments.resolve({ commentId: thread.id, resolved: false })).resolvedAt).toBeNull();
        expect((await planner.plans.comments.list({ revisionId: DRAFT_2045 })).map((t) => t.id)).toContain(thread.id);
        expect(await auditCount(app.deps.database.db)).toBe(audits + 5);
      });

      it('is for Board staff: the public and communes may not read them', async () => {
        expect((await trpcFailure(app.caller.plans.comments.list({ revisionId: DRAFT_2045 }))).code).toBe('UNAUTHORIZED');
        const commune = app.callerAs(await app.user('xa-dong-dang'));
        expect((await trpcFailure(commune.plans.comments.list({ revisionId: DRAFT_2045 }))).code).toBe('FORBIDDEN');
      });

      it('refuses an empty comment, naming the field', async () => {
        const error = await trpcFailure(planner.plans.comments.add({ revisionId: DRAFT_2045, lon: 106.72, lat: 21.97, text: '  ' }));
        expect(error.code).toBe('BAD_REQUEST');
      });
    });
  });
});

