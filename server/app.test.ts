import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from './test-support/test-databases.ts';
import { startTestApp, type TestApp } from './test-support/test-app.ts';

const sqlite = testEngines.find((e) => e.engine === 'sqlite')!;

describe('HTTP basics', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(sqlite);
  });
  afterAll(async () => app.close());

  it('reports health with the engine and version', async () => {
    const response = await fetch(`${app.baseUrl}/api/health`);
    expect(await response.json()).toEqual({ status: 'ok', db: 'sqlite', version: 'test' });
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const response = await fetch(`${app.baseUrl}/api/nothing-here`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('serves the offline basemap and refuses any other file name', async () => {
    const land = await fetch(`${app.baseUrl}/api/basemap/vietnam-land.geojson`);
    expect(land.status).toBe(200);
    expect(((await land.json()) as { type: string }).type).toBe('FeatureCollection');
    const traversal = await fetch(`${app.baseUrl}/api/basemap/..%2Fmanifest.json`);
    expect(traversal.status).toBe(404);
  });

  it('answers a malformed tRPC input with a 400 naming the field, without a stack trace', async () => {
    const input = encodeURIComponent(JSON.stringify({ layerId: 'communes', limit: -3 }));
    const response = await fetch(`${app.baseUrl}/trpc/layers.features?input=${input}`);
    expect(response.status).toBe(400);
    const body = JSON.stringify(await response.json());
    expect(body).toContain('limit');
    expect(body).not.toMatch(/stack|node_modules|\.ts:\d+/);
  });
});
