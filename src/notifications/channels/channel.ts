import type { RenderedMessage, TemplateParams } from "../domain/notification-templates.ts";
import type { NotificationChannel, NotificationLocale } from "../domain/notification-vocabulary.ts";

/** One message, rendered and addressed, as a channel receives it from the sender. */
export interface OutgoingMessage extends RenderedMessage {
  outboxId: string;
  /**
   * The outbox row's dedupe key: the same for every attempt at this message. Channels whose
   * provider supports it pass it as the idempotency key, so a retry after a lost answer is not a
   * second message.
   */
  idempotencyKey: string;
  templateCode: string;
  locale: NotificationLocale;
  params: TemplateParams;
  /** The phone number or e-mail address, resolved and decrypted for this attempt only. */
  to: string | null;
  /** Who, by id (for the log channel, which prints no contact details). */
  recipient: { residentId: string | null; userId: string | null };
}

export interface DeliveryReceipt {
  /** The provider's id for the accepted message, kept on the outbox row. */
  providerMessageId: string;
}

/**
 * A way to deliver messages. `address` says what the sender must look up first: a phone number
 * (SMS, 알림톡), an e-mail address, or nothing (the log).
 */
export interface NotificationChannelSender {
  readonly channel: NotificationChannel;
  readonly address: "phone" | "email" | "none";
  /** Resolves with the provider's receipt; rejects with DeliveryError (or anything else: retried). */
  send(message: OutgoingMessage, signal: AbortSignal): Promise<DeliveryReceipt>;
  close?(): Promise<void>;
}

/**
 * A failed delivery. `permanent` failures (a rejected number, a refused template, bad
 * credentials) are not retried; the rest (timeouts, 5xx, 429, lost connections) are.
 */
export class DeliveryError extends Error {
  readonly permanent: boolean;
  constructor(message: string, options: { permanent: boolean; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.name = "DeliveryError";
    this.permanent = options.permanent;
  }
}

export type ChannelRegistry = ReadonlyMap<NotificationChannel, NotificationChannelSender>;
