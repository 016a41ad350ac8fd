/**
 * shp.zip, GeoPackage and DXF are written in a worker thread (export-in-worker.ts): the files are
 * what the pure writers give for the same features, the worker is really used, /api/health keeps
 * answering while the whole cadastre (~34 000 parcels) is exported, and a write that outlasts
 * EXPORT_WRITE_TIMEOUT_MS is a JSON 503, not a download.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLayer } from '../../shared/layers/registry.ts';
import { testEngines } from '../test-support/test-databases.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';
import { workerQueue } from '../workers/run-in-worker.ts';
import { writeExport } from './export-file.ts';
import { exportInWorker, exportWorkerStats } from './export-in-worker.ts';

const parcels = findLayer('parcels')!;
const formats = ['shp.zip', 'gpkg', 'dxf'] as const;

/** Every table of a GeoPackage, row by row, without gpkg_contents.last_change (the time of writing). */
function gpkgRows(bytes: Uint8Array): Record<string, unknown[]> {
  const file = path.join(os.tmpdir(), `ezgis-export-test-${randomUUID()}.gpkg`);
  fs.writeFileSync(file, bytes);
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string; sql: string }[];
    const rows: Record<string, unknown[]> = { schema: tables };
    for (const { name } of tables) {
      rows[name] = (db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all() as Record<string, unknown>[]).map(({ last_change: _ignored, ...row }) => row);
    }
    return rows;
  } finally {
    db.close();
    fs.rmSync(file, { force: true });
  }
}

describe('the export worker queue', () => {
  it('runs one job at a time and turns away the one beyond its size', async () => {
    const queue = workerQueue(2);
    const order: string[] = [];
    let release = () => {};
    const first = queue.run(() => new Promise<string>((resolve) => (release = () => resolve('a'))).then((v) => (order.push(v), v)), () => new Error('busy'));
    const second = queue.run(async () => (order.push('b'), 'b'), () => new Error('busy'));
    await expect(queue.run(async () => 'c', () => new Error('busy'))).rejects.toThrow('busy');
    expect(queue.size).toBe(2);
    release();
    expect(await Promise.all([first, second])).toEqual(['a', 'b']);
    expect(order).toEqual(['a', 'b']);
    expect(queue.size).toBe(0);
  });
});

describe.each(testEngines)('exports written in a worker on $engine', (engine) => {
  let app: TestApp;
  beforeAll(async () => {
    if (!engine.skipReason) app = await startTestApp(engine, { parcels: true });
  }, 180_000);
  afterAll(async () => app?.close());

  describe.skipIf(engine.skipReason !== null)('', () => {
    it.each(formats.map((f) => [f]))('writes parcels as %s in the worker exactly as the pure writer does', async (format) => {
      const { features } = await app.deps.features.query(parcels, { limit: 1_000_000, offset: 0 });
      expect(features.length).toBeGreaterThan(30_000);
      const started = exportWorkerStats.started;
      const inWorker = await exportInWorker(parcels, format, features, 'vn2000', 60_000);
      expect(exportWorkerStats.started).toBe(started + 1);
      const direct = writeExport(parcels, format, features, 'vn2000');
      if (format === 'gpkg') {
        const [a, b] = [gpkgRows(inWorker), gpkgRows(direct)];
        expect((a.parcels ?? []).length).toBe(features.length);
        expect(a).toEqual(b);
      } else {
        expect(inWorker.byteLength).toBe(direct.byteLength);
        expect(Buffer.compare(Buffer.from(inWorker), Buffer.from(direct))).toBe(0);
      }
    }, 120_000);

    it.each(formats.map((f) => [f]))('answers /api/health while parcels.%s is written for staff', async (format) => {
      const cookie = await app.login('officer');
      const started = exportWorkerStats.started;
      let done = false;
      const pending = fetch(`${app.baseUrl}/api/exports/parcels.${format}?crs=vn2000`, { headers: { Cookie: cookie } })
        .then(async (response) => ({ status: response.status, count: response.headers.get('x-feature-count'), bytes: (await response.arrayBuffer()).byteLength }))
        .finally(() => {
          done = true;
        });
      // Client and server share this event loop: a block can also delay the poll's own timer, so a
      // health check's wait counts from when it was due (20 ms after the previous answer).
      const latencies: number[] = [];
      let due = performance.now();
      while (!done) {
        const health = await fetch(`${app.baseUrl}/api/health`);
        expect(health.status).toBe(200);
        const answered = performance.now();
        if (!done) latencies.push(answered - due);
        due = answered + 20;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const result = await pending;
      expect(result.status).toBe(200);
      expect(Number(result.count)).toBeGreaterThan(30_000);
      expect(result.bytes).toBeGreaterThan(1_000_000);
      expect(exportWorkerStats.started).toBe(started + 1);
      expect(latencies.length).toBeGreaterThan(3);
      // Reported, not asserted (timings depend on the machine).
      console.info(`${engine.engine} parcels.${format}: /api/health answered ${latencies.length} times, worst ${Math.round(Math.max(...latencies))} ms`);
    }, 120_000);

    it('answers a write that outlasts EXPORT_WRITE_TIMEOUT_MS with a JSON 503, not a download', async () => {
      const env = app.deps.env as { EXPORT_WRITE_TIMEOUT_MS: number };
      const saved = env.EXPORT_WRITE_TIMEOUT_MS;
      env.EXPORT_WRITE_TIMEOUT_MS = 100;
      const timedOut = exportWorkerStats.timedOut;
      try {
        const response = await fetch(`${app.baseUrl}/api/exports/parcels.gpkg`, { headers: { Cookie: await app.login('officer') } });
        expect(response.status).toBe(503);
        expect(response.headers.get('content-disposition')).toBeNull();
        const body = (await response.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe('EXPORT_TIMEOUT');
        expect(body.error.message).toMatch(/bbox/);
        expect(exportWorkerStats.timedOut).toBe(timedOut + 1);
      } finally {
        env.EXPORT_WRITE_TIMEOUT_MS = saved;
      }
    }, 60_000);
  });
});
