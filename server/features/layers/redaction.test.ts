import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PbfReader } from 'pbf';
import { VectorTile } from '@mapbox/vector-tile';
import type { Polygon } from 'geojson';
import { findLayer } from '../../../shared/layers/registry.ts';
import { planningZoneProperties } from '../../../shared/schemas/layer-properties.ts';
import { testEngines } from '../../test-support/test-databases.ts';
import { startTestApp, type TestApp } from '../../test-support/test-app.ts';
import type { StoredFeature } from '../../geo-store/feature-store.ts';
import { tileContaining } from '../../geo-store/tile-bounds.ts';

const zones = findLayer('planning-zones')!;

/** A small counter-clockwise square around a point, about 200 m across. */
function square(lon: number, lat: number): Polygon {
  const d = 0.001;
  return { type: 'Polygon', coordinates: [[[lon - d, lat - d], [lon + d, lat - d], [lon + d, lat + d], [lon - d, lat + d], [lon - d, lat - d]]] };
}

/** Polygon coordinates truncated to 6 decimals (engines round the last digits differently). */
const rounded = (geometry: unknown) =>
  (geometry as Polygon).coordinates.map((ring) => ring.map((position) => position.map((value) => Math.trunc(Math.round(value * 1e7) / 10) / 1e6)));

const fixtureSource = 'Test fixture (not real data)';
const defenceZone: StoredFeature = {
  type: 'Feature',
  id: 'fixture-defence',
  geometry: square(106.7, 21.95),
  properties: planningZoneProperties.parse({
    zoneCode: 'QP-SECRET',
    name: 'Đất quốc phòng – trận địa thử nghiệm',
    landUse: 'DAT_Quocphong',
    planId: 'plan-fixture',
    revisionId: 'revision-fixture',
    commune: 'Đồng Đăng',
    areaHa: 4.2,
    floorsMax: 2,
    source: fixtureSource,
    illustrative: true,
  }),
};
const serviceZone: StoredFeature = {
  type: 'Feature',
  id: 'fixture-services',
  geometry: square(106.703, 21.95),
  properties: planningZoneProperties.parse({
    zoneCode: 'DV-01',
    name: 'Khu dịch vụ thử nghiệm',
    landUse: 'DAT_Dichvu',
    planId: 'plan-fixture',
    revisionId: 'revision-fixture',
    commune: 'Đồng Đăng',
    areaHa: 4.2,
    coveragePercentMax: 60,
    source: fixtureSource,
    illustrative: true,
  }),
};

/** What the public may see of defence land: geometry and id aside, exactly these. */
const publicDefence = { landUse: 'DAT_Quocphong', name: 'Đất quốc phòng', source: fixtureSource, illustrative: true };


