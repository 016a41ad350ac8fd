/**
 * QGIS itself reads our OGC API: its OAPIF provider (what the desktop app's "WFS / OGC API –
 * Features" connection uses), run headless through python3-qgis, opens every public collection
 * and counts the same features as the database holds — the README's "Open in QGIS" promise.
 */
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layers } from '../../shared/layers/registry.ts';
import { testEngines } from '../test-support/test-databases.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { resolveZoneRevision } from '../features/plans/zone-revision.ts';

/** Debian's python3 (python3-qgis is a Debian package), not a pyenv shim earlier on PATH. */
const python = '/usr/bin/python3';
const hasQgis = spawnSync(python, ['-c', 'import qgis.core']).status === 0;
if (!hasQgis && process.env.CI === 'true') throw new Error('CI=true but python3-qgis is missing (apt-get install python3-qgis qgis-providers)');
if (!hasQgis) console.warn('[ogc-qgis] skipped: python3-qgis is not installed (apt-get install python3-qgis qgis-providers). Set CI=true to make this a failure.');

const script = path.join(import.meta.dirname, 'qgis-read-collections.py');
/** Qt wants a private runtime directory (0700); made per run in beforeAll. */
let runtimeDirectory = '';

interface QgisAnswer {
  id: string;
  valid: boolean;
  count?: number;
  crs?: string;
  fields?: string[];
  subsetAccepted?: boolean;
}

/** Asynchronous on purpose: the server answering QGIS runs in this very process. */
async function qgisRead(url: string, specs: string[]): Promise<QgisAnswer[]> {
  const { stdout } = await promisify(execFile)(python, [script, url, ...specs], {
    encoding: 'utf8',
    env: { ...process.env, QT_QPA_PLATFORM: 'offscreen', XDG_RUNTIME_DIR: runtimeDirectory },
    timeout: 240_000,
    maxBuffer: 10 * 1024 * 1024,
  });
  return stdout.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as QgisAnswer);
}

describe.skipIf(!hasQgis)('QGIS reads the OGC API (OAPIF provider, headless)', () => {
  let app: TestApp;
  beforeAll(async () => {
    runtimeDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'ezgis-qgis-'));
    app = await startTestApp(testEngines.find((e) => e.engine === 'sqlite')!);
  });
  afterAll(async () => {
    await app?.close();
    if (runtimeDirectory) fs.rmSync(runtimeDirectory, { recursive: true, force: true });
  });

  it('opens every public collection in WGS84 with the database count', async () => {
    const publicLayers = layers.filter((l) => l.public && l.id !== 'parcels');
    const answers = await qgisRead(`${app.baseUrl}/ogc`, publicLayers.map((l) => l.id));
    expect(answers.map((a) => a.id)).toEqual(publicLayers.map((l) => l.id));
    const revisionId = await resolveZoneRevision(app.deps, {}, 'public');
    for (const layer of publicLayers) {
      const answer = answers.find((a) => a.id === layer.id)!;
      const filters = layer.id === 'planning-zones' && revisionId ? { revisionId } : undefined;
      const { numberMatched } = await app.deps.features.query(layer, { limit: 1, offset: 0, filters });
      expect(answer, layer.id).toMatchObject({ valid: true, count: numberMatched, crs: 'EPSG:4326' });
    }
  }, 300_000);

  it("shows a collection's fields and filters it in QGIS's query builder", async () => {
    const layer = layers.find((l) => l.id === 'land-lots')!;
    const { numberMatched } = await app.deps.features.query(layer, { limit: 1, offset: 0, filters: { status: 'available' } });
    const [answer] = await qgisRead(`${app.baseUrl}/ogc`, [`land-lots:"status" = 'available'`]);
    expect(answer).toMatchObject({ valid: true, subsetAccepted: true, count: numberMatched });
    expect(answer!.fields).toEqual(expect.arrayContaining(['code', 'status', 'landUse']));
  }, 300_000);
});
