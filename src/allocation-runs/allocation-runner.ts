/**
 * Allocation runs as background work (decision 0006's claimed-row pattern rather than pg-boss,
 * which needs a server database): a loop in `maeul serve` carries out open runs one after another,
 * then waits `pollMs`; a run left `running` by a process that died is taken over when its lease
 * runs out. Small runs are carried out within their request and never wait for the loop; a large
 * one is queued and the loop woken at once.
 */
import type { Db } from "../db/client.ts";
import { startBackgroundLoop } from "../shared/background-loop.ts";
import { type CarryOutOptions, carryOutAllocationRun } from "./allocation-run.commands.ts";

export interface AllocationRunner {
  /** Finishes the run in progress, then stops. */
  stop(): Promise<void>;
  wake(): void;
}

const running = new Set<AllocationRunner>();

/** Wakes this process's runners (after a run was queued). */
export function wakeAllocationRunners(): void {
  for (const runner of running) runner.wake();
}

export function startAllocationRunner(
  db: Db,
  options: Omit<CarryOutOptions, "runId"> & { pollMs?: number } = {},
): AllocationRunner {
  const pollMs = options.pollMs ?? 5_000;
  const log = options.log ?? console.log;
  const loop = startBackgroundLoop(async () => {
    let found = false;
    try {
      found = (await carryOutAllocationRun(db, { ...options, log })) !== null;
    } catch (error) {
      log(`allocation runs: pass failed: ${(error as Error).message}`);
    }
    return found ? null : pollMs;
  });
  const runner: AllocationRunner = {
    async stop() {
      await loop.stop();
      running.delete(runner);
    },
    wake() {
      loop.wake();
    },
  };
  running.add(runner);
  return runner;
}
