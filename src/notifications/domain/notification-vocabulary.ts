/**
 * The words of the notification outbox. A row is `pending` until a sender claims it (`sending`,
 * under a lease); then `sent`, or `failed` (retried later with backoff), or `dead` (given up:
 * too many attempts, or a failure no retry can fix). `cancelled` is set by the domain that
 * enqueued a scheduled message it no longer wants (a cohort cancelled before its reminder).
 */
export const NOTIFICATION_CHANNELS = ["log", "email", "sms", "kakao_alimtalk"] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export const NOTIFICATION_STATUSES = ["pending", "sending", "sent", "failed", "dead", "cancelled"] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** Statuses a sender may still pick up (`sending` only once its lease has run out). */
export const OPEN_STATUSES = [
  "pending",
  "failed",
  "sending",
] as const satisfies readonly NotificationStatus[];

export const NOTIFICATION_LOCALES = ["ko", "en"] as const;
export type NotificationLocale = (typeof NOTIFICATION_LOCALES)[number];

export function isNotificationChannel(value: string): value is NotificationChannel {
  return (NOTIFICATION_CHANNELS as readonly string[]).includes(value);
}
