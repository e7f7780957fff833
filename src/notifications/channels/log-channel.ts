import type { NotificationChannelSender } from "./channel.ts";

/**
 * The default channel: writes the rendered message to the log (stdout) and counts it as sent.
 * For development, demos and pilots without an SMS or mail contract. It names the recipient by
 * id only; no phone number or address is printed.
 */
export function createLogChannel(log: (line: string) => void = console.log): NotificationChannelSender {
  return {
    channel: "log",
    address: "none",
    async send(message) {
      const who = message.recipient.residentId
        ? `resident ${message.recipient.residentId}`
        : `user ${message.recipient.userId}`;
      log(`[notification] ${message.templateCode} (${message.locale}) → ${who}: ${message.text}`);
      return { providerMessageId: `log:${message.outboxId}` };
    },
  };
}
