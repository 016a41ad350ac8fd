import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { layers } from '../../../shared/layers/registry.ts';
import { testEngines } from '../../test-support/test-databases.ts';
import { startTestApp, type TestApp } from '../../test-support/test-app.ts';

/** A box around the Hữu Nghị gate and the Đồng Đăng communes. */
const huuNghiBox: [number, number, number, number] = [106.69, 21.95, 106.73, 21.99];

describe.each(testEngines)('layers procedures on $engine', (engine) => {
  let app: TestApp;
  beforeAll(async () => {
    if (!engine.skipReason) app = await startTestApp(engine, { parcels: true });
  });
  afterAll(async () => app?.close());

  describe.skipIf(engine.skipReason !== null)(engine.skipReason ?? 'database available', () => {
    it('lists every layer of the registry with its count, extent and delivery', async () => {
      const catalogue = await app.caller.layers.list();
      expect(catalogue.map((l) => l.id)).toEqual(layers.map((l) => l.id));
      for (const layer of catalogue) {
        expect(layer.featureCount, layer.id).toBeGreaterThan(0);
        expect(layer.bbox, layer.id).not.toBeNull();
        expect(layer.version, layer.id).toBeGreaterThan(0);
      }
      expect(catalogue.find((l) => l.id === 'communes')?.featureCount).toBe(65);
      expect(catalogue.find((l) => l.id === 'planning-zones')).toMatchObject({ delivery: 'tiles', tileJsonUrl: '/tiles/planning-zones.json' });
    });

    it('counts plan zones in the revision the map shows (in force today), not every revision', async () => {
      const catalogue = await app.caller.layers.list();
      const shown = await app.caller.layers.features({ layerId: 'planning-zones', limit: 5000 });
      expect(shown.numberMatched).toBeGreaterThan(0);
      expect(catalogue.find((l) => l.id === 'planning-zones')?.featureCount).toBe(shown.numberMatched);
    });

    it('returns only features intersecting the bbox', async () => {
      const all = await app.caller.layers.features({ layerId: 'border-gates' });
      const near = await app.caller.layers.features({ layerId: 'border-gates', bbox: huuNghiBox });
      const names = near.features.map((f) => String(f.properties?.name)).join(' | ');
      expect(names).toContain('Hữu Nghị');
      expect(names).not.toContain('Chi Ma');
      expect(near.numberMatched).toBeLessThan(all.numberMatched);
    });

    it('flags truncation honestly when the limit cuts the result', async () => {
      const page = await app.caller.layers.features({ layerId: 'communes', limit: 10 });
      expect(page).toMatchObject({ numberMatched: 65, numberReturned: 10, truncated: true });
      const whole = await app.caller.layers.features({ layerId: 'communes', limit: 100 });
      expect(whole).toMatchObject({ numberReturned: 65, truncated: false });
    });

    it('carries source and the illustrative flag on every feature', async () => {
      for (const layer of layers) {
        const { features } = await app.caller.layers.features({ layerId: layer.id, limit: 5000 });
        for (const feature of features) {
          expect(typeof feature.properties?.source, `${layer.id}/${feature.id}`).toBe('string');
          expect(typeof feature.properties?.illustrative, `${layer.id}/${feature.id}`).toBe('boolean');
        }
      }
    });

    it('refuses an unknown layer, a reversed bbox and a limit over the cap with BAD_REQUEST naming the field', async () => {
      const attempts = [
        [{ layerId: 'nope' }, 'layerId'],
        [{ layerId: 'communes', bbox: [107, 22, 106, 21] }, 'bbox'],
        [{ layerId: 'communes', bbox: [106, 21, 200, 22] }, 'bbox'],
        [{ layerId: 'communes', limit: 5001 }, 'limit'],
      ] as const;
      for (const [input, field] of attempts) {
        const error = await app.caller.layers.features(input as never).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(TRPCError);
        expect((error as TRPCError).code).toBe('BAD_REQUEST');
        expect((error as TRPCError).message).toContain(field);
      }
    });
  });
});
