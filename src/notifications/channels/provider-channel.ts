import { DeliveryError, type NotificationChannelSender } from "./channel.ts";
import type { MessageProvider } from "./message-provider.ts";

/** SMS or 알림톡 through a MessageProvider: the recipient's phone number, digits only. */
export function createProviderChannel(
  channel: "sms" | "kakao_alimtalk",
  provider: MessageProvider,
): NotificationChannelSender {
  return {
    channel,
    address: "phone",
    send(message, signal) {
      const to = message.to?.replace(/\D/g, "") ?? "";
      if (to.length < 8)
        return Promise.reject(new DeliveryError("no usable phone number", { permanent: true }));
      return provider.send(
        {
          channel,
          to,
          text: message.text,
          subject: message.subject,
          templateCode: message.templateCode,
          params: message.params,
          idempotencyKey: message.idempotencyKey,
        },
        signal,
      );
    },
  };
}
