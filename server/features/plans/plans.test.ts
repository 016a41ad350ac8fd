import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PbfReader } from 'pbf';
import { VectorTile } from '@mapbox/vector-tile';
import { areaHectares } from '../../../shared/geo/area-square-meters.ts';
import { isApprovedStage } from '../../../shared/domain/plans.ts';
import { csvCell } from '../../http/csv.ts';
import { testEngines } from '../../test-support/test-databases.ts';
import { startTestApp, type Caller, type TestApp } from '../../test-support/test-app.ts';
import { trpcFailure } from '../../test-support/trpc-failure.ts';
import { tileContaining } from '../../geo-store/tile-bounds.ts';

const CURRENT = 'dd-ls-general-current';
const LOCAL = 'dd-ls-general-local-2025';
const DRAFT_2045 = 'dd-ls-general-2045';
/** Hectares are rounded to 0.01 ha and corners to 6 decimals (~0.1 m): this much either way. */
const HECTARE_TOLERANCE = 0.02;

describe.each(testEngines)('plans and revisions on $engine', (engine) => {
  let app: TestApp;
  let planner: Caller;
  let plannerCookie: string;
  const get = (path: string, cookie?: string) => fetch(`${app.baseUrl}${path}`, { headers: cookie ? { Cookie: cookie } : {} });

  beforeAll(async () => {
    if (engine.skipReason) return;
    app = await startTestApp(engine);
    planner = app.callerAs(await app.user('planner'));
    plannerCookie = await app.login('planner');
  });
  afterAll(async () => app?.close());

  describe.skipIf(engine.skipReason !== null)(engine.skipReason ?? 'database available', () => {
    describe('plans.list', () => {
      it('holds every plan BRIEF.md names, with level and scale', async () => {
        const plans = await planner.plans.list();
        expect(plans.map((p) => [p.id, p.level, p.scale])).toEqual([
          ['dd-ls-general', 'general', null],
          ['chi-ma-general', 'general', null],
          ['central-axis', 'subdivision', '1/2000'],
          ['tan-thanh-gate-detail', 'detailed', '1/500'],
          ['huu-nghi-transfer-station-detail', 'detailed', '1/500'],
          ['dong-dang-cooperation-zone-detail', 'detailed', '1/2000'],
          ['hoa-lac-industrial-park', 'subdivision', '1/2000'],
          ['huu-lung-industrial-urban', 'subdivision', '1/2000'],
        ]);
      });

      it('gives the 2045 draft its task decision, its horizons and no approval decision', async () => {
        const [general] = await planner.plans.list({ planId: 'dd-ls-general' });
        const draft = general?.revisions.find((r) => r.id === DRAFT_2045);
        expect(draft).toMatchObject({
          stage: 'draft',
          kind: 'comprehensive-adjustment',
          parentRevisionId: CURRENT,
          decisionNumber: null,
          decisionDate: null,
          taskDecisionNumber: '1009/QĐ-TTg',
          taskDecisionDate: '2024-09-19',
          horizonYear: 2045,
          horizonYears: [2035, 2045],
        });
        expect(general?.revisions.map((r) => [r.id, r.zoneCount > 0])).toEqual([[CURRENT, true], [LOCAL, true], [DRAFT_2045, true]]);
      });

      it('invents no decision: no revision carries a decision number without a date', async () => {
        for (const plan of await planner.plans.list()) {
          for (const revision of plan.revisions) {
            if (!isApprovedStage(revision.stage)) expect(revision.decisionNumber, revision.id).toBeNull();
            expect(revision.decisionNumber === null, revision.id).toBe(revision.decisionDate === null);
          }
        }
      });

      it('shows anonymous callers approved revisions only', async () => {
        const plans = await app.caller.plans.list();
        const stages = plans.flatMap((p) => p.revisions.map((r) => r.stage));
        expect(stages.length).toBeGreaterThan(0);
        for (const stage of stages) expect(isApprovedStage(stage), stage).toBe(true);
        expect(plans.find((p) => p.id === 'dd-ls-general')?.revisions.map((r) => r.id)).toEqual([CURRENT]);
      });
    });

    describe('the local adjustment modelled on the 2025 Central Axis adjustment', () => {
      it('draws Yên Trạch as 14.12 ha and Thụy Hùng as 1 ha on the VN-2000 TM-3 plane', async () => {
        const [general] = await planner.plans.list({ planId: 'dd-ls-general' });
        const areas = general?.revisions.find((r) => r.id === LOCAL)?.adjustmentAreas ?? [];
        expect(areas.map((a) => a.statedHectares)).toEqual([1, 14.12]);
        for (const area of areas) expect(Math.abs(areaHectares(area.geometry) - area.statedHectares), area.name).toBeLessThanOrEqual(HECTARE_TOLERANCE);
      });

      it('adds 2.07 ha of security land, 0.72 ha of heritage land and 8.55 ha of technical infrastructure', async () => {
        const comparison = await planner.plans.compare({ fromRevisionId: CURRENT, toRevisionId: LOCAL });
        const delta = (landUse: string) => comparison.balance.find((row) => row.landUse === landUse)?.deltaHectares ?? 0;
        expect(delta('DAT_Anninh')).toBeCloseTo(2.07, 1);
        expect(Math.abs(delta('DAT_Anninh') - 2.07)).toBeLessThanOrEqual(HECTARE_TOLERANCE);
        expect(Math.abs(delta('DAT_Ditich_tongiao') - 0.72)).toBeLessThanOrEqual(HECTARE_TOLERANCE);
        expect(Math.abs(delta('DAT_HTXH_CayxanhCC') - 0.07)).toBeLessThanOrEqual(HECTARE_TOLERANCE);
        expect(Math.abs(delta('DAT_HTKT_Hatangkhac') - (3.65 + 4.9))).toBeLessThanOrEqual(HECTARE_TOLERANCE);
        // Land changes use; the zone's footprint does not grow or shrink.
        expect(Math.abs(comparison.totals.deltaHectares)).toBeLessThanOrEqual(HECTARE_TOLERANCE);
      });

      it('lists the new zones as added and the zones they cut into as reshaped, with geometry', async () => {
        const { changedZones } = await planner.plans.compare({ fromRevisionId: CURRENT, toRevisionId: LOCAL });
        const added = changedZones.filter((z) => z.change === 'added');
        expect(added.map((z) => z.toLandUse).sort()).toEqual(
          ['DAT_Anninh', 'DAT_Ditich_tongiao', 'DAT_HTKT_Hatangkhac', 'DAT_HTKT_Hatangkhac', 'DAT_HTXH_CayxanhCC', 'DAT_O_Nhomnhao', 'DAT_O_Nhomnhao'],
        );
        const yenTrach = added.filter((z) => z.name.includes('Yên Trạch')).reduce((sum, z) => sum + z.toHectares, 0);
        expect(Math.abs(yenTrach - (3.65 + 0.54 + 4.9 + 2.07))).toBeLessThanOrEqual(HECTARE_TOLERANCE);
        expect(changedZones.filter((z) => z.change === 'reshaped').map((z) => z.zoneCode)).toEqual(['DV-09', 'NN-01', 'OM-10']);
        for (const zone of changedZones) expect(['Polygon', 'MultiPolygon']).toContain(zone.geometry.type);
      });
    });

    describe('the draft comprehensive adjustment to 2045', () => {
      it('changes land use, raises indicators, splits a zone, each zone with its horizon', async () => {
        const { changedZones } = await planner.plans.compare({ fromRevisionId: CURRENT, toRevisionId: DRAFT_2045 });
        const byKind = (kind: string) => changedZones.filter((z) => z.change === kind).map((z) => z.zoneCode);
        expect(byKind('land-use-changed')).toEqual(['KB-01', 'NN-03', 'RSX-01']);
        expect(byKind('indicators-changed')).toEqual(['DV-02', 'HH-04']);
        expect(byKind('added')).toEqual(['CX-04', 'OM-13']);
        expect(byKind('removed')).toEqual(['NN-02']);
        for (const zone of changedZones.filter((z) => z.change !== 'removed')) expect([2035, 2045]).toContain(zone.horizonYear);
        expect(changedZones.find((z) => z.zoneCode === 'HH-04')?.toIndicators?.floorAreaRatioMax).toBe(7.5);
      });

      it('balances to the same total: the NN-02 split keeps its land', async () => {
        const { totals, balance } = await planner.plans.compare({ fromRevisionId: CURRENT, toRevisionId: DRAFT_2045 });
        expect(Math.abs(totals.deltaHectares)).toBeLessThanOrEqual(HECTARE_TOLERANCE);
        const forest = balance.find((row) => row.landUse === 'DAT_NN_Rungsanxuat');
        expect(forest?.toHectares).toBe(0);
        expect(forest?.deltaHectares).toBe(-(forest?.fromHectares ?? 0));
      });
    });

    describe('plans.balance', () => {
      it('sums hectares per land-use class to the revision total, shares to 100 %', async () => {
        const balance = await app.caller.plans.balance({ revisionId: CURRENT });
        const sum = balance.rows.reduce((total, row) => total + row.hectares, 0);
        expect(Math.abs(sum - balance.totalHectares)).toBeLessThanOrEqual(0.05);
        expect(Math.abs(balance.rows.reduce((total, row) => total + row.sharePercent, 0) - 100)).toBeLessThanOrEqual(0.05);
      });

      it('refuses the public a revision not yet approved, as if it did not exist', async () => {
        const error = await trpcFailure(app.caller.plans.balance({ revisionId: DRAFT_2045 }));
        expect(error.code).toBe('NOT_FOUND');
        const compare = await trpcFailure(app.caller.plans.compare({ fromRevisionId: CURRENT, toRevisionId: LOCAL }));
        expect(compare.code).toBe('NOT_FOUND');
      });
    });

    describe('/ogc planning-zones by revision and date', () => {
      const items = async (query: string, cookie?: string) => get(`/ogc/collections/planning-zones/items?limit=1000${query}`, cookie);

      it('serves the revision in force by default, and the same for a date', async () => {
        const byDefault = (await (await items('')).json()) as { features: { properties: { revisionId: string } }[]; numberMatched: number };
        expect(byDefault.numberMatched).toBe(76);
        // Security and defence zones reach the public without detail (no revisionId among them).
        expect(new Set(byDefault.features.map((f) => f.properties.revisionId ?? CURRENT))).toEqual(new Set([CURRENT]));
        const asOf = (await (await items('&datetime=2026-06-01')).json()) as { numberMatched: number };
        expect(asOf.numberMatched).toBe(76);
      });

      it('answers the public 404 with a JSON error for a draft revision, by parameter or by property filter', async () => {
        for (const query of [`&revision=${DRAFT_2045}`, `&revisionId=${DRAFT_2045}`]) {
          const response = await items(query);
          expect(response.status, query).toBe(404);
          expect(((await response.json()) as { error: { code: string; field: string } }).error).toMatchObject({ code: 'NOT_FOUND', field: 'revision' });
        }
      });

      it('serves planners a draft revision', async () => {
        const body = (await (await items(`&revision=${DRAFT_2045}`, plannerCookie)).json()) as { numberMatched: number; features: { properties: { revisionId: string } }[] };
        expect(body.numberMatched).toBe(77);
        expect(new Set(body.features.map((f) => f.properties.revisionId))).toEqual(new Set([DRAFT_2045]));
      });

      it('refuses an interval, and revision with datetime together', async () => {
        expect((await items('&datetime=2025-01-01/..')).status).toBe(400);
        expect((await items(`&datetime=2025-01-01&revision=${CURRENT}`)).status).toBe(400);
      });

      it('hides a draft zone fetched by id from the public', async () => {
        expect((await get('/ogc/collections/planning-zones/items/planning-zone-2045-om-13')).status).toBe(404);
        expect((await get('/ogc/collections/planning-zones/items/planning-zone-2045-om-13', plannerCookie)).status).toBe(200);
      });
    });

    describe('/tiles planning-zones by revision', () => {
      const [z, x, y] = tileContaining(106.6715, 21.9964, 13);
      const zoneCodes = async (response: Response) => {
        const layer = new VectorTile(new PbfReader(new Uint8Array(await response.arrayBuffer()))).layers['planning-zones'];
        return Array.from({ length: layer?.length ?? 0 }, (_, i) => String(layer!.feature(i).properties.zoneCode)).sort();
      };

      it('hands out a TileJSON per revision with its own tile URLs', async () => {
        const tileJson = (await (await get(`/tiles/planning-zones.json?revision=${DRAFT_2045}`, plannerCookie)).json()) as { tiles: string[] };
        expect(tileJson.tiles[0]).toContain(`revision=${DRAFT_2045}&v=`);
        expect((await get(`/tiles/planning-zones.json?revision=${DRAFT_2045}`)).status).toBe(404);
      });

      it('draws each revision its own zones, with distinct ETags', async () => {
        const current = await get(`/tiles/planning-zones/${z}/${x}/${y}.mvt?revision=${CURRENT}`, plannerCookie);
        const draft = await get(`/tiles/planning-zones/${z}/${x}/${y}.mvt?revision=${DRAFT_2045}`, plannerCookie);
        expect(current.headers.get('etag')).not.toBe(draft.headers.get('etag'));
        expect(await zoneCodes(current)).toContain('NN-02');
        const draftCodes = await zoneCodes(draft);
        expect(draftCodes).not.toContain('NN-02');
        expect(draftCodes).toEqual(expect.arrayContaining(['OM-13', 'CX-04']));
      });

      it('serves the public the revision in force for a date, and refuses a draft', async () => {
        expect(await zoneCodes(await get(`/tiles/planning-zones/${z}/${x}/${y}.mvt?datetime=2026-01-01`))).toContain('NN-02');
        expect((await get(`/tiles/planning-zones/${z}/${x}/${y}.mvt?revision=${DRAFT_2045}`)).status).toBe(404);
      });

      it('refuses revision and datetime on collections without revisions', async () => {
        expect((await get('/tiles/communes.json?revision=x')).status).toBe(400);
      });
    });

    describe('GET /api/plans/balance.csv', () => {
      it('exports before, after and change, with negative changes as numbers', async () => {
        const response = await get(`/api/plans/balance.csv?from=${CURRENT}&to=${LOCAL}`, plannerCookie);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toContain('text/csv');
        const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
        expect(text.startsWith('\uFEFF"land_use","land_use_vi","land_use_en","from_hectares","to_hectares","delta_hectares"\r\n')).toBe(true);
        expect(text).toMatch(/"DAT_Anninh","Đất an ninh","Security","[\d.]+","[\d.]+","2\.0\d"/);
        expect(text).toMatch(/"DAT_Dichvu",[^\r]*,"-\d+\.\d+"\r\n/);
      });

      it('exports one revision to the public when approved, and 404 otherwise', async () => {
        expect((await get(`/api/plans/balance.csv?revision=${CURRENT}`)).status).toBe(200);
        const refused = await get(`/api/plans/balance.csv?from=${CURRENT}&to=${DRAFT_2045}`);
        expect(refused.status).toBe(404);
        expect(((await refused.json()) as { error: { field: string } }).error.field).toBe('to');
        expect((await get('/api/plans/balance.csv?from=x')).status).toBe(400);
      });
    });
  });
});

describe('csvCell with numbers', () => {
  it('writes a negative number as a number, and still quotes text that starts like a formula', () => {
    expect(csvCell(-8.33)).toBe('"-8.33"');
    expect(csvCell('-8.33')).toBe(`"'-8.33"`);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });
});

