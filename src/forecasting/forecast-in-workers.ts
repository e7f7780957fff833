import os from "node:os";
import { Worker } from "node:worker_threads";
import type { ForecastInput } from "./domain/forecast-types.ts";
import type { ModelName } from "./domain/models/index.ts";
import { forecastBatch, type SeriesResult } from "./forecast-batch.ts";

/** Below this many series, starting threads (about half a second each) costs more than it saves. */
const MIN_SERIES_FOR_THREADS = 200;
/** Series per message: small enough to balance two threads, large enough to keep messages few. */
const BATCH_SIZE = 50;

export interface PoolOptions {
  threads?: number;
  /** Series per message (default 50). */
  batchSize?: number;
  /**
   * Nice value of the threads (Linux: per thread), e.g. 10 for background work, so that the
   * server's own thread keeps answering requests while they fit.
   */
  niceness?: number;
}

export interface ForecastCall {
  models: ModelName[];
  onProgress?: (done: number, total: number) => void;
}

/** Worker threads kept across calls (the forecast job fits chunk after chunk on the same threads). */
export interface ForecastPool {
  /** The series' forecasts in input order; calls run one after another. */
  forecast(inputs: ForecastInput[], call: ForecastCall): Promise<SeriesResult[]>;
  close(): Promise<void>;
}

/**
 * A pool of forecasting threads, started on the first call (about half a second each) and kept
 * until close(). Batches go to whichever thread is free; each series is forecast the same way on
 * any thread, so the results do not depend on the number of threads. A thread that fails rejects
 * the call and the pool starts afresh on the next one.
 */
export function createForecastPool(options: PoolOptions = {}): ForecastPool {
  const threads = Math.max(1, options.threads ?? os.availableParallelism());
  const batchSize = options.batchSize ?? BATCH_SIZE;
  let workers: Worker[] | null = null;
  let closing = false;
  let queue: Promise<unknown> = Promise.resolve();
  /** The call in progress: where messages and failures go. */
  let active: {
    onMessage(worker: Worker, message: { batch: number; results: SeriesResult[] }): void;
    fail(error: Error): void;
  } | null = null;

  const discard = async () => {
    const old = workers;
    workers = null;
    if (old) await Promise.all(old.map((w) => w.terminate()));
  };

  const spawn = (): Worker[] =>
    Array.from({ length: threads }, () => {
      const worker = new Worker(new URL("./forecast-worker.mjs", import.meta.url), {
        workerData: { niceness: options.niceness ?? 0 },
      });
      worker.on("message", (message) => active?.onMessage(worker, message));
      worker.on("error", (error) => {
        active?.fail(error);
        void discard();
      });
      worker.on("exit", (code) => {
        if (closing || !workers?.includes(worker)) return;
        active?.fail(new Error(`A forecasting thread stopped (exit code ${code}).`));
        void discard();
      });
      return worker;
    });

  const run = async (inputs: ForecastInput[], call: ForecastCall): Promise<SeriesResult[]> => {
    const results = new Array<SeriesResult>(inputs.length);
    if (inputs.length === 0) return results;
    const batches: ForecastInput[][] = [];
    for (let i = 0; i < inputs.length; i += batchSize) batches.push(inputs.slice(i, i + batchSize));
    workers ??= spawn();
    const pool = workers;
    let done = 0;
    try {
      await new Promise<void>((resolve, reject) => {
        let next = 0;
        let pending = batches.length;
        const send = (worker: Worker) => {
          if (next >= batches.length) return;
          const batch = next++;
          worker.postMessage({ batch, job: { inputs: batches[batch]!, models: call.models } });
        };
        active = {
          onMessage(worker, message) {
            message.results.forEach((r, k) => {
              results[message.batch * batchSize + k] = r;
            });
            done += message.results.length;
            call.onProgress?.(done, inputs.length);
            if (--pending === 0) resolve();
            else send(worker);
          },
          fail: reject,
        };
        for (const worker of pool) send(worker);
      });
    } finally {
      active = null;
    }
    return results;
  };

  return {
    forecast(inputs, call) {
      const result = queue.then(() => run(inputs, call));
      queue = result.catch(() => {});
      return result;
    },
    async close() {
      await queue;
      closing = true;
      await discard();
    },
  };
}

/**
 * Forecasts many independent series on worker threads (one per core by default), or inline when
 * they are few; they come back in input order.
 */
export async function forecastInWorkers(
  inputs: ForecastInput[],
  options: {
    models: ModelName[];
    threads?: number;
    minSeries?: number;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<SeriesResult[]> {
  const threads = Math.max(1, Math.min(options.threads ?? os.availableParallelism(), inputs.length));
  if (threads === 1 || inputs.length < (options.minSeries ?? MIN_SERIES_FOR_THREADS)) {
    const results: SeriesResult[] = [];
    for (let i = 0; i < inputs.length; i += BATCH_SIZE) {
      results.push(...forecastBatch({ inputs: inputs.slice(i, i + BATCH_SIZE), models: options.models }));
      options.onProgress?.(results.length, inputs.length);
    }
    return results;
  }
  const pool = createForecastPool({
    threads: Math.min(threads, Math.ceil(inputs.length / BATCH_SIZE)),
  });
  try {
    return await pool.forecast(inputs, {
      models: options.models,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
  } finally {
    await pool.close();
  }
}
