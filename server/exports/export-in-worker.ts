/**
 * Writes the in-memory export formats (shp.zip, gpkg, dxf) in a worker thread, so that building a
 * 35 000-parcel file never holds up other requests. The features, read from the database on the
 * main thread, go to the worker by structured clone; the file comes back with its buffer
 * transferred. One export at a time per process, at most MAX_QUEUED_EXPORTS waiting (503 beyond),
 * a timeout (503) and a heap limit (413) instead of a blocked or crashed server.
 */
import type { Feature, Geometry } from 'geojson';
import type { LayerDefinition } from '../../shared/layers/registry.ts';
import type { ExportCrsName } from '../../shared/schemas/imports.ts';
import { HttpError } from '../http/http-error.ts';
import { runInWorker, WorkerFailure, workerQueue } from '../workers/run-in-worker.ts';

export type WorkerExportFormat = 'shp.zip' | 'gpkg' | 'dxf';

export interface ExportJob {
  layerId: string;
  format: WorkerExportFormat;
  features: readonly Feature<Geometry | null, Record<string, unknown>>[];
  crs: ExportCrsName;
}

type ExportAnswer = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

const workerUrl = new URL('./export-worker-entry.mjs', import.meta.url);

/** Exports waiting or being written in this process; beyond it a request gets 503 (each holds its features). */
export const MAX_QUEUED_EXPORTS = 4;
/** Heap of one export worker. */
const WORKER_HEAP_MB = 1024;

/** How many files were written in a worker by this process (tests check the worker is really used). */
export const exportWorkerStats = { started: 0, timedOut: 0 };

const queue = workerQueue(MAX_QUEUED_EXPORTS);

async function runOne(job: ExportJob, timeoutMs: number): Promise<Uint8Array> {
  exportWorkerStats.started += 1;
  let answer: ExportAnswer;
  try {
    answer = await runInWorker<ExportAnswer>(workerUrl, job, { timeoutMs, heapMb: WORKER_HEAP_MB });
  } catch (error) {
    if (!(error instanceof WorkerFailure)) throw error;
    if (error.reason === 'timeout') {
      exportWorkerStats.timedOut += 1;
      const seconds = Math.max(1, Math.round(timeoutMs / 1000));
      throw new HttpError(503, 'EXPORT_TIMEOUT', `Tạo tệp quá ${seconds} giây nên đã dừng; hãy lọc bớt (bbox, thuộc tính) hoặc thử lại sau / Writing the file took longer than ${seconds} s and was stopped; narrow it (bbox, filters) or try again later`);
    }
    if (error.reason === 'out-of-memory') {
      throw new HttpError(413, 'EXPORT_TOO_LARGE', `Tệp cần quá ${WORKER_HEAP_MB} MB bộ nhớ; hãy lọc bớt (bbox, thuộc tính) / The file needs more than ${WORKER_HEAP_MB} MB of memory; narrow it (bbox, filters)`);
    }
    throw new Error(`export worker failed: ${error.message}`, { cause: error });
  }
  if (!answer.ok) throw new Error(`export worker failed: ${answer.message}`);
  return answer.bytes;
}

/** The file's bytes, written in a worker; exports wait their turn (one worker at a time per process). */
export function exportInWorker(layer: LayerDefinition, format: WorkerExportFormat, features: ExportJob['features'], crs: ExportCrsName, timeoutMs: number): Promise<Uint8Array> {
  return queue.run(
    () => runOne({ layerId: layer.id, format, features, crs }, timeoutMs),
    () => new HttpError(503, 'EXPORT_BUSY', 'Máy chủ đang tạo nhiều tệp, hãy thử lại sau ít phút / The server is writing many files; try again in a few minutes'),
  );
}
