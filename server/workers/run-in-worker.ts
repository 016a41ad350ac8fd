/**
 * Heavy synchronous work off the main thread: one job per worker thread (a fresh worker each time,
 * terminated when it answers, fails or outlasts its timeout), jobs waiting their turn in a small
 * queue. The server runs under `node --import tsx`, but Node 20 does not apply the parent's module
 * loader hooks inside worker threads: each worker starts from a plain .mjs bootstrap that calls
 * register() from 'tsx/esm/api' and then imports its TypeScript entry (the same under vitest).
 * Used by the import parser (imports/parse-in-worker.ts) and the binary exports
 * (exports/export-in-worker.ts), which turn a WorkerFailure into their own 4xx/503 answers.
 */
import { Worker, type TransferListItem } from 'node:worker_threads';

/** Why a worker gave no answer: too slow, out of its heap, or it crashed / exited early. */
export class WorkerFailure extends Error {
  constructor(
    readonly reason: 'timeout' | 'out-of-memory' | 'crashed',
    message: string,
  ) {
    super(message);
  }
}

export interface RunInWorkerOptions {
  timeoutMs: number;
  /** The worker's old-generation heap: a job that needs more fails instead of taking the server down. */
  heapMb: number;
  /** Buffers inside `data` handed over instead of copied (they are unusable here afterwards). */
  transferList?: readonly TransferListItem[];
}

function workerExecArgv(): string[] {
  return process.execArgv.filter((arg) => !arg.startsWith('--inspect'));
}

/** Starts a worker on `entryUrl` with `data` as workerData and resolves with its first message. */
export function runInWorker<T>(entryUrl: URL, data: unknown, options: RunInWorkerOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(entryUrl, {
      workerData: data,
      transferList: options.transferList ? [...options.transferList] : undefined,
      execArgv: workerExecArgv(),
      resourceLimits: { maxOldGenerationSizeMb: options.heapMb },
    });
    let settled = false;
    const finish = (action: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
      void worker.terminate();
    };
    const timer = setTimeout(() => finish(() => reject(new WorkerFailure('timeout', `worker took longer than ${options.timeoutMs} ms`))), options.timeoutMs);
    worker.once('message', (answer: T) => finish(() => resolve(answer)));
    worker.once('error', (error: Error & { code?: string }) =>
      finish(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new WorkerFailure('out-of-memory', `worker needed more than ${options.heapMb} MB`) : new WorkerFailure('crashed', error.message))),
    );
    worker.once('exit', (code) => finish(() => reject(new WorkerFailure('crashed', `worker exited with code ${code} before answering`))));
  });
}

/** One job at a time; at most `max` waiting or running, beyond which `busy()` is thrown. */
export function workerQueue(max: number) {
  let tail: Promise<unknown> = Promise.resolve();
  let queued = 0;
  return {
    get size() {
      return queued;
    },
    run<T>(job: () => Promise<T>, busy: () => Error): Promise<T> {
      if (queued >= max) return Promise.reject(busy());
      queued += 1;
      const run = tail.then(job).finally(() => {
        queued -= 1;
      });
      tail = run.catch(() => undefined);
      return run;
    },
  };
}
