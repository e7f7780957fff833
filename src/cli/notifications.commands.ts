import type { Command } from "commander";
import type { NotificationChannel } from "../notifications/domain/notification-vocabulary.ts";
import { countNotifications } from "../notifications/notification.repository.ts";
import { channelsFromConfig, readNotificationConfig } from "../notifications/notification-config.ts";
import { sendAllDue, startNotificationRunner } from "../notifications/notification-runner.ts";
import { withDatabase } from "./with-database.ts";

const CHANNEL_SETTINGS: Record<NotificationChannel, string> = {
  log: "nothing",
  email: "MAEUL_SMTP_URL and MAEUL_MAIL_FROM",
  sms: "MAEUL_SMS_URL and MAEUL_SMS_API_KEY",
  kakao_alimtalk: "MAEUL_KAKAO_URL and MAEUL_KAKAO_API_KEY",
};

/** `maeul notifications …`: the outbox of messages to residents (src/notifications). */
export function registerNotificationsCommands(program: Command) {
  const notifications = program
    .command("notifications")
    .description("Messages to residents and users: the outbox and its sender");

  notifications
    .command("send")
    .description(
      "Deliver due messages (log, and e-mail / SMS / 알림톡 when configured); runs until stopped, or once with --once",
    )
    .option("--once", "send what is due now, then exit")
    .action(async (options: { once?: boolean }) => {
      const config = readNotificationConfig();
      const channels = channelsFromConfig(config);
      try {
        await withDatabase(async (database) => {
          const senderOptions = { channels, retry: config.retry };
          if (options.once) {
            const report = await sendAllDue(database.db, senderOptions);
            console.log(
              `notifications: ${report.claimed} claimed, ${report.sent} sent, ${report.retrying} to retry, ${report.dead} dead, ${report.withheld} withheld (no consent)`,
            );
            return;
          }
          console.log(`notifications: sending through ${[...channels.keys()].join(", ")} (Ctrl+C stops)`);
          const runner = startNotificationRunner(database.db, senderOptions);
          await new Promise<void>((resolve) => {
            process.once("SIGINT", resolve);
            process.once("SIGTERM", resolve);
          });
          await runner.stop();
        });
      } finally {
        for (const channel of channels.values()) await channel.close?.();
      }
    });

  notifications
    .command("status")
    .description("Count messages per status and channel, and say which channels are configured")
    .action(async () => {
      const config = readNotificationConfig();
      const configured = new Set(channelsFromConfig(config).keys());
      await withDatabase(async (database) => {
        const counts = await countNotifications(database.db);
        console.log(
          `channels: ${[...configured].join(", ")} (default for new messages: ${config.defaultChannel})`,
        );
        if (counts.length === 0) {
          console.log("outbox: empty");
          return;
        }
        console.log(`${"status".padEnd(10)} ${"channel".padEnd(15)} ${"count".padStart(7)}  next due`);
        for (const c of counts) {
          const due = ["pending", "failed", "sending"].includes(c.status)
            ? (c.nextDueAt?.toISOString() ?? "")
            : "";
          console.log(
            `${c.status.padEnd(10)} ${c.channel.padEnd(15)} ${String(c.count).padStart(7)}  ${due}`,
          );
        }
        const stranded = counts.filter(
          (c) => ["pending", "failed"].includes(c.status) && !configured.has(c.channel) && c.count > 0,
        );
        for (const c of stranded) {
          console.log(
            `warning: ${c.count} ${c.status} ${c.channel} message(s) wait for a channel that is not configured (set ${CHANNEL_SETTINGS[c.channel]})`,
          );
        }
        const dead = counts.filter((c) => c.status === "dead").reduce((n, c) => n + c.count, 0);
        if (dead > 0)
          console.log(`${dead} message(s) were given up (dead): see last_error in notification_outbox`);
      });
    });
}
