/**
 * Runs parseImport in a worker thread (server/workers/run-in-worker.ts: a fresh worker per file,
 * started from the plain .mjs bootstrap parse-worker-entry.mjs that registers tsx), one file at a
 * time per process (a queue), with a timeout after which the worker is terminated and the file
 * refused.
 */
import { ImportRefused } from './readers/reader-types.ts';
import type { ParseJob, ParsedImport } from './parse-import.ts';
import { runInWorker, WorkerFailure, workerQueue } from '../workers/run-in-worker.ts';

const workerUrl = new URL('./parse-worker-entry.mjs', import.meta.url);

type WorkerAnswer =
  | { ok: true; parsed: ParsedImport }
  | { ok: false; code: string; message: string; status: number }
  | { ok: false; crashed: true; message: string };

/** How many files were parsed in a worker thread by this process (tests check the worker is really used). */
export const workerStats = { started: 0, timedOut: 0 };

/** Files waiting or parsing in this process; beyond it an upload is turned away (each holds its file in memory). */
export const MAX_QUEUED_PARSES = 8;
/** Heap of one parse worker: a file that needs more is refused instead of taking the server down. */
const WORKER_HEAP_MB = 1024;

const queue = workerQueue(MAX_QUEUED_PARSES);

async function runOne(job: ParseJob, timeoutMs: number): Promise<ParsedImport> {
  const bytes = job.bytes.buffer.slice(job.bytes.byteOffset, job.bytes.byteOffset + job.bytes.byteLength) as ArrayBuffer;
  workerStats.started += 1;
  let answer: WorkerAnswer;
  try {
    answer = await runInWorker<WorkerAnswer>(workerUrl, { ...job, bytes }, { timeoutMs, heapMb: WORKER_HEAP_MB, transferList: [bytes] });
  } catch (error) {
    if (!(error instanceof WorkerFailure)) throw error;
    if (error.reason === 'timeout') {
      workerStats.timedOut += 1;
      const seconds = Math.round(timeoutMs / 1000);
      throw new ImportRefused('parse-timeout', `Đọc tệp quá ${seconds} giây nên đã dừng; hãy chia nhỏ tệp / Reading the file took longer than ${seconds} s and was stopped; split the file`);
    }
    if (error.reason === 'out-of-memory') {
      throw new ImportRefused('too-large-to-read', `Tệp cần quá ${WORKER_HEAP_MB} MB bộ nhớ để đọc; hãy chia nhỏ tệp / Reading the file needs more than ${WORKER_HEAP_MB} MB of memory; split the file`);
    }
    throw new Error(`import worker failed: ${error.message}`, { cause: error });
  }
  if (answer.ok) return answer.parsed;
  if ('crashed' in answer) throw new Error(`import worker failed: ${answer.message}`);
  throw new ImportRefused(answer.code, answer.message, answer.status);
}

/** Parses in a worker; files wait their turn (one worker at a time per process). */
export function parseInWorker(job: ParseJob, timeoutMs: number): Promise<ParsedImport> {
  return queue.run(
    () => runOne(job, timeoutMs),
    () => new ImportRefused('busy', 'Máy chủ đang đọc nhiều tệp, hãy thử lại sau ít phút / The server is reading many files; try again in a few minutes', 503),
  );
}
