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

    it('returns only the properties asked for with properties=, on items and on one item', async () => {
      const page = await json<Items>('/ogc/collections/land-lots/items?properties=code,status&limit=5');
      expect(page.features).toHaveLength(5);
      for (const feature of page.features) expect(Object.keys(feature.properties).sort()).toEqual(['code', 'status']);
      const one = await json<{ properties: Record<string, unknown> }>(`/ogc/collections/land-lots/items/${encodeURIComponent(page.features[0]!.id)}?properties=areaHa`);
      expect(Object.keys(one.properties)).toEqual(['areaHa']);
      const none = await json<Items>('/ogc/collections/communes/items?properties=&limit=2');
      expect(none.features.every((f) => Object.keys(f.properties).length === 0)).toBe(true);
      // Projects carry their derived status, and it may be asked for.
      const projects = await json<Items>('/ogc/collections/projects/items?properties=name,derivedStatus&limit=3');
      expect(projects.features.every((f) => 'derivedStatus' in f.properties)).toBe(true);
      const bad = await get('/ogc/collections/land-lots/items?properties=code,price');
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { error: { field: string } }).error.field).toBe('properties');
    });

    it('filters every collection by a property it lists as queryable, and describes it as JSON Schema', async () => {
      for (const layer of layers) {
        const queryables = await json<{ $schema: string; type: string; properties: Record<string, { type: string }> }>(`/ogc/collections/${layer.id}/queryables`);
        expect(queryables.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
        const names = Object.keys(queryables.properties);
        expect(names.length, layer.id).toBeGreaterThan(0);
        expect(names).not.toContain('source');
        const [first] = (await json<Items>(`/ogc/collections/${layer.id}/items?limit=1`)).features;
        if (!first) continue;
        // The first scalar queryable the first feature has: filtering on its value finds that feature.
        const name = names.find((n) => ['string', 'number', 'integer', 'boolean'].includes(typeof first.properties[n]) && queryables.properties[n]!.type !== 'array');
        if (!name) continue;
        const value = String(first.properties[name]);
        const filtered = await json<Items>(`/ogc/collections/${layer.id}/items?${name}=${encodeURIComponent(value)}&limit=1000`);
        expect(filtered.numberMatched, `${layer.id}.${name}`).toBeGreaterThan(0);
        expect(filtered.features.every((f) => String(f.properties[name]) === value), `${layer.id}.${name}`).toBe(true);
      }
    });

    it('offers an OpenAPI 3.0 definition listing each collection\'s filters, and declares the classes it meets', async () => {
      const landing = await json<{ links: (Link & { type: string })[] }>('/ogc');
      const serviceDesc = landing.links.find((l) => l.rel === 'service-desc');
      expect(serviceDesc?.type).toBe('application/vnd.oai.openapi+json;version=3.0');
      const response = await get(new URL(serviceDesc!.href).pathname);
      expect(response.headers.get('content-type')).toContain('application/vnd.oai.openapi+json');
      const api = (await response.json()) as { openapi: string; paths: Record<string, { get: { parameters?: { name?: string; in?: string }[] } }> };
      expect(api.openapi).toMatch(/^3\.0\./);
      const parameters = api.paths['/collections/land-lots/items']!.get.parameters!.filter((p) => p.in === 'query').map((p) => p.name);
      expect(parameters).toEqual(expect.arrayContaining(['status', 'landUse', 'code']));
      const conformance = await json<{ conformsTo: string[] }>('/ogc/conformance');
      expect(conformance.conformsTo).toEqual(expect.arrayContaining([
        'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
        'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables',
        'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters',
      ]));
      const { collections } = await json<{ collections: { id: string; links: Link[] }[] }>('/ogc/collections');
      for (const c of collections) expect(c.links.find((l) => l.rel === 'http://www.opengis.net/def/rel/ogc/1.0/queryables')?.href).toMatch(new RegExp(`/ogc/collections/${c.id}/queryables$`));
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
