import type { ZodError } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLayer } from '../../../shared/layers/registry.ts';
import { testEngines } from '../../test-support/test-databases.ts';
import { startTestApp, type Caller, type TestApp } from '../../test-support/test-app.ts';
import { trpcFailure } from '../../test-support/trpc-failure.ts';
import { rebuildSearchIndex } from '../../geo-store/search-index.ts';

describe.each(testEngines)('search on $engine', (engine) => {
  let app: TestApp;
  let officer: Caller;
  let commune: Caller;
  beforeAll(async () => {
    if (engine.skipReason) return;
    app = await startTestApp(engine);
    officer = app.callerAs(await app.user('officer'));
    commune = app.callerAs(await app.user('xa-dong-dang'));
  });
  afterAll(async () => app?.close());

  describe.skipIf(engine.skipReason !== null)(engine.skipReason ?? 'database available', () => {
    const ids = (items: { kind: string; id: string }[]) => items.map((item) => `${item.kind}:${item.id}`);

    it('finds Đồng Đăng from "dong dang", the commune first', async () => {
      const items = await app.caller.search.query({ q: 'dong dang' });
      expect(items[0]).toMatchObject({ kind: 'commune', name: 'Đồng Đăng' });
      expect(items[0]?.bbox).toHaveLength(4);
    });

    it('ignores case and diacritics alike: "ĐỒNG ĐĂNG", "Đồng Đăng" and "dong dang" give the same items', async () => {
      const plain = ids(await app.caller.search.query({ q: 'dong dang', limit: 50 }));
      expect(ids(await app.caller.search.query({ q: 'ĐỒNG ĐĂNG', limit: 50 }))).toEqual(plain);
      expect(ids(await app.caller.search.query({ q: 'Đồng Đăng', limit: 50 }))).toEqual(plain);
    });

    it('finds the Hữu Nghị gate from "huu nghi", the gate first', async () => {
      const items = await app.caller.search.query({ q: 'huu nghi' });
      expect(items[0]).toMatchObject({ kind: 'gate', id: 'gate-huu-nghi', layerId: 'border-gates' });
    });

    it('finds marker 1088/2 first from "1088/2", and the works named after it', async () => {
      const items = await app.caller.search.query({ q: '1088/2', limit: 20 });
      expect(items[0]).toMatchObject({ kind: 'marker', id: 'marker-1088-2', name: 'Mốc 1088/2' });
      expect(ids(items)).toEqual(expect.arrayContaining(['cargo-lane:cargo-lane-1088-2-1089', 'project:project-cargo-road-1088-2-1089']));
      // Not marker 1089 nor 1088-anything-else: every word must match.
      expect(ids(items)).not.toContain('marker:marker-1089');
    });

    it('finds words by their beginning: "vsip" the park, its lots and the project', async () => {
      const items = await app.caller.search.query({ q: 'vsip', limit: 20 });
      expect(items[0]).toMatchObject({ kind: 'park', id: 'kcn-vsip-lang-son', layerId: null });
      expect(items.filter((i) => i.kind === 'lot').length).toBe(8);
      expect(ids(items)).toContain('project:project-vsip-lang-son-secondary-investors');
    });

    it('finds a lot by its code and a park by its commune\'s old name', async () => {
      expect((await app.caller.search.query({ q: 'cc7' }))[0]).toMatchObject({ kind: 'lot', id: 'lot-chi-ma-cc7' });
      expect((await app.caller.search.query({ q: 'hp-cn-06' }))[0]).toMatchObject({ kind: 'lot', id: 'lot-hp-cn-06' });
      expect(ids(await app.caller.search.query({ q: 'dong banh' }))).toContain('park:kcn-dong-banh');
    });

    it('gives a park the extent of its lots', async () => {
      const park = (await app.caller.search.query({ q: 'khu cong nghiep hong phong' })).find((i) => i.kind === 'park');
      const lots = (await app.caller.layers.features({ layerId: 'land-lots' })).features.filter((f) => f.properties?.park === 'kcn-hong-phong');
      const west = Math.min(...lots.map((f) => Math.min(...(f.geometry as GeoJSON.Polygon).coordinates[0]!.map((p) => p[0]!))));
      expect(park?.bbox[0]).toBeCloseTo(west, 9);
    });

    it('keeps security and defence zones out of public and commune searches, not out of staff ones', async () => {
      expect(ids(await officer.search.query({ q: 'dat an ninh huu nghi' }))).toContain('zone:planning-zone-an-01');
      expect(ids(await app.caller.search.query({ q: 'dat an ninh huu nghi' }))).toEqual([]);
      expect(ids(await commune.search.query({ q: 'an ninh' }))).not.toContain('zone:planning-zone-an-01');
      expect(ids(await app.caller.search.query({ q: 'quoc phong', limit: 50 }))).not.toContain('zone:planning-zone-qp-01');
      // The public still finds the ordinary zones.
      expect((await app.caller.search.query({ q: 'planning zone', limit: 50 })).every((i) => i.id !== 'planning-zone-an-01')).toBe(true);
    });

    it('follows a feature write in the same transaction: a renamed project is found by its new name only', async () => {
      const layer = findLayer('projects')!;
      const project = (await app.deps.features.get(layer, 'project-binh-nghi-office'))!;
      await app.deps.database.db.transaction().execute((trx) =>
        app.deps.features.updateProperties(layer, project.id, { ...project.properties, name: 'Nhà công vụ Quảng Trường Tây Bắc' }, trx),
      );
      expect(ids(await app.caller.search.query({ q: 'quang truong tay bac' }))).toEqual(['project:project-binh-nghi-office']);
      expect(ids(await app.caller.search.query({ q: 'nha lam viec lien nganh binh nghi' }))).toEqual([]);
    });

    it('turns a zone restricted by a write into a staff-only entry', async () => {
      const layer = findLayer('planning-zones')!;
      const zone = (await app.deps.features.query(layer, { limit: 1, offset: 0, filters: { landUse: 'DAT_Dichvu' } })).features[0]!;
      await app.deps.database.db.transaction().execute((trx) =>
        app.deps.features.updateProperties(layer, zone.id, { ...zone.properties, landUse: 'DAT_Quocphong', name: 'Khu đất thử nghiệm Zebra' }, trx),
      );
      expect(ids(await app.caller.search.query({ q: 'zebra' }))).toEqual([]);
      expect(ids(await officer.search.query({ q: 'zebra' }))).toEqual([`zone:${zone.id}`]);
    });

    it('rebuilds to the same index it keeps', async () => {
      const before = await app.deps.database.db.selectFrom('search_entries').select(['kind', 'entity_id', 'name', 'search_text', 'public']).orderBy('kind').orderBy('entity_id').execute();
      await app.deps.database.db.transaction().execute((trx) => rebuildSearchIndex(trx, engine.engine));
      const after = await app.deps.database.db.selectFrom('search_entries').select(['kind', 'entity_id', 'name', 'search_text', 'public']).orderBy('kind').orderBy('entity_id').execute();
      expect(after).toEqual(before);
    });

    it('answers nothing for punctuation alone, and refuses an empty or oversized query naming q', async () => {
      expect(await app.caller.search.query({ q: '–/?' })).toEqual([]);
      expect(((await trpcFailure(app.caller.search.query({ q: '  ' }))).cause as ZodError).issues[0]?.path).toEqual(['q']);
      expect(((await trpcFailure(app.caller.search.query({ q: 'x'.repeat(101) }))).cause as ZodError).issues[0]?.path).toEqual(['q']);
    });

    it('is not fooled by FTS or tsquery syntax', async () => {
      for (const q of ['"', 'NEAR(dong dang)', 'dong & | ! dang', "dang' OR 1=1 --", 'a:* b', '*', 'dong -dang']) {
        await expect(app.caller.search.query({ q })).resolves.toBeInstanceOf(Array);
      }
    });

    it('answers over HTTP', async () => {
      const response = await fetch(`${app.baseUrl}/trpc/search.query?input=${encodeURIComponent(JSON.stringify({ q: 'tan thanh', limit: 3 }))}`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { result: { data: { kind: string }[] } };
      expect(body.result.data).toHaveLength(3);
    });
  });
});
