import os from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { type ForecastJob, forecastBatch } from "./forecast-batch.ts";

/**
 * Forecasts the batches of series it is sent and sends each batch's results back. A background
 * pool asks for a nice value: on Linux it applies to this thread alone, so the server's thread
 * keeps its priority while the national forecasts are fitted.
 */
const niceness = (workerData as { niceness?: number } | null)?.niceness ?? 0;
if (niceness !== 0) {
  try {
    os.setPriority(niceness);
  } catch {
    // Not permitted here (some containers): run at normal priority.
  }
}

parentPort!.on("message", (message: { batch: number; job: ForecastJob }) => {
  parentPort!.postMessage({ batch: message.batch, results: forecastBatch(message.job) });
});
