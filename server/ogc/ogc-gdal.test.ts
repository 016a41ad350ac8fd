/**
 * GDAL, as desktop GIS uses it, reads our OGC API: `ogrinfo OAPIF:` lists every collection,
 * counts the same features as the database holds for each, and sends attribute filters to the
 * server as `?<property>=<value>` (it learns them from the OpenAPI definition).
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
    // Parcels too: every collection is read, the cadastre (~35 000 parcels) included.
    app = await startTestApp(testEngines.find((e) => e.engine === 'sqlite')!, { parcels: true });
  });
  afterAll(async () => app?.close());

  it('lists every collection', async () => {
    const output = await ogrinfo('-ro', '-q', `OAPIF:${app.baseUrl}/ogc`);
    for (const layer of layers) expect(output).toContain(layer.id);
  });

  it('counts the same features as the database for every collection the public sees', async () => {
    // Plan zones: the collection serves the revision in force today, as any client sees it.
    const revisionId = await resolveZoneRevision(app.deps, {}, 'public');
    for (const layer of layers.filter((l) => l.public)) {
      const filters = layer.id === 'planning-zones' && revisionId ? { revisionId } : undefined;
      const { numberMatched } = await app.deps.features.query(layer, { limit: 1, offset: 0, filters });
      expect(numberMatched, layer.id).toBeGreaterThan(0);
      const output = await ogrinfo('-ro', '-so', `OAPIF:${app.baseUrl}/ogc`, layer.id);
      expect(output, layer.id).toMatch(new RegExp(`Feature Count: ${numberMatched}\\b`));
    }
  }, 180_000);

  it("reads a collection's features and sends an attribute filter to the server (OpenAPI definition)", async () => {
    const layer = layers.find((l) => l.id === 'land-lots')!;
    const { numberMatched } = await app.deps.features.query(layer, { limit: 1, offset: 0, filters: { status: 'available' } });
    const output = await ogrinfo('-ro', '-so', `OAPIF:${app.baseUrl}/ogc`, 'land-lots', '-where', "status='available'");
    expect(output).toMatch(new RegExp(`Feature Count: ${numberMatched}\\b`));
    const features = await ogrinfo('-ro', '-q', `OAPIF:${app.baseUrl}/ogc`, 'land-lots', '-where', "code='HP-CN-01'", '-fields=YES');
    expect(features).toMatch(/code \(String\) = HP-CN-01/);
    expect(features).toMatch(/POLYGON \(\(106\.\d+ 21\.\d+/);
  }, 60_000);
});
