import type { Db } from "../db/client.ts";
import { channelsFromConfig, readNotificationConfig } from "./notification-config.ts";
import { startNotificationRunner } from "./notification-runner.ts";

/**
 * The sender inside `maeul serve`: the channels configured in the environment, polling the
 * outbox until stop() (which finishes the pass in progress and closes the channels). Null when
 * MAEUL_NOTIFY_SENDER=off (another process runs `maeul notifications send`).
 */
export function startNotifications(
  db: Db,
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = console.log,
): { stop(): Promise<void> } | null {
  const config = readNotificationConfig(env);
  if (!config.senderEnabled) return null;
  const channels = channelsFromConfig(config, log);
  const runner = startNotificationRunner(db, { channels, retry: config.retry, log });
  log(`  notifications: sending through ${[...channels.keys()].join(", ")}`);
  return {
    async stop() {
      await runner.stop();
      for (const channel of channels.values()) await channel.close?.();
    },
  };
}
