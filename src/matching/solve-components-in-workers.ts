import os from "node:os";
import { Worker } from "node:worker_threads";
import { componentTransferables } from "./domain/component-problem.ts";
import { type ComponentRunner, solveComponentsInline } from "./domain/solve-allocation.ts";
import type { SolvedComponent } from "./domain/solve-component.ts";

/** Below this many edges in all, starting threads costs more than it saves. */
const MIN_EDGES_FOR_THREADS = 200_000;
/** Small components travel together, so that messages stay few. */
const BATCH_EDGES = 50_000;

/**
 * A ComponentRunner on worker threads (one per core by default): components are independent, so
 * batches of them go to whichever thread is free, largest first, and the arrays move without
 * copying. Every component is solved the same way on any thread, so the result does not depend
 * on the number of threads.
 */
export function componentsInWorkers(
  options: { threads?: number; minEdges?: number; batchEdges?: number } = {},
): ComponentRunner {
  return async (problems) => {
    const threads = Math.max(1, Math.min(options.threads ?? os.availableParallelism(), problems.length));
    const totalEdges = problems.reduce((n, p) => n + p.edgeSlot.length, 0);
    if (threads === 1 || totalEdges < (options.minEdges ?? MIN_EDGES_FOR_THREADS)) {
      return solveComponentsInline(problems);
    }

    const batches: number[][] = [];
    let current: number[] = [];
    let currentEdges = 0;
    problems.forEach((p, i) => {
      current.push(i);
      currentEdges += p.edgeSlot.length;
      if (currentEdges >= (options.batchEdges ?? BATCH_EDGES)) {
        batches.push(current);
        current = [];
        currentEdges = 0;
      }
    });
    if (current.length > 0) batches.push(current);
    const size = (b: number[]) => b.reduce((n, i) => n + problems[i]!.edgeSlot.length, 0);
    const order = batches
      .map((b, i) => ({ i, edges: size(b) }))
      .sort((a, b) => b.edges - a.edges || a.i - b.i);

    const results = new Array<SolvedComponent>(problems.length);
    const workers = Array.from(
      { length: Math.min(threads, batches.length) },
      () => new Worker(new URL("./component-worker.mjs", import.meta.url)),
    );
    try {
      await new Promise<void>((resolve, reject) => {
        let next = 0;
        let pending = batches.length;
        const send = (worker: Worker) => {
          const item = order[next++];
          if (!item) return;
          const batch = batches[item.i]!.map((i) => problems[i]!);
          worker.postMessage({ batch: item.i, problems: batch }, batch.flatMap(componentTransferables));
        };
        for (const worker of workers) {
          worker.on("message", (message: { batch: number; results: SolvedComponent[] }) => {
            batches[message.batch]!.forEach((i, k) => {
              results[i] = message.results[k]!;
            });
            if (--pending === 0) resolve();
            else send(worker);
          });
          worker.on("error", reject);
          worker.on("exit", (code) => {
            if (pending > 0) reject(new Error(`A solver thread stopped (exit code ${code}).`));
          });
          send(worker);
        }
      });
    } finally {
      await Promise.all(workers.map((w) => w.terminate()));
    }
    return results;
  };
}
