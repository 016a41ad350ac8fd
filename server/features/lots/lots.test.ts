import type { ZodError } from 'zod';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLayer } from '../../../shared/layers/registry.ts';
import type { LotSummary } from '../../../shared/schemas/lots.ts';
import { testEngines, type TestEngine } from '../../test-support/test-databases.ts';
import { startTestApp, type TestApp } from '../../test-support/test-app.ts';
import { trpcFailure } from '../../test-support/trpc-failure.ts';

/**
 * The lots within `km` of a point gate whose location is agreed, computed by the database alone:
 * PostGIS ST_DistanceSphere; SQLite the haversine formula on the same sphere (turf's radius).
 */
async function lotsNearGatesInDatabase(app: TestApp, engine: TestEngine, km: number, where: { status: string; landUse: string; minHa: number }): Promise<string[]> {
  const { db } = app.deps.database;
  if (engine.engine === 'postgres') {
    const { rows } = await sql<{ id: string }>`
      SELECT l.id FROM land_lots l
      WHERE l.deleted_at IS NULL AND l.properties->>'status' = ${where.status} AND l.properties->>'landUse' = ${where.landUse}
        AND (l.properties->>'areaHa')::float >= ${where.minHa}
        AND EXISTS (SELECT 1 FROM border_gates g WHERE g.deleted_at IS NULL AND GeometryType(g.geometry) = 'POINT'
                    AND g.properties->>'locationStatus' <> 'not-agreed'
                    AND ST_DistanceSphere(ST_Centroid(l.geometry), g.geometry) <= ${km * 1000})
      ORDER BY l.id`.execute(db);
    return rows.map((r) => r.id);
  }
  const { rows } = await sql<{ id: string }>`
    SELECT l.id FROM land_lots l
    WHERE l.deleted_at IS NULL AND json_extract(l.properties, '$.status') = ${where.status} AND json_extract(l.properties, '$.landUse') = ${where.landUse}
      AND json_extract(l.properties, '$.areaHa') >= ${where.minHa}
      AND EXISTS (
        SELECT 1 FROM (
          SELECT radians((l.miny + l.maxy) / 2) AS lat1, radians((l.minx + l.maxx) / 2) AS lon1,
                 radians(json_extract(g.geometry, '$.coordinates[1]')) AS lat2, radians(json_extract(g.geometry, '$.coordinates[0]')) AS lon2
          FROM border_gates g
          WHERE g.deleted_at IS NULL AND json_extract(g.geometry, '$.type') = 'Point' AND json_extract(g.properties, '$.locationStatus') <> 'not-agreed'
        ) AS p
        WHERE 2 * 6371.0088 * asin(sqrt(pow(sin((p.lat2 - p.lat1) / 2), 2) + cos(p.lat1) * cos(p.lat2) * pow(sin((p.lon2 - p.lon1) / 2), 2))) <= ${km})
    ORDER BY l.id`.execute(db);
  return rows.map((r) => r.id);
}

/** Lot ids whose JSON properties satisfy a condition, straight from the table. */
async function lotIdsWhere(app: TestApp, engine: TestEngine, property: string, op: '=' | '>=' | '<=', value: string | number): Promise<string[]> {
  const { db } = app.deps.database;
  const column = engine.engine === 'postgres' ? (typeof value === 'number' ? sql`(properties->>${property})::float` : sql`properties->>${property}`) : sql`json_extract(properties, ${`$.${property}`})`;
  const rows = await db.selectFrom('land_lots').select('id').where('deleted_at', 'is', null).where(column, op, value).orderBy('id').execute();
  return rows.map((r) => r.id);
}

const sorted = (items: { id: string }[]) => items.map((i) => i.id).sort();

