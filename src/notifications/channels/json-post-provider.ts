import { DeliveryError } from "./channel.ts";
import type { MessageProvider, ProviderMessage } from "./message-provider.ts";

export interface JsonPostProviderConfig {
  name: string;
  /** The provider's (or a gateway's) endpoint, e.g. MAEUL_SMS_URL. */
  url: string;
  /** Sent as `Authorization: Bearer …`. */
  apiKey: string;
  /** Extra fields every request carries (a 알림톡 sender key, a sender number). */
  extraFields?: Record<string, string>;
}

/**
 * A generic HTTP provider: `POST url` with a JSON body
 * `{channel, to, text, subject, templateCode, params, idempotencyKey, …extraFields}`, the API key
 * as a bearer token and the dedupe key in an `Idempotency-Key` header. A 2xx answer must carry
 * `{"messageId": "…"}` (or `"id"`). 4xx answers are permanent failures except 408, 409 (the same
 * key still in flight) and 429; 5xx, timeouts and network errors are retried.
 *
 * A gateway in front of a real provider can speak this shape; a direct integration implements
 * MessageProvider instead.
 */
export function createJsonPostProvider(config: JsonPostProviderConfig): MessageProvider {
  return {
    name: config.name,
    supportsIdempotency: true,
    async send(message: ProviderMessage, signal: AbortSignal) {
      let response: Response;
      try {
        response = await fetch(config.url, {
          method: "POST",
          signal,
          headers: {
            "content-type": "application/json",
            authorization: `Bearer ${config.apiKey}`,
            "idempotency-key": message.idempotencyKey,
          },
          body: JSON.stringify({ ...config.extraFields, ...message }),
        });
      } catch (error) {
        throw new DeliveryError(`${config.name}: ${(error as Error).message}`, {
          permanent: false,
          cause: error,
        });
      }
      const body = await response.text().catch(() => "");
      if (!response.ok) {
        const retry = response.status >= 500 || [408, 409, 429].includes(response.status);
        throw new DeliveryError(`${config.name}: HTTP ${response.status} ${body.slice(0, 200)}`, {
          permanent: !retry,
        });
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        parsed = null;
      }
      const id = (parsed as { messageId?: unknown; id?: unknown } | null) ?? {};
      const providerMessageId = typeof id.messageId === "string" ? id.messageId : id.id;
      if (typeof providerMessageId !== "string" || providerMessageId === "") {
        // Accepted without a receipt: retrying with the same key is safe and gets the receipt.
        throw new DeliveryError(`${config.name}: HTTP ${response.status} without a messageId`, {
          permanent: false,
        });
      }
      return { providerMessageId };
    },
  };
}
