/**
 * Runs parseImport in a worker thread, one file at a time per process (a queue), with a timeout
 * after which the worker is terminated and the file refused. The server runs under
 * `node --import tsx` and workers inherit execArgv, but Node 20 does not apply the parent's
 * module loader hooks inside worker threads: the worker starts from a plain JavaScript bootstrap
 * (parse-worker-entry.mjs) that registers tsx itself — the same under the server and vitest.
 */
import { Worker } from 'node:worker_threads';
import { ImportRefused } from './readers/reader-types.ts';
import type { ParseJob, ParsedImport } from './parse-import.ts';

const workerUrl = new URL('./parse-worker-entry.mjs', import.meta.url);

type WorkerAnswer =
  | { ok: true; parsed: ParsedImport }
  | { ok: false; code: string; message: string; status: number }
  | { ok: false; crashed: true; message: string };

function workerExecArgv(): string[] {
  return process.execArgv.filter((arg) => !arg.startsWith('--inspect'));
}

/** How many files were parsed in a worker thread by this process (tests check the worker is really used). */
export const workerStats = { started: 0, timedOut: 0 };

/** Files waiting or parsing in this process; beyond it an upload is turned away (each holds its file in memory). */
export const MAX_QUEUED_PARSES = 8;
/** Heap of one parse worker: a file that needs more is refused instead of taking the server down. */
const WORKER_HEAP_MB = 1024;

let queue: Promise<unknown> = Promise.resolve();
let queued = 0;

function runOne(job: ParseJob, timeoutMs: number): Promise<ParsedImport> {
  return new Promise<ParsedImport>((resolve, reject) => {
    const bytes = job.bytes.buffer.slice(job.bytes.byteOffset, job.bytes.byteOffset + job.bytes.byteLength) as ArrayBuffer;
    const worker = new Worker(workerUrl, {
      workerData: { ...job, bytes },
      transferList: [bytes],
      execArgv: workerExecArgv(),
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    workerStats.started += 1;
    let settled = false;
    const finish = (action: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
      void worker.terminate();
    };
    const timer = setTimeout(() => {
      workerStats.timedOut += 1;
      finish(() =>
        reject(new ImportRefused('parse-timeout', `Đọc tệp quá ${Math.round(timeoutMs / 1000)} giây nên đã dừng; hãy chia nhỏ tệp / Reading the file took longer than ${Math.round(timeoutMs / 1000)} s and was stopped; split the file`)),
      );
    }, timeoutMs);
    worker.once('message', (answer: WorkerAnswer) =>
      finish(() => {
        if (answer.ok) resolve(answer.parsed);
        else if ('crashed' in answer) reject(new Error(`import worker failed: ${answer.message}`));
        else reject(new ImportRefused(answer.code, answer.message, answer.status));
      }),
    );
    worker.once('error', (error: Error & { code?: string }) =>
      finish(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new ImportRefused('too-large-to-read', `Tệp cần quá ${WORKER_HEAP_MB} MB bộ nhớ để đọc; hãy chia nhỏ tệp / Reading the file needs more than ${WORKER_HEAP_MB} MB of memory; split the file`)
            : error,
        ),
      ),
    );
    worker.once('exit', (code) => finish(() => reject(new Error(`import worker exited with code ${code} before answering`))));
  });
}

/** Parses in a worker; files wait their turn (one worker at a time per process). */
export function parseInWorker(job: ParseJob, timeoutMs: number): Promise<ParsedImport> {
  if (queued >= MAX_QUEUED_PARSES) {
    return Promise.reject(new ImportRefused('busy', 'Máy chủ đang đọc nhiều tệp, hãy thử lại sau ít phút / The server is reading many files; try again in a few minutes', 503));
  }
  queued += 1;
  const run = queue.then(() => runOne(job, timeoutMs)).finally(() => {
    queued -= 1;
  });
  queue = run.catch(() => undefined);
  return run;
}
