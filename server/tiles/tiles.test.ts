import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PbfReader } from 'pbf';
import { VectorTile } from '@mapbox/vector-tile';
import { landUseCodes } from '../../shared/domain/land-use.ts';
import { testEngines } from '../test-support/test-databases.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { tileContaining } from '../geo-store/tile-bounds.ts';


describe.each(testEngines)('vector tiles on $engine', (engine) => {
  let app: TestApp;
  const get = (path: string, headers?: Record<string, string>) => fetch(`${app.baseUrl}${path}`, { headers });

  beforeAll(async () => {
    if (!engine.skipReason) app = await startTestApp(engine);
  });
  afterAll(async () => app?.close());

  describe.skipIf(engine.skipReason !== null)(engine.skipReason ?? 'database available', () => {
    it('describes a collection in TileJSON 3.0 with a versioned tile URL and its vector layer', async () => {
      const tileJson = (await (await get('/tiles/planning-zones.json')).json()) as { tilejson: string; tiles: string[]; vector_layers: { id: string; fields: Record<string, string> }[]; bounds: number[] };
      expect(tileJson.tilejson).toBe('3.0.0');
      // The URL names the revision in force: each revision has its own tile URLs.
      expect(tileJson.tiles[0]).toMatch(/\/tiles\/planning-zones\/\{z\}\/\{x\}\/\{y\}\.mvt\?revision=dd-ls-general-current&v=\d+$/);
      expect(tileJson.vector_layers[0]?.id).toBe('planning-zones');
      expect(Object.keys(tileJson.vector_layers[0]!.fields)).toEqual(expect.arrayContaining(['id', 'landUse', 'zoneCode']));
      expect(tileJson.bounds[0]).toBeGreaterThan(106);
    });

    it('serves planning zones around Đồng Đăng as a decodable tile with their land use and id', async () => {
      const [z, x, y] = tileContaining(106.7, 21.95, 11);
      const response = await get(`/tiles/planning-zones/${z}/${x}/${y}.mvt`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('application/vnd.mapbox-vector-tile');
      const tile = new VectorTile(new PbfReader(new Uint8Array(await response.arrayBuffer())));
      const layer = tile.layers['planning-zones'];
      expect(layer?.length).toBeGreaterThan(0);
      const feature = layer!.feature(0);
      expect(feature.type).toBe(3);
      expect(landUseCodes).toContain(feature.properties.landUse);
      expect(typeof feature.properties.id).toBe('string');
    });

    it('serves an empty tile far from the zone', async () => {
      const response = await get('/tiles/planning-zones/10/100/100.mvt');
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBe(0);
    });

    it('caches versioned tiles as immutable and answers a repeated ETag with 304', async () => {
      const tileJson = (await (await get('/tiles/planning-zones.json')).json()) as { tiles: string[] };
      const [z, x, y] = tileContaining(106.7, 21.95, 11);
      const versioned = new URL(tileJson.tiles[0]!.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y)));
      const first = await get(`${versioned.pathname}${versioned.search}`);
      expect(first.headers.get('cache-control')).toContain('immutable');
      const unversioned = await get(versioned.pathname);
      expect(unversioned.headers.get('cache-control')).toBe('no-cache');
      const etag = unversioned.headers.get('etag')!;
      const again = await get(versioned.pathname, { 'If-None-Match': etag });
      expect(again.status).toBe(304);
    });

    it.each([
      ['/tiles/planning-zones/19/0/0.mvt', 'z'],
      ['/tiles/planning-zones/-1/0/0.mvt', 'z'],
      ['/tiles/planning-zones/2/4/0.mvt', 'x'],
      ['/tiles/planning-zones/2/0/4.mvt', 'y'],
      ['/tiles/planning-zones/2/0/a.mvt', 'y'],
    ])('refuses %s with a 400 naming %s', async (path, field) => {
      const response = await get(path);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { field: string } }).error.field).toBe(field);
    });

    it('answers an unknown collection with a JSON 404', async () => {
      for (const path of ['/tiles/nothing.json', '/tiles/nothing/1/0/0.mvt']) {
        const response = await get(path);
        expect(response.status).toBe(404);
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
      }
    });
  });
});
