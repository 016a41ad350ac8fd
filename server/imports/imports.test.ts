import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { testEngines } from '../test-support/test-databases.ts';
import { startTestApp, type Caller, type TestApp } from '../test-support/test-app.ts';
import { snapshotAccounts } from '../test-support/db-snapshot.ts';
import { trpcFailure } from '../test-support/trpc-failure.ts';
import { wgs84ToTm3 } from '../../shared/crs/vn2000.ts';
import type { ImportPreview, ImportUploadAnswer } from '../../shared/schemas/imports.ts';
import { workerStats } from './parse-in-worker.ts';

/** A small square (side ~`size` degrees) at [lon, lat], as WGS84 positions, counter-clockwise. */
const squareAt = (lon: number, lat: number, size = 0.0004) => [[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]];
/** The same square on the VN-2000 TM-3 107°15′ plane, [easting, northing] (or northing first). */
const tm3Square = (lon: number, lat: number, northingFirst = false) => squareAt(lon, lat).map((p) => {
  const [e, n] = wgs84ToTm3(p as [number, number]);
  return northingFirst ? [n, e] : [e, n];
});
const polygon = (ring: number[][], properties: Record<string, unknown> = {}): Feature => ({ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [ring] } });
const collection = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

/** Inside xã Đồng Đăng (commune A), near the Hữu Nghị gate road. */
const DONG_DANG: [number, number] = [106.706, 21.96];
/** In xã Hoàng Văn Thụ, outside Đồng Đăng. */
const HOANG_VAN_THU: [number, number] = [106.62, 22.0];

interface Upload {
  target?: string;
  crs?: string;
  fileName?: string;
  body: string;
  cookie?: string | null;
  origin?: string;
}

