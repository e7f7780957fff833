import { createHash } from "node:crypto";
import { createTransport } from "nodemailer";
import { DeliveryError, type NotificationChannelSender } from "./channel.ts";

export interface EmailChannelConfig {
  /** smtp://user:pass@host:587 or smtps://…:465 (MAEUL_SMTP_URL). */
  smtpUrl: string;
  /** The From header, e.g. "마을 Maeul <noreply@example.go.kr>" (MAEUL_MAIL_FROM). */
  from: string;
  /** Connection, greeting and socket timeouts. */
  timeoutMs?: number;
}

/**
 * E-mail over SMTP with nodemailer. SMTP has no idempotency key, so each message carries a
 * Message-ID derived from its dedupe key: a retry after a lost reply is the same Message-ID,
 * which mail stores and clients use to fold duplicates. The receipt kept is the Message-ID and
 * the server's reply ("250 … queued as …").
 */
export function createEmailChannel(config: EmailChannelConfig): NotificationChannelSender {
  const timeout = config.timeoutMs ?? 15_000;
  const transport = createTransport({
    url: config.smtpUrl,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  const domain = /@([^>\s]+)>?\s*$/.exec(config.from)?.[1] ?? "maeul.invalid";
  return {
    channel: "email",
    address: "email",
    async send(message) {
      if (!message.to) throw new DeliveryError("no e-mail address", { permanent: true });
      const digest = createHash("sha256").update(message.idempotencyKey).digest("hex").slice(0, 32);
      try {
        const info = await transport.sendMail({
          from: config.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          messageId: `<${digest}@${domain}>`,
          headers: { "Content-Language": message.locale },
        });
        return { providerMessageId: `${info.messageId} ${info.response}`.slice(0, 300) };
      } catch (error) {
        const e = error as { code?: string; permanent?: boolean; message?: string };
        // Bad credentials are the operator's to fix: keep retrying (with backoff) meanwhile.
        const permanent = e.permanent === true && e.code !== "EAUTH";
        throw new DeliveryError(`SMTP: ${e.message ?? String(error)}`, { permanent, cause: error });
      }
    },
    async close() {
      transport.close();
    },
  };
}
