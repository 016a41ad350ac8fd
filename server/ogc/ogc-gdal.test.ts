/**
 * GDAL, as desktop GIS uses it, reads our OGC API: `ogrinfo OAPIF:` lists every collection and
 * counts the same features as the database holds.
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layers } from '../../shared/layers/registry.ts';
import { testEngines } from '../test-support/test-databases.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { resolveZoneRevision } from '../features/plans/zone-revision.ts';

const hasOgrinfo = spawnSync('ogrinfo', ['--version']).status === 0;
if (!hasOgrinfo && process.env.CI === 'true') throw new Error('CI=true but ogrinfo (gdal-bin) is missing');

/** Asynchronous on purpose: the server answering GDAL runs in this very process. */
const ogrinfo = async (...args: string[]) =>
  (await promisify(execFile)('ogrinfo', args, { encoding: 'utf8', env: { ...process.env, GDAL_HTTP_TIMEOUT: '20', CPL_DEBUG: 'OFF' }, timeout: 60_000 })).stdout;

describe.skipIf(!hasOgrinfo)('GDAL reads the OGC API (ogrinfo OAPIF)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(testEngines.find((e) => e.engine === 'sqlite')!);
  });
  afterAll(async () => app?.close());

  it('lists every collection', async () => {
    const output = await ogrinfo('-ro', '-q', `OAPIF:${app.baseUrl}/ogc`);
    for (const layer of layers) expect(output).toContain(layer.id);
  });

  it('counts the same features as the database for each collection', async () => {
    for (const id of ['communes', 'border-markers', 'planning-zones'] as const) {
      const layer = layers.find((l) => l.id === id)!;
      // Plan zones: the collection serves the revision in force today, as any client sees it.
      const revisionId = id === 'planning-zones' ? await resolveZoneRevision(app.deps, {}, 'public') : null;
      const { numberMatched } = await app.deps.features.query(layer, { limit: 1, offset: 0, ...(revisionId ? { filters: { revisionId } } : {}) });
      expect(numberMatched, id).toBeGreaterThan(0);
      const output = await ogrinfo('-ro', '-so', `OAPIF:${app.baseUrl}/ogc`, id);
      expect(output, id).toMatch(new RegExp(`Feature Count: ${numberMatched}\\b`));
    }
  });
});
