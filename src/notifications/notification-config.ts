import type { NotificationChannelSender } from "./channels/channel.ts";
import { createEmailChannel } from "./channels/email-channel.ts";
import { createJsonPostProvider } from "./channels/json-post-provider.ts";
import { createLogChannel } from "./channels/log-channel.ts";
import { createProviderChannel } from "./channels/provider-channel.ts";
import {
  isNotificationChannel,
  NOTIFICATION_CHANNELS,
  type NotificationChannel,
} from "./domain/notification-vocabulary.ts";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./domain/retry-policy.ts";

/**
 * The notification settings, from the environment:
 *
 * | variable | meaning |
 * |---|---|
 * | MAEUL_NOTIFY_CHANNEL | channel for messages whose sender names none (default `log`) |
 * | MAEUL_NOTIFY_SENDER | `off`: `maeul serve` does not start the sender |
 * | MAEUL_NOTIFY_MAX_ATTEMPTS | attempts before a message is `dead` (default 8) |
 * | MAEUL_SMTP_URL, MAEUL_MAIL_FROM | the e-mail channel (both needed) |
 * | MAEUL_SMS_URL, MAEUL_SMS_API_KEY | the SMS channel (generic JSON-POST provider) |
 * | MAEUL_KAKAO_URL, MAEUL_KAKAO_API_KEY, MAEUL_KAKAO_SENDER_KEY | 알림톡 (the same adapter) |
 */
export interface NotificationConfig {
  defaultChannel: NotificationChannel;
  senderEnabled: boolean;
  retry: RetryPolicy;
  email: { smtpUrl: string; from: string } | null;
  sms: { url: string; apiKey: string } | null;
  kakao: { url: string; apiKey: string; senderKey: string | undefined } | null;
}

export function readNotificationConfig(env: NodeJS.ProcessEnv = process.env): NotificationConfig {
  const channel = env.MAEUL_NOTIFY_CHANNEL?.trim() || "log";
  if (!isNotificationChannel(channel)) {
    throw new Error(
      `MAEUL_NOTIFY_CHANNEL must be one of ${NOTIFICATION_CHANNELS.join(", ")}, not "${channel}"`,
    );
  }
  const maxAttempts = env.MAEUL_NOTIFY_MAX_ATTEMPTS ? Number(env.MAEUL_NOTIFY_MAX_ATTEMPTS) : undefined;
  if (maxAttempts !== undefined && (!Number.isInteger(maxAttempts) || maxAttempts < 1 || maxAttempts > 100)) {
    throw new Error(
      `MAEUL_NOTIFY_MAX_ATTEMPTS must be a whole number from 1 to 100, not "${env.MAEUL_NOTIFY_MAX_ATTEMPTS}"`,
    );
  }
  const both = <T>(
    a: string | undefined,
    b: string | undefined,
    make: (a: string, b: string) => T,
    names: string,
  ) => {
    if (a && b) return make(a, b);
    if (a || b) throw new Error(`${names} must be set together`);
    return null;
  };
  return {
    defaultChannel: channel,
    senderEnabled: env.MAEUL_NOTIFY_SENDER?.trim().toLowerCase() !== "off",
    retry: { ...DEFAULT_RETRY_POLICY, ...(maxAttempts ? { maxAttempts } : {}) },
    email: both(
      env.MAEUL_SMTP_URL,
      env.MAEUL_MAIL_FROM,
      (smtpUrl, from) => ({ smtpUrl, from }),
      "MAEUL_SMTP_URL and MAEUL_MAIL_FROM",
    ),
    sms: both(
      env.MAEUL_SMS_URL,
      env.MAEUL_SMS_API_KEY,
      (url, apiKey) => ({ url, apiKey }),
      "MAEUL_SMS_URL and MAEUL_SMS_API_KEY",
    ),
    kakao: both(
      env.MAEUL_KAKAO_URL,
      env.MAEUL_KAKAO_API_KEY,
      (url, apiKey) => ({ url, apiKey, senderKey: env.MAEUL_KAKAO_SENDER_KEY || undefined }),
      "MAEUL_KAKAO_URL and MAEUL_KAKAO_API_KEY",
    ),
  };
}

/** The channels this process can deliver: the log always, the others when configured. */
export function channelsFromConfig(
  config: NotificationConfig,
  log: (line: string) => void = console.log,
): Map<NotificationChannel, NotificationChannelSender> {
  const channels = new Map<NotificationChannel, NotificationChannelSender>();
  channels.set("log", createLogChannel(log));
  if (config.email) channels.set("email", createEmailChannel(config.email));
  if (config.sms) {
    channels.set("sms", createProviderChannel("sms", createJsonPostProvider({ name: "sms", ...config.sms })));
  }
  if (config.kakao) {
    const { senderKey, ...rest } = config.kakao;
    const provider = createJsonPostProvider({
      name: "kakao_alimtalk",
      ...rest,
      ...(senderKey ? { extraFields: { senderKey } } : {}),
    });
    channels.set("kakao_alimtalk", createProviderChannel("kakao_alimtalk", provider));
  }
  return channels;
}
