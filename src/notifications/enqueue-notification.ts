import type { Db } from "../db/client.ts";
import {
  assertTemplateParams,
  type TemplateCode,
  type TemplateParams,
} from "./domain/notification-templates.ts";
import type { NotificationChannel, NotificationLocale } from "./domain/notification-vocabulary.ts";
import { cancelNotifications, insertNotification } from "./notification.repository.ts";
import { readNotificationConfig } from "./notification-config.ts";

export interface EnqueueNotificationInput {
  /**
   * Names the event, so that enqueueing it twice (a retried request, a re-run job) makes one
   * message: e.g. `cohort:<id>:resident:<id>:selected`. Ids only, no personal data.
   */
  dedupeKey: string;
  residentId?: string | null;
  userId?: string | null;
  templateCode: TemplateCode;
  /** Only what the text needs (program, dates, place): never the recipient's name or contact. */
  params: TemplateParams;
  /** Default: MAEUL_NOTIFY_CHANNEL, else `log`. */
  channel?: NotificationChannel;
  locale?: NotificationLocale;
  /** Default: the resident's (or the user's) 시군구. */
  regionCode?: string | null;
  /** Not before this time (a reminder scheduled ahead, e.g. participationEndingNoticeAt()). */
  notBefore?: Date;
}

/**
 * What other domains call to send a message: adds it to the outbox inside the caller's
 * transaction, so it is sent if and only if the change it announces commits. Idempotent on the
 * dedupe key. The params are checked against the template here, so a missing value fails the
 * caller's transaction rather than a message later.
 */
export async function enqueueNotification(
  tx: Db,
  input: EnqueueNotificationInput,
): Promise<{ id: string; created: true } | { id: null; created: false }> {
  const dedupeKey = input.dedupeKey.trim();
  if (dedupeKey.length === 0 || dedupeKey.length > 200) {
    throw new Error("enqueueNotification: dedupeKey must be 1 to 200 characters");
  }
  if (!input.residentId && !input.userId) {
    throw new Error("enqueueNotification: a residentId or a userId is required");
  }
  assertTemplateParams(input.templateCode, input.params);
  return insertNotification(tx, {
    dedupeKey,
    residentId: input.residentId ?? null,
    userId: input.userId ?? null,
    templateCode: input.templateCode,
    params: input.params,
    channel: input.channel ?? readNotificationConfig().defaultChannel,
    locale: input.locale ?? "ko",
    regionCode: input.regionCode ?? null,
    ...(input.notBefore ? { nextAttemptAt: input.notBefore } : {}),
  });
}

/** Withdraws messages not sent yet, in the caller's transaction (e.g. a cohort cancelled). */
export function cancelNotification(tx: Db, dedupeKeys: string[], now = new Date()): Promise<number> {
  return cancelNotifications(tx, dedupeKeys, now);
}
