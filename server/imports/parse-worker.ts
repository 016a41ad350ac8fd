/**
 * The parse worker's entry (node:worker_threads): reads one file and runs the pipeline off the
 * main thread, so that a large or pathological file never blocks other users' requests.
 * Answers { ok: true, parsed } or { ok: false, code, message, status } (ImportRefused), or
 * { ok: false, crashed: true, message } for anything unexpected.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { parseImport, type ParseJob } from './parse-import.ts';
import { ImportRefused } from './readers/reader-types.ts';

const job = workerData as ParseJob;

parseImport({ ...job, bytes: new Uint8Array(job.bytes) }).then(
  (parsed) => parentPort?.postMessage({ ok: true, parsed }),
  (error: unknown) => {
    if (error instanceof ImportRefused) parentPort?.postMessage({ ok: false, code: error.code, message: error.message, status: error.status });
    else parentPort?.postMessage({ ok: false, crashed: true, message: error instanceof Error ? error.message : String(error) });
  },
);