describe.each(testEngines)('redaction of security and defence land on $engine', (engine) => {
  let app: TestApp;
  let plannerCookie: string;
  let communeCookie: string;
  beforeAll(async () => {
    if (engine.skipReason) return;
    app = await startTestApp(engine, { seed: false });
    await app.deps.features.insertMany(zones, [defenceZone, serviceZone]);
    plannerCookie = await app.login('planner');
    communeCookie = await app.login('xa-dong-dang');
  });
  afterAll(async () => app?.close());

  describe.skipIf(engine.skipReason !== null)(engine.skipReason ?? 'database available', () => {
    const get = (path: string, cookie?: string) => fetch(`${app.baseUrl}${path}`, { headers: cookie ? { Cookie: cookie } : {} });
    const byId = <T extends { id?: unknown }>(features: T[], id: string) => features.find((f) => f.id === id);

    describe('tRPC layers.features', () => {
      const featuresAs = async (username: string | null) =>
        (await app.callerAs(username ? await app.user(username) : null).layers.features({ layerId: 'planning-zones' })).features;

      it('gives anonymous callers only geometry, id, land use, a generalised name, source and the illustrative flag', async () => {
        const defence = byId(await featuresAs(null), 'fixture-defence');
        expect(defence?.properties).toEqual(publicDefence);
        expect(rounded(defence?.geometry)).toEqual(rounded(defenceZone.geometry));
      });

      it('leaves ordinary zones whole for anonymous callers', async () => {
        expect(byId(await featuresAs(null), 'fixture-services')?.properties).toEqual(serviceZone.properties);
      });

      it('redacts for commune accounts too', async () => {
        expect(byId(await featuresAs('xa-dong-dang'), 'fixture-defence')?.properties).toEqual(publicDefence);
      });

      it('gives Board staff every detail', async () => {
        for (const username of ['officer', 'planner', 'admin']) {
          expect(byId(await featuresAs(username), 'fixture-defence')?.properties, username).toEqual(defenceZone.properties);
        }
      });

      it('decides by the session cookie over HTTP', async () => {
        const input = encodeURIComponent(JSON.stringify({ layerId: 'planning-zones' }));
        const read = async (cookie?: string) =>
          ((await (await get(`/trpc/layers.features?input=${input}`, cookie)).json()) as { result: { data: { features: StoredFeature[] } } }).result.data.features;
        expect(byId(await read(), 'fixture-defence')?.properties).toEqual(publicDefence);
        expect(byId(await read(plannerCookie), 'fixture-defence')?.properties).toEqual(defenceZone.properties);
      });
    });

    describe('OGC API items', () => {
      const items = async (query: string, cookie?: string) => {
        const response = await get(`/ogc/collections/planning-zones/items${query}`, cookie);
        return { response, body: (await response.json()) as { numberMatched: number; features: StoredFeature[] } };
      };

      it('redacts items for anonymous callers and says the answer varies by cookie', async () => {
        const { response, body } = await items('');
        expect(byId(body.features, 'fixture-defence')?.properties).toEqual(publicDefence);
        expect(response.headers.get('vary')).toMatch(/Cookie/i);
      });

      it('gives staff every detail, and commune accounts the public view', async () => {
        expect(byId((await items('', plannerCookie)).body.features, 'fixture-defence')?.properties).toEqual(defenceZone.properties);
        expect(byId((await items('', communeCookie)).body.features, 'fixture-defence')?.properties).toEqual(publicDefence);
      });

      it('does not let anonymous callers find defence land by a hidden property', async () => {
        expect((await items('?zoneCode=QP-SECRET')).body.numberMatched).toBe(0);
        expect((await items('?floorsMax=2')).body.numberMatched).toBe(0);
        expect((await items('?zoneCode=QP-SECRET', plannerCookie)).body.numberMatched).toBe(1);
      });

      it('still filters anonymous callers by what they may see', async () => {
        const { body } = await items('?landUse=DAT_Quocphong');
        expect(body.numberMatched).toBe(1);
        expect(body.features[0]?.properties).toEqual(publicDefence);
        expect((await items(`?commune=${encodeURIComponent('Đồng Đăng')}`)).body.features.map((f) => f.id)).toEqual(['fixture-services']);
      });
    });

    describe('OGC API item by id', () => {
      const item = async (cookie?: string) => (await (await get('/ogc/collections/planning-zones/items/fixture-defence', cookie)).json()) as StoredFeature;

      it('redacts the item for anonymous callers', async () => {
        const { properties, geometry, id } = await item();
        expect({ id, properties }).toEqual({ id: 'fixture-defence', properties: publicDefence });
        expect(rounded(geometry)).toEqual(rounded(defenceZone.geometry));
      });

      it('gives staff the whole item', async () => {
        expect((await item(plannerCookie)).properties).toEqual(defenceZone.properties);
      });
    });

    describe('vector tiles', () => {
      const [z, x, y] = tileContaining(106.7, 21.95, 14);
      const tilePath = `/tiles/planning-zones/${z}/${x}/${y}.mvt`;
      const tileFeatures = async (cookie?: string) => {
        const response = await get(tilePath, cookie);
        const layer = new VectorTile(new PbfReader(new Uint8Array(await response.arrayBuffer()))).layers['planning-zones']!;
        const features = Array.from({ length: layer.length }, (_, i) => layer.feature(i).properties);
        return { response, features, defence: features.find((p) => p.id === 'fixture-defence') };
      };

      it('gives staff full-detail tiles marked private', async () => {
        const { response, defence } = await tileFeatures(plannerCookie);
        expect(defence).toMatchObject({ zoneCode: 'QP-SECRET', name: defenceZone.properties.name });
        expect(response.headers.get('cache-control')).toMatch(/private/);
        expect(response.headers.get('vary')).toMatch(/Cookie/i);
      });

      it('never serves the cached staff tile to anonymous callers: their tile is redacted', async () => {
        await tileFeatures(plannerCookie);
        const { defence, features } = await tileFeatures();
        expect(defence).toEqual({ id: 'fixture-defence', ...publicDefence });
        expect(features.find((p) => p.id === 'fixture-services')).toMatchObject({ zoneCode: 'DV-01' });
      });

      it('redacts tiles for commune accounts', async () => {
        expect((await tileFeatures(communeCookie)).defence).toEqual({ id: 'fixture-defence', ...publicDefence });
      });

      it('gives the two audiences different ETags, so a revalidation cannot cross over', async () => {
        const staff = (await get(tilePath, plannerCookie)).headers.get('etag');
        const anonymous = (await get(tilePath)).headers.get('etag');
        expect(staff).not.toBe(anonymous);
        expect((await get(tilePath, undefined)).status).toBe(200);
        const crossed = await fetch(`${app.baseUrl}${tilePath}`, { headers: { 'If-None-Match': staff! } });
        expect(crossed.status).toBe(200);
      });
    });
  });
});
