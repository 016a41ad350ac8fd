import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layers } from '../../shared/layers/registry.ts';
import { testEngines } from '../test-support/test-databases.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';

interface Link { href: string; rel: string }
interface Items { type: string; features: { id: string; properties: Record<string, unknown> }[]; numberMatched: number; numberReturned: number; links: Link[] }

describe.each(testEngines)('OGC API – Features on $engine', (engine) => {
  let app: TestApp;
  const get = (path: string) => fetch(`${app.baseUrl}${path}`);
  const json = async <T>(path: string): Promise<T> => (await get(path)).json() as Promise<T>;

  beforeAll(async () => {
    if (!engine.skipReason) app = await startTestApp(engine);
  });
  afterAll(async () => app?.close());

  describe.skipIf(engine.skipReason !== null)(engine.skipReason ?? 'database available', () => {
    it('links the landing page to conformance and collections, and declares Core and GeoJSON', async () => {
      const landing = await json<{ links: Link[] }>('/ogc');
      expect(landing.links.map((l) => l.rel)).toEqual(expect.arrayContaining(['self', 'conformance', 'data']));
      const conformance = await json<{ conformsTo: string[] }>('/ogc/conformance');
      expect(conformance.conformsTo).toContain('http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core');
      expect(conformance.conformsTo).toContain('http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson');
    });

    it('lists every collection id of the contract with an extent and an items link', async () => {
      const { collections } = await json<{ collections: { id: string; extent: { spatial: { bbox: number[][] } }; links: Link[] }[] }>('/ogc/collections');
      expect(collections.map((c) => c.id)).toEqual(layers.map((l) => l.id));
      for (const collection of collections) {
        expect(collection.links.find((l) => l.rel === 'items')?.href).toMatch(new RegExp(`/ogc/collections/${collection.id}/items$`));
        expect(collection.extent.spatial.bbox[0]).toHaveLength(4);
      }
    });

    it('pages with limit/offset, numberMatched/numberReturned and next links that reach every feature', async () => {
      const seen = new Set<string>();
      let url: string | undefined = '/ogc/collections/communes/items?limit=20';
      let pages = 0;
      while (url) {
        const response = await get(url.replace(app.baseUrl, ''));
        expect(response.headers.get('content-type')).toContain('application/geo+json');
        const page = (await response.json()) as Items;
        expect(page.numberMatched).toBe(65);
        expect(page.numberReturned).toBe(page.features.length);
        page.features.forEach((f) => seen.add(f.id));
        url = page.links.find((l) => l.rel === 'next')?.href;
        pages += 1;
      }
      expect(pages).toBe(4);
      expect(seen.size).toBe(65);
    });

    it('filters by bbox and by a simple property', async () => {
      const near = await json<Items>('/ogc/collections/border-gates/items?bbox=106.69,21.95,106.73,21.99');
      expect(near.features.map((f) => String(f.properties.name)).join(' | ')).toContain('Hữu Nghị');
      const inZone = await json<Items>('/ogc/collections/communes/items?inZone=true&limit=100');
      expect(inZone.numberMatched).toBe(9);
      expect(inZone.features.every((f) => f.properties.inZone === true)).toBe(true);
      const wards = await json<Items>('/ogc/collections/communes/items?kind=ward&limit=100');
      expect(wards.numberMatched).toBe(4);
    });

    it('returns one feature by id, and a JSON 404 for an unknown feature or collection', async () => {
      const { features } = await json<Items>('/ogc/collections/border-markers/items?limit=1');
      const id = features[0]!.id;
      const one = await json<{ id: string; type: string }>(`/ogc/collections/border-markers/items/${encodeURIComponent(id)}`);
      expect(one).toMatchObject({ id, type: 'Feature' });
      for (const path of ['/ogc/collections/border-markers/items/no-such-marker', '/ogc/collections/no-such-layer/items']) {
        const response = await get(path);
        expect(response.status).toBe(404);
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
      }
    });

    it.each([
      ['bbox=1,2,3', 'bbox'],
      ['bbox=107,22,106,21', 'bbox'],
      ['bbox=a,b,c,d', 'bbox'],
      ['bbox=-200,21,106,22', 'bbox'],
      ['limit=0', 'limit'],
      ['limit=5001', 'limit'],
      ['limit=ten', 'limit'],
      ['offset=-1', 'offset'],
      ['datetime=yesterday', 'datetime'],
      ['colour=red', 'colour'],
    ])('answers ?%s with a 400 naming %s and no stack trace', async (query, field) => {
      const response = await get(`/ogc/collections/communes/items?${query}`);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { code: string; message: string; field: string } };
      expect(body.error).toMatchObject({ code: 'BAD_REQUEST', field });
      expect(body.error.message).not.toMatch(/\bat \w+ \(|node_modules|\.ts:\d+/);
    });
  });
});