describe.each(testEngines)('lots on $engine', (engine) => {
  let app: TestApp;
  beforeAll(async () => {
    if (!engine.skipReason) app = await startTestApp(engine);
  });
  afterAll(async () => app?.close());

  describe.skipIf(engine.skipReason !== null)(engine.skipReason ?? 'database available', () => {
    it('finds the investor’s lots — available industrial land over 2 ha within 10 km of a gate — exactly as the database does', async () => {
      const page = await app.caller.lots.list({ landUse: ['DAT_SX_Congnghiep'], status: ['available'], areaHa: { min: 2 }, maxDistanceKm: 10, distanceTo: 'gate', limit: 200 });
      const expected = await lotsNearGatesInDatabase(app, engine, 10, { status: 'available', landUse: 'DAT_SX_Congnghiep', minHa: 2 });
      expect(expected.length).toBeGreaterThanOrEqual(4);
      expect(sorted(page.items)).toEqual(expected);
      expect(page.total).toBe(expected.length);
      for (const lot of page.items) {
        expect(lot.distances.nearestGate!.km).toBeLessThanOrEqual(10);
        expect(lot.areaHa).toBeGreaterThanOrEqual(2);
      }
    });

    it('filters each dimension as the table says', async () => {
      const all = await app.caller.lots.list({ limit: 200 });
      expect(all.total).toBe((await lotIdsWhere(app, engine, 'status', '>=', '')).length);
      expect(sorted((await app.caller.lots.list({ status: ['leased'], limit: 200 })).items)).toEqual(await lotIdsWhere(app, engine, 'status', '=', 'leased'));
      expect(sorted((await app.caller.lots.list({ park: ['kcn-vsip-lang-son'], limit: 200 })).items)).toEqual(await lotIdsWhere(app, engine, 'park', '=', 'kcn-vsip-lang-son'));
      expect(sorted((await app.caller.lots.list({ landUse: ['DAT_Dichvu'], limit: 200 })).items)).toEqual(await lotIdsWhere(app, engine, 'landUse', '=', 'DAT_Dichvu'));
      expect(sorted((await app.caller.lots.list({ areaHa: { max: 1 }, limit: 200 })).items)).toEqual(await lotIdsWhere(app, engine, 'areaHa', '<=', 1));
      expect(sorted((await app.caller.lots.list({ readiness: ['water'], limit: 200 })).items)).toEqual(await lotIdsWhere(app, engine, 'readinessWater', '=', 'ready'));
      const twoParks = await app.caller.lots.list({ park: ['kcn-dong-banh', 'cua-khau-chi-ma'], limit: 200 });
      expect(new Set(twoParks.items.map((l) => l.park))).toEqual(new Set(['kcn-dong-banh', 'cua-khau-chi-ma']));
    });

    it('measures to the nearest cargo lane when asked', async () => {
      const near = await app.caller.lots.list({ maxDistanceKm: 1, distanceTo: 'cargo-lane', limit: 200 });
      expect(near.total).toBeGreaterThan(0);
      for (const lot of near.items) expect(lot.distances.nearestCargoLane!.km).toBeLessThanOrEqual(1);
      const all = (await app.caller.lots.list({ limit: 200 })).items;
      expect(near.total).toBe(all.filter((l) => l.distances.nearestCargoLane!.km <= 1).length);
    });

    it('never counts a gate whose location is not agreed as the nearest', async () => {
      const chiMa = (await app.caller.lots.list({ park: ['cua-khau-chi-ma'], limit: 200 })).items;
      for (const lot of chiMa) expect(lot.distances.nearestGate?.id).toBe('gate-chi-ma');
    });

    it('sorts by distance and area, and pages with a stable order', async () => {
      const byGate = (await app.caller.lots.list({ sort: 'distance-gate', limit: 200 })).items.map((l) => l.distances.nearestGate!.km);
      expect(byGate).toEqual([...byGate].sort((a, b) => a - b));
      const byArea = (await app.caller.lots.list({ sort: 'area-desc', limit: 200 })).items.map((l) => l.areaHa);
      expect(byArea).toEqual([...byArea].sort((a, b) => b - a));
      const whole = (await app.caller.lots.list({ sort: 'distance-city', limit: 200 })).items.map((l) => l.id);
      const pages = [...(await app.caller.lots.list({ sort: 'distance-city', limit: 20, offset: 0 })).items, ...(await app.caller.lots.list({ sort: 'distance-city', limit: 20, offset: 20 })).items, ...(await app.caller.lots.list({ sort: 'distance-city', limit: 20, offset: 40 })).items];
      expect(pages.map((l) => l.id)).toEqual(whole);
    });

    it('refuses a minimum area above the maximum, naming areaHa.max', async () => {
      const error = await trpcFailure(app.caller.lots.list({ areaHa: { min: 5, max: 2 } }));
      expect(error.code).toBe('BAD_REQUEST');
      expect((error.cause as ZodError).issues[0]?.path).toEqual(['areaHa', 'max']);
    });

    it('gives a lot sheet with distances to every gate, every lane and the city, and the suspended project of CC7', async () => {
      const cc7 = await app.caller.lots.get({ id: 'lot-chi-ma-cc7' });
      expect(cc7).toMatchObject({ code: 'CC7', park: 'cua-khau-chi-ma', status: 'leased', parkKind: 'gate-services', planDecision: null });
      expect(cc7.project).toEqual({ id: 'project-chi-ma-cc7-commercial-building', name: 'Công trình dịch vụ thương mại tại lô CC7 cửa khẩu Chi Ma', status: 'suspended' });
      expect(cc7.distancesToAll.gates.map((g) => g.id).sort()).toEqual(['gate-binh-nghi', 'gate-chi-ma', 'gate-co-sa-na-u', 'gate-coc-nam', 'gate-huu-nghi', 'gate-tan-thanh']);
      expect(cc7.distancesToAll.gates[0]).toMatchObject({ id: 'gate-chi-ma' });
      expect(cc7.distancesToAll.gates[0]!.km).toBeLessThan(1);
      expect(cc7.distancesToAll.cargoLanes).toHaveLength(4);
      // Chi Ma is "~37 km from the city" (REFERENCE.md §5.1, by road); the straight line is shorter.
      expect(cc7.distancesToAll.city.km).toBeGreaterThan(25);
      expect(cc7.distancesToAll.city.km).toBeLessThan(37);
      expect(cc7.contact).toContain('Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn');
      expect(cc7.contact).not.toMatch(/\d{3}/);
    });

    it('takes the clearance state from the boundary covering a lot, at query time', async () => {
      const yard = await app.caller.lots.get({ id: 'lot-hn-kb-05' });
      expect(yard.clearance).toMatchObject({ from: 'clearance-boundary', state: 'in-progress', stage: 'plan-approved', boundaryId: 'clearance-cargo-road-1119-1120', targetHandoverDate: '2026-12-31' });
      const elsewhere = await app.caller.lots.get({ id: 'lot-vs-cn-02' });
      expect(elsewhere.clearance).toEqual({ state: 'cleared', from: 'lot', stage: null, boundaryId: null, boundaryName: null, targetHandoverDate: null });

      const layer = findLayer('clearance-boundaries')!;
      const boundary = (await app.deps.features.get(layer, 'clearance-cargo-road-1119-1120'))!;
      await app.deps.database.db.transaction().execute((trx) => app.deps.features.updateProperties(layer, boundary.id, { ...boundary.properties, stage: 'handed-over' }, trx));
      expect((await app.caller.lots.get({ id: 'lot-hn-kb-05' })).clearance).toMatchObject({ from: 'clearance-boundary', state: 'cleared', stage: 'handed-over' });
      await app.deps.database.db.transaction().execute((trx) => app.deps.features.updateProperties(layer, boundary.id, boundary.properties, trx));
    });

    it('answers NOT_FOUND naming id for an unknown lot', async () => {
      const error = await trpcFailure(app.caller.lots.get({ id: 'lot-nowhere' }));
      expect(error.code).toBe('NOT_FOUND');
      expect((error.cause as { field?: string }).field).toBe('id');
    });

    it('compares two or three lots in the order asked, and refuses one, four, twice the same or an unknown lot', async () => {
      const compared = await app.caller.lots.compare({ ids: ['lot-tt-kb-01', 'lot-hp-cn-01', 'lot-chi-ma-cc7'] });
      expect(compared.map((l) => l.id)).toEqual(['lot-tt-kb-01', 'lot-hp-cn-01', 'lot-chi-ma-cc7']);
      expect(compared[0]!.distancesToAll.gates).toHaveLength(6);

      const one = await trpcFailure(app.caller.lots.compare({ ids: ['lot-tt-kb-01'] }));
      expect(one.code).toBe('BAD_REQUEST');
      expect(one.message).toContain('at least 2');
      const four = await trpcFailure(app.caller.lots.compare({ ids: ['lot-tt-kb-01', 'lot-hp-cn-01', 'lot-chi-ma-cc7', 'lot-hp-cn-02'] }));
      expect(four.code).toBe('BAD_REQUEST');
      expect(four.message).toContain('at most 3');
      expect((four.cause as ZodError).issues[0]?.path).toEqual(['ids']);
      expect((await trpcFailure(app.caller.lots.compare({ ids: ['lot-tt-kb-01', 'lot-tt-kb-01'] }))).message).toContain('each lot once');
      const unknown = await trpcFailure(app.caller.lots.compare({ ids: ['lot-tt-kb-01', 'lot-nowhere'] }));
      expect(unknown.code).toBe('NOT_FOUND');
      expect((unknown.cause as { field?: string }).field).toBe('ids.1');
    });

    it('gives facets: seven parks whose counts add up to every lot', async () => {
      const facets = await app.caller.lots.parks();
      const total = (await app.caller.lots.list({ limit: 200 })).total;
      expect(facets.parks).toHaveLength(7);
      expect(facets.parks.reduce((sum, p) => sum + p.lotCount, 0)).toBe(total);
      for (const park of facets.parks) expect(park.byStatus.available + park.byStatus.reserved + park.byStatus.leased).toBe(park.lotCount);
      expect(facets.landUses.map((l) => l.code)).toContain('DAT_SX_Congnghiep');
      expect(facets.areaHa!.min).toBeLessThan(facets.areaHa!.max);
    });

    it('serves the layer through /ogc and /tiles like every layer of the registry', async () => {
      const items = (await (await fetch(`${app.baseUrl}/ogc/collections/land-lots/items?status=available&landUse=DAT_SX_Congnghiep&limit=100`)).json()) as { numberMatched: number; features: { properties: { status: string } }[] };
      expect(items.numberMatched).toBe((await app.caller.lots.list({ status: ['available'], landUse: ['DAT_SX_Congnghiep'] })).total);
      expect(items.features.every((f) => f.properties.status === 'available')).toBe(true);
      const tileJson = await fetch(`${app.baseUrl}/tiles/land-lots.json`);
      expect(tileJson.status).toBe(200);
      // z14 tile over the Hồng Phong lots (106.735 E, 21.916 N).
      const tile = await fetch(`${app.baseUrl}/tiles/land-lots/14/13049/7169.mvt`);
      expect(tile.status).toBe(200);
      expect((await tile.arrayBuffer()).byteLength).toBeGreaterThan(100);
    });

    describe('exports', () => {
      const query = 'landUse=DAT_SX_Congnghiep&status=available&areaHaMin=2&maxDistanceKm=10&distanceTo=gate&sort=distance-gate';

      it('gives the filtered list as CSV for Excel: BOM, header, one row per lot', async () => {
        const response = await fetch(`${app.baseUrl}/api/lots.csv?${query}`);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
        const bytes = new Uint8Array(await response.arrayBuffer());
        expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const text = new TextDecoder().decode(bytes.slice(3));
        const lines = text.trimEnd().split('\r\n');
        const list = await app.caller.lots.list({ landUse: ['DAT_SX_Congnghiep'], status: ['available'], areaHa: { min: 2 }, maxDistanceKm: 10, sort: 'distance-gate', limit: 200 });
        expect(lines[0]).toMatch(/^"id","code","name",/);
        expect(lines.slice(1).map((line) => /^"([^"]+)"/.exec(line)?.[1])).toEqual(list.items.map((l) => l.id));
      });

      it('accepts lists as repeated or comma-separated parameters', async () => {
        const repeated = await (await fetch(`${app.baseUrl}/api/lots.geojson?park=kcn-dong-banh&park=cua-khau-chi-ma`)).json() as { features: unknown[] };
        const commas = await (await fetch(`${app.baseUrl}/api/lots.geojson?park=kcn-dong-banh,cua-khau-chi-ma`)).json() as { features: unknown[] };
        expect(commas.features.length).toBe(repeated.features.length);
        expect(repeated.features.length).toBe((await app.caller.lots.list({ park: ['kcn-dong-banh', 'cua-khau-chi-ma'], limit: 200 })).total);
      });

      it('cannot be turned into spreadsheet formulas', async () => {
        const layer = findLayer('land-lots')!;
        const lot = (await app.deps.features.get(layer, 'lot-hp-cn-01'))!;
        await app.deps.database.db.transaction().execute((trx) =>
          app.deps.features.updateProperties(layer, lot.id, { ...lot.properties, note: '=HYPERLINK("http://evil.example","x")', parkName: '+cmd|calc', contact: '@SUM(1+1)' }, trx),
        );
        const text = await (await fetch(`${app.baseUrl}/api/lots.csv?park=kcn-hong-phong`)).text();
        const row = text.split('\r\n').find((line) => line.startsWith('"lot-hp-cn-01"'))!;
        expect(row).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
        expect(row).toContain(`"'+cmd|calc"`);
        expect(row).toContain(`"'@SUM(1+1)"`);
        expect(row).not.toMatch(/(^|,)"[=+@]/);
        await app.deps.database.db.transaction().execute((trx) => app.deps.features.updateProperties(layer, lot.id, lot.properties, trx));
      });

      it('gives the same list as GeoJSON with the computed fields', async () => {
        const response = await fetch(`${app.baseUrl}/api/lots.geojson?${query}`);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
        const collection = (await response.json()) as { type: string; features: { id: string; geometry: { type: string }; properties: LotSummary }[] };
        expect(collection.type).toBe('FeatureCollection');
        const expected = await lotsNearGatesInDatabase(app, engine, 10, { status: 'available', landUse: 'DAT_SX_Congnghiep', minHa: 2 });
        expect(collection.features.map((f) => f.id).sort()).toEqual(expected);
        expect(collection.features[0]!.geometry.type).toBe('Polygon');
        expect(collection.features[0]!.properties.distances.nearestGate!.km).toBeLessThanOrEqual(10);
      });

      it.each([
        ['areaHaMin=abc', 'areaHaMin'],
        ['areaHaMin=5&areaHaMax=2', 'areaHaMax'],
        ['landUse=NOT_A_CLASS', 'landUse'],
        ['status=sold', 'status'],
        ['maxDistanceKm=-3', 'maxDistanceKm'],
        ['distanceTo=airport', 'distanceTo'],
        ['sort=price', 'sort'],
        ['colour=red', 'colour'],
        ['maxDistanceKm=1&maxDistanceKm=2', 'maxDistanceKm'],
      ])('answers 400 JSON naming the parameter for %s', async (bad, field) => {
        for (const file of ['lots.csv', 'lots.geojson']) {
          const response = await fetch(`${app.baseUrl}/api/${file}?${bad}`);
          expect(response.status).toBe(400);
          const body = (await response.json()) as { error: { code: string; field: string; message: string } };
          expect(body.error).toMatchObject({ code: 'BAD_REQUEST', field });
        }
      });
    });
  });
});
