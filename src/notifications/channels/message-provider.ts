import type { TemplateParams } from "../domain/notification-templates.ts";
import type { DeliveryReceipt } from "./channel.ts";

/** What an SMS or 알림톡 provider is asked to deliver. */
export interface ProviderMessage {
  channel: "sms" | "kakao_alimtalk";
  /** The recipient's phone number, digits only (01012345678). */
  to: string;
  text: string;
  subject: string;
  /** Maeul's template code; a 알림톡 provider maps it to the template registered with Kakao. */
  templateCode: string;
  params: TemplateParams;
  /** Stable across retries of one message: the provider must not deliver it twice. */
  idempotencyKey: string;
}

/**
 * The seam for a real SMS / 알림톡 provider (NHN Cloud, Solapi, …): one method, which resolves
 * with the provider's message id once the provider has accepted the message, and rejects with a
 * DeliveryError (permanent or not) otherwise. `supportsIdempotency` says whether the provider
 * itself refuses a second message with the same idempotency key; the generic adapter's does.
 */
export interface MessageProvider {
  readonly name: string;
  readonly supportsIdempotency: boolean;
  send(message: ProviderMessage, signal: AbortSignal): Promise<DeliveryReceipt>;
}