describe.each(testEngines)('imports on $engine', (engine) => {
  let app: TestApp;
  let cookies: Record<string, string>;
  let planner: Caller;
  let officer: Caller;
  let communeA: Caller;
  let communeB: Caller;

  async function upload({ target = 'land-lots', crs, fileName = 'du-lieu.geojson', body, cookie = cookies.officer, origin }: Upload) {
    const form = new FormData();
    form.set('target', target);
    if (crs) form.set('crs', crs);
    form.set('file', new Blob([body]), fileName);
    const headers: Record<string, string> = {};
    if (cookie) headers.cookie = cookie;
    if (origin) headers.origin = origin;
    const response = await fetch(`${app.baseUrl}/api/imports`, { method: 'POST', body: form, headers });
    return { status: response.status, json: (await response.json()) as ImportUploadAnswer & { error?: { code: string; message: string; field?: string } } };
  }

  async function countRows(table: 'land_lots' | 'planning_zones' | 'imports' | 'import_features' | 'clearance_boundaries'): Promise<number> {
    const row = await app.deps.database.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  beforeAll(async () => {
    if (engine.skipReason) return;
    app = await startTestApp(engine, { env: { IMPORT_MAX_FILE_BYTES: String(4 * 1024 * 1024), IMPORT_MAX_FEATURES: '40000' } });
    cookies = {};
    for (const name of ['officer', 'planner', 'admin', 'xa-dong-dang']) cookies[name] = await app.login(name);
    planner = app.callerAs(await app.user('planner'));
    officer = app.callerAs(await app.user('officer'));
    communeA = app.callerAs(await app.user('xa-dong-dang'));
    communeB = app.callerAs(await app.user('xa-hoang-van-thu'));
  }, 120_000);
  afterAll(async () => app?.close());

  describe.skipIf(engine.skipReason !== null)(engine.skipReason ?? 'database available', () => {
    it('answers an upload with the pinned shape, detects VN-2000 TM-3 107°15′ by values and rejects bad features one by one', async () => {
      const [lon, lat] = DONG_DANG;
      const body = collection([
        polygon(tm3Square(lon, lat), { ma_lo: 'IMP-01', khu: 'logistics-huu-nghi', chuc_nang: 'DAT_SX_Congnghiep' }),
        polygon(tm3Square(lon + 0.001, lat), { ma_lo: 'IMP-02', khu: 'logistics-huu-nghi', chuc_nang: 'Đất sản xuất công nghiệp, kho bãi' }),
        // A bow tie and a square near Hà Nội (out of area), both in the same CRS.
        polygon([tm3Square(lon, lat)[0]!, tm3Square(lon, lat)[2]!, tm3Square(lon, lat)[1]!, tm3Square(lon, lat)[3]!, tm3Square(lon, lat)[0]!], { ma_lo: 'BAD-1' }),
        polygon(tm3Square(105.85, 21.03), { ma_lo: 'BAD-2' }),
        { type: 'Feature', properties: { ma_lo: 'BAD-3' }, geometry: null },
      ]);
      const { status, json } = await upload({ body });
      expect(status).toBe(201);
      expect(Object.keys(json).sort()).toEqual(['crs', 'errors', 'featureCount', 'format', 'importId', 'target', 'warnings']);
      expect(json).toMatchObject({ format: 'geojson', target: 'land-lots', featureCount: 5, crs: { code: 'EPSG:9215', evidence: 'value-range', swappedAxes: false } });
      expect(json.crs.alternatives).toContain('EPSG:9214');
      expect(json.errors.map((e) => [e.feature, e.code])).toEqual([[2, 'self-intersection'], [3, 'out-of-area'], [4, 'null-geometry']]);
      expect(json.errors[1]!.where).toMatch(/BAD-2|feature 4/);

      const preview = (await officer.imports.preview({ importId: json.importId })) as ImportPreview;
      expect(preview.features.map((f) => f.properties.rejected)).toEqual([false, false, true, true, true]);
      expect(preview.attributeNames).toEqual(['ma_lo', 'khu', 'chuc_nang']);
      expect(preview.suggestedMapping).toMatchObject({ code: 'ma_lo', park: 'khu', landUse: 'chuc_nang' });
      // The preview is in WGS84 and lands where the file meant, within a centimetre.
      const first = (preview.features[0]!.geometry as { coordinates: number[][][] }).coordinates[0]![0]!;
      expect(Math.abs(first[0]! - lon) * 103_000).toBeLessThan(0.01);
      expect(Math.abs(first[1]! - lat) * 110_000).toBeLessThan(0.01);

      // Commit as land lots: the good ones only, visible in lots.list, audited.
      const before = await countRows('land_lots');
      const answer = await officer.imports.commit({ importId: json.importId, crs: 'EPSG:9215', swappedAxes: false, mapping: preview.suggestedMapping });
      expect(answer).toMatchObject({ committedCount: 2, skippedCount: 3, target: 'land-lots' });
      expect(await countRows('land_lots')).toBe(before + 2);
      const lots = await app.caller.lots.list({ park: ['logistics-huu-nghi'], limit: 200 });
      expect(lots.items.map((l) => l.code)).toEqual(expect.arrayContaining(['IMP-01', 'IMP-02']));
      expect(lots.items.find((l) => l.code === 'IMP-02')).toMatchObject({ landUse: 'DAT_SX_Congnghiep', commune: 'Đồng Đăng' });
      const audit = await app.deps.database.db.selectFrom('audit_log').select(['procedure', 'actor_username']).where('entity_id', '=', json.importId).orderBy('id').execute();
      expect(audit).toEqual([{ procedure: 'imports.upload', actor_username: 'officer' }, { procedure: 'imports.commit', actor_username: 'officer' }]);

      // A second commit is refused and changes nothing.
      const snapshot = await snapshotAccounts(app.deps.database.db);
      expect((await trpcFailure(officer.imports.commit({ importId: json.importId, crs: 'EPSG:9215', swappedAxes: false, mapping: preview.suggestedMapping }))).code).toBe('CONFLICT');
      expect(await snapshotAccounts(app.deps.database.db)).toEqual(snapshot);
      expect((await officer.imports.list()).find((i) => i.importId === json.importId)).toMatchObject({ status: 'committed', createdBy: 'officer', featureCount: 5 });
    });

    it('detects swapped axes (X northing first, as Vietnamese surveys write) and commits with the confirmed order only', async () => {
      const body = collection([polygon(tm3Square(DONG_DANG[0], DONG_DANG[1], true), { ma: 'SW-1', khu: 'logistics-huu-nghi', loai_dat: 'DAT_SX_Congnghiep' })]);
      const { status, json } = await upload({ body });
      expect(status).toBe(201);
      expect(json.crs).toMatchObject({ code: 'EPSG:9215', swappedAxes: true });
      expect(json.warnings.map((w) => w.code)).toContain('swapped-axes');
      expect(json.errors).toEqual([]);
      const mapping = { code: 'ma', park: 'khu', landUse: 'loai_dat' };
      // Confirming the wrong order leaves nothing valid: refused, nothing written.
      const failure = await trpcFailure(officer.imports.commit({ importId: json.importId, crs: 'EPSG:9215', swappedAxes: false, mapping }));
      expect(failure.code).toBe('BAD_REQUEST');
      expect(await officer.imports.commit({ importId: json.importId, crs: 'EPSG:9215', swappedAxes: true, mapping })).toMatchObject({ committedCount: 1 });
    });

    it('commits a plan revision as a new draft with the imported zones (plans.list and plans.compare see it)', async () => {
      const [lon, lat] = DONG_DANG;
      const body = collection([
        polygon(squareAt(lon, lat, 0.002), { KY_HIEU: 'CN-A', CHUC_NANG: 'DAT_SX_Congnghiep' }),
        polygon(squareAt(lon + 0.003, lat, 0.002), { KY_HIEU: 'CX-B', CHUC_NANG: 'Đất cây xanh sử dụng công cộng' }),
      ]);
      const { status, json } = await upload({ body, target: 'plan-revision', cookie: cookies.planner });
      expect(status).toBe(201);
      expect(json.crs).toMatchObject({ code: 'EPSG:4326', evidence: 'declared' });
      const preview = await planner.imports.preview({ importId: json.importId });
      expect(preview.suggestedMapping).toMatchObject({ zoneCode: 'KY_HIEU', landUse: 'CHUC_NANG' });
      // Officers do not write plans.
      expect((await trpcFailure(officer.imports.commit({ importId: json.importId, crs: 'EPSG:4326', swappedAxes: false, mapping: preview.suggestedMapping, planId: 'dd-ls-general' }))).code).toBe('FORBIDDEN');
      const answer = await planner.imports.commit({ importId: json.importId, crs: 'EPSG:4326', swappedAxes: false, mapping: preview.suggestedMapping, planId: 'dd-ls-general', revisionName: 'Phương án nhập thử' });
      expect(answer.revisionId).toBeTruthy();
      const [plan] = await planner.plans.list({ planId: 'dd-ls-general' });
      const revision = plan!.revisions.find((r) => r.id === answer.revisionId);
      expect(revision).toMatchObject({ stage: 'draft', name: 'Phương án nhập thử', zoneCount: 2 });
      const comparison = await planner.plans.compare({ fromRevisionId: revision!.parentRevisionId!, toRevisionId: answer.revisionId! });
      expect(comparison.totals.toHectares).toBeGreaterThan(0);
      expect(comparison.balance.map((row) => row.landUse)).toEqual(expect.arrayContaining(['DAT_SX_Congnghiep', 'DAT_HTXH_CayxanhCC']));
      // The public does not see a draft.
      expect((await app.caller.plans.list({ planId: 'dd-ls-general' }))[0]!.revisions.some((r) => r.id === answer.revisionId)).toBe(false);
    });

    it('lets a commune import boundaries inside its own commune only; outside it the commit is refused with nothing written', async () => {
      const outside = collection([polygon(squareAt(...HOANG_VAN_THU), { ten: 'Ngoài xã', du_an: 'project-cargo-road-1119-1120' })]);
      const staged = await upload({ body: outside, target: 'clearance-boundaries', cookie: cookies['xa-dong-dang'] });
      expect(staged.status).toBe(201);
      const snapshot = await snapshotAccounts(app.deps.database.db);
      const boundaries = await countRows('clearance_boundaries');
      const failure = await trpcFailure(communeA.imports.commit({ importId: staged.json.importId, crs: 'EPSG:4326', swappedAxes: false, mapping: { name: 'ten', projectId: 'du_an' } }));
      expect(failure.code).toBe('FORBIDDEN');
      expect(await snapshotAccounts(app.deps.database.db)).toEqual(snapshot);
      expect(await countRows('clearance_boundaries')).toBe(boundaries);
      // Another commune may not even look at it.
      expect((await trpcFailure(communeB.imports.preview({ importId: staged.json.importId }))).code).toBe('FORBIDDEN');

      const inside = collection([polygon(squareAt(DONG_DANG[0] + 0.0005, DONG_DANG[1]), { ten: 'Trong xã', du_an: 'project-cargo-road-1119-1120' })]);
      const good = await upload({ body: inside, target: 'clearance-boundaries', cookie: cookies['xa-dong-dang'] });
      const answer = await communeA.imports.commit({ importId: good.json.importId, crs: 'EPSG:4326', swappedAxes: false, mapping: { name: 'ten', projectId: 'du_an' } });
      expect(answer.committedCount).toBe(1);
      expect(await countRows('clearance_boundaries')).toBe(boundaries + 1);
      // A commune account may not stage anything else.
      expect((await upload({ body: inside, target: 'land-lots', cookie: cookies['xa-dong-dang'] })).status).toBe(403);
    });

    it('refuses anonymous, cross-site and malformed uploads and every limit with a 4xx and nothing stored', async () => {
      const good = collection([polygon(squareAt(...DONG_DANG))]);
      const snapshot = await snapshotAccounts(app.deps.database.db);
      const imports = await countRows('imports');
      const cases: [Upload, number, string | undefined][] = [
        [{ body: good, cookie: null }, 401, undefined],
        [{ body: good, origin: 'https://evil.example' }, 403, undefined],
        [{ body: good, target: 'everything' }, 400, 'target'],
        [{ body: good, crs: 'EPSG:3857' }, 400, 'crs'],
        [{ body: 'x'.repeat(4 * 1024 * 1024 + 1) }, 413, 'file'],
        [{ body: '['.repeat(5000) + ']'.repeat(5000) }, 400, 'file'],
        [{ body: JSON.stringify({ type: 'FeatureCollection', features: Array.from({ length: 40_001 }, () => 0) }) }, 400, 'file'],
        [{ body: collection([polygon(squareAt(...DONG_DANG), { a: 'x'.repeat(20_000) })]) }, 400, 'file'],
        [{ body: '{"type":"FeatureCollection","features":[', fileName: 'hong.geojson' }, 400, 'file'],
        [{ body: 'hello', fileName: 'ghi-chu.doc' }, 400, 'file'],
      ];
      for (const [request, expected, field] of cases) {
        const { status, json } = await upload(request);
        expect([status, json.error?.field], JSON.stringify(json.error)).toEqual([expected, field]);
        expect(json.error?.message.length).toBeGreaterThan(10);
      }
      expect(await countRows('imports')).toBe(imports);
      expect(await snapshotAccounts(app.deps.database.db)).toEqual(snapshot);
    });

    it('discards a staged import and refuses to commit it afterwards', async () => {
      const { json } = await upload({ body: collection([polygon(squareAt(...DONG_DANG), { ma: 'X' })]) });
      expect(await officer.imports.discard({ importId: json.importId })).toEqual({ importId: json.importId, status: 'discarded' });
      expect((await trpcFailure(officer.imports.commit({ importId: json.importId, crs: 'EPSG:4326', swappedAxes: false, mapping: {} }))).code).toBe('CONFLICT');
      expect((await trpcFailure(officer.imports.preview({ importId: 'import-none' }))).code).toBe('NOT_FOUND');
    });

    it('discards staged imports older than 24 hours when a new one is made', async () => {
      const first = await upload({ body: collection([polygon(squareAt(...DONG_DANG), { ma: 'OLD' })]) });
      // Made 25 hours ago (moving the clock instead would end the test sessions).
      const dayAgo = new Date(Date.now() - 25 * 60 * 60 * 1000).toISOString();
      await app.deps.database.db.updateTable('imports').set({ created_at: dayAgo }).where('id', '=', first.json.importId).execute();
      expect((await upload({ body: collection([polygon(squareAt(...DONG_DANG), { ma: 'NEW' })]) })).status).toBe(201);
      expect((await officer.imports.list()).find((i) => i.importId === first.json.importId)?.status).toBe('discarded');
      const left = await app.deps.database.db.selectFrom('import_features').select('idx').where('import_id', '=', first.json.importId).execute();
      expect(left).toEqual([]);
    });

    it('parses in a worker thread: /api/health answers while a large file is being read', async () => {
      const started = workerStats.started;
      const many = Array.from({ length: 30_000 }, (_, i) => ({ type: 'Feature', properties: { n: i }, geometry: { type: 'Point', coordinates: wgs84ToTm3([106.7 + (i % 100) * 0.0005, 21.9 + Math.floor(i / 100) * 0.0002]) } }));
      const body = collection(many);
      let done = false;
      const pending = upload({ body, target: 'projects' }).finally(() => {
        done = true;
      });
      const latencies: number[] = [];
      while (!done) {
        const t = performance.now();
        const health = await fetch(`${app.baseUrl}/api/health`);
        expect(health.status).toBe(200);
        if (!done) latencies.push(performance.now() - t);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const { status, json } = await pending;
      expect(status).toBe(201);
      expect(json.featureCount).toBe(30_000);
      expect(workerStats.started).toBe(started + 1);
      expect(latencies.length).toBeGreaterThan(3);
      expect(Math.min(...latencies)).toBeLessThan(200);
    }, 120_000);
  });
});

describe.skipIf(testEngines[0]!.skipReason !== null)('the parse timeout', () => {
  it('refuses a file whose parse outlasts IMPORT_PARSE_TIMEOUT_MS, storing nothing', async () => {
    const app = await startTestApp(testEngines[0]!, { seed: false, env: { IMPORT_PARSE_TIMEOUT_MS: '100' } });
    try {
      const cookie = await app.login('officer');
      const form = new FormData();
      form.set('target', 'projects');
      form.set('file', new Blob([collection([polygon(squareAt(...DONG_DANG))])]), 'a.geojson');
      const response = await fetch(`${app.baseUrl}/api/imports`, { method: 'POST', body: form, headers: { cookie } });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: 'parse-timeout', field: 'file' } });
      const row = await app.deps.database.db.selectFrom('imports').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
      expect(Number(row.n)).toBe(0);
    } finally {
      await app.close();
    }
  }, 60_000);
});
