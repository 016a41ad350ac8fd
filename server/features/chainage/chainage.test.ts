import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centrelineOnPlane } from '../../../shared/geo/centreline-on-plane.ts';
import { chainageOfPoint } from '../../../shared/geo/chainage-of-point.ts';
import { findLayer, type LayerDefinition } from '../../../shared/layers/registry.ts';
import { testEngines } from '../../test-support/test-databases.ts';
import { startTestApp, type TestApp } from '../../test-support/test-app.ts';
import { trpcFailure } from '../../test-support/trpc-failure.ts';

const road = 'road-huu-nghi-gate';

/** The error a call fails with, or a failure when it succeeds. */
describe.each(testEngines)('chainage on $engine', (engine) => {
  let app: TestApp;
  beforeAll(async () => {
    if (!engine.skipReason) app = await startTestApp(engine);
  });
  afterAll(async () => app?.close());

  describe.skipIf(engine.skipReason !== null)(engine.skipReason ?? 'database available', () => {
    it('lists the Hữu Nghị gate road with its length', async () => {
      const roads = await app.caller.chainage.roads();
      expect(roads.map((r) => r.id)).toContain(road);
      expect(roads.find((r) => r.id === road)?.lengthMeters).toBeGreaterThan(1838.85);
    });

    it('locates Km1+106,19 (typed with a decimal comma) as a point 1106.19 m along the road', async () => {
      const located = await app.caller.chainage.locate({ roadId: road, chainage: 'Km1+106,19' });
      expect(located.chainage).toBeCloseTo(1106.19, 6);
      expect(located.formatted).toBe('Km1+106.19');
      const feature = await app.deps.features.get(findLayer('road-centrelines') as LayerDefinition, road);
      const line = (feature?.geometry as { coordinates: number[][] }).coordinates;
      expect(chainageOfPoint(line, located.point).chainageMeters).toBeCloseTo(1106.19, 2);
    });

    it('accepts a chainage in metres', async () => {
      const located = await app.caller.chainage.locate({ roadId: road, chainage: 45 });
      expect(located.formatted).toBe('Km0+045.00');
    });

    it("gives the Hữu Nghị upgrade's segment as a LineString of 732.66 m", async () => {
      const segment = await app.caller.chainage.segment({ roadId: road, from: 'Km1+106.19', to: 'Km1+838.85' });
      expect(segment.geometry.type).toBe('LineString');
      expect(segment.lengthMeters).toBeCloseTo(732.66, 6);
      expect(centrelineOnPlane(segment.geometry.coordinates).lengthMeters).toBeCloseTo(732.66, 2);
      expect([segment.fromFormatted, segment.toFormatted]).toEqual(['Km1+106.19', 'Km1+838.85']);
    });

    it('gives a point its chainage and distance off the road', async () => {
      const located = await app.caller.chainage.locate({ roadId: road, chainage: 'Km1+500' });
      const back = await app.caller.chainage.fromPoint({ roadId: road, point: located.point });
      expect(back.chainage).toBeCloseTo(1500, 2);
      expect(back.offsetMeters).toBeLessThan(0.01);
    });

    it('refuses an unreadable chainage with BAD_REQUEST naming the field', async () => {
      const error = await trpcFailure(app.caller.chainage.locate({ roadId: road, chainage: 'one km' }));
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.message).toMatch(/Km1\+106/);
      expect((error.cause as { field?: string }).field).toBe('chainage');
    });

    it('refuses a chainage beyond the road with BAD_REQUEST naming the field', async () => {
      const error = await trpcFailure(app.caller.chainage.segment({ roadId: road, from: 'Km1+0', to: 'Km9+000' }));
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.message).toMatch(/beyond the road/);
      expect((error.cause as { field?: string }).field).toBe('to');
    });

    it('refuses a segment whose start is after its end', async () => {
      const error = await trpcFailure(app.caller.chainage.segment({ roadId: road, from: 'Km1+800', to: 'Km1+100' }));
      expect((error.cause as { field?: string }).field).toBe('to');
    });

    it('answers NOT_FOUND for an unknown road', async () => {
      const error = await trpcFailure(app.caller.chainage.locate({ roadId: 'road-nowhere', chainage: 'Km0+100' }));
      expect(error.code).toBe('NOT_FOUND');
    });

    it('reports the field over HTTP in the error shape', async () => {
      const input = encodeURIComponent(JSON.stringify({ roadId: road, chainage: 'Km99+000' }));
      const response = await fetch(`${app.baseUrl}/trpc/chainage.locate?input=${input}`);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: { data: { field?: string } } };
      expect(body.error.data.field).toBe('chainage');
    });
  });
});
