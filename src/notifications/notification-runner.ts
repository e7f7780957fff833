import type { Db } from "../db/client.ts";
import { startBackgroundLoop } from "../shared/background-loop.ts";
import {
  SENDER_DEFAULTS,
  type SenderOptions,
  type SendReport,
  sendDueNotifications,
} from "./notification-sender.ts";

export interface RunnerOptions extends SenderOptions {
  /** Wait between passes that found less than a full batch. */
  pollMs?: number;
}

export interface NotificationRunner {
  /** Finishes the pass in progress (no message is left half-recorded), then stops. */
  stop(): Promise<void>;
  /** Starts the next pass now (after an enqueue, say) instead of after the poll interval. */
  wake(): void;
}

/**
 * The sender as a background loop (`maeul serve`, `maeul notifications send`): a pass, then
 * another at once while passes come back full, else a wait of `pollMs`. A failing pass (the
 * database away) is logged and tried again after the wait. Any number of runners, in any number
 * of processes, may share a database: claims do not overlap.
 */
export function startNotificationRunner(db: Db, options: RunnerOptions): NotificationRunner {
  const pollMs = options.pollMs ?? 5_000;
  const batchSize = options.batchSize ?? SENDER_DEFAULTS.batchSize;
  const log = options.log ?? console.log;

  const loop = startBackgroundLoop(async () => {
    let report: SendReport | null = null;
    try {
      report = await sendDueNotifications(db, options);
      if (report.claimed > 0) {
        log(
          `notifications: ${report.sent} sent, ${report.retrying} to retry, ${report.dead} dead` +
            (report.withheld > 0 ? `, ${report.withheld} withheld (no consent)` : "") +
            (report.lostClaims > 0 ? `, ${report.lostClaims} taken over by another sender` : ""),
        );
      }
    } catch (error) {
      log(`notifications: sender pass failed: ${(error as Error).message}`);
    }
    return report === null || report.claimed < batchSize ? pollMs : null;
  });

  return { stop: () => loop.stop(), wake: () => loop.wake() };
}

/** Passes until nothing is due (`maeul notifications send --once`); the reports added up. */
export async function sendAllDue(db: Db, options: SenderOptions, maxPasses = 1_000): Promise<SendReport> {
  const total: SendReport = { claimed: 0, sent: 0, retrying: 0, dead: 0, withheld: 0, lostClaims: 0 };
  for (let pass = 0; pass < maxPasses; pass++) {
    const report = await sendDueNotifications(db, options);
    for (const key of Object.keys(total) as (keyof SendReport)[]) total[key] += report[key];
    if (report.claimed === 0) break;
  }
  return total;
}
