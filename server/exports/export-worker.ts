/**
 * The export worker's entry (node:worker_threads): writes one shp.zip, GeoPackage or DXF off the
 * main thread (export-in-worker.ts). Answers { ok: true, bytes } with the file's buffer
 * transferred, or { ok: false, message }.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { findLayer } from '../../shared/layers/registry.ts';
import { writeExport } from './export-file.ts';
import type { ExportJob } from './export-in-worker.ts';

const job = workerData as ExportJob;

try {
  const layer = findLayer(job.layerId);
  if (!layer) throw new Error(`no layer ${job.layerId}`);
  let bytes = writeExport(layer, job.format, job.features, job.crs);
  // Only a buffer the file owns whole can be handed over (not a view into a larger or pooled one).
  if (bytes.byteOffset !== 0 || bytes.byteLength !== bytes.buffer.byteLength) bytes = bytes.slice();
  parentPort?.postMessage({ ok: true, bytes }, [bytes.buffer as ArrayBuffer]);
} catch (error) {
  parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
}
