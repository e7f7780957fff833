import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { users } from "../auth/user.table.ts";
import { regions } from "../regions/region.table.ts";
import { residents } from "../residents/resident.table.ts";
import type { TemplateParams } from "./domain/notification-templates.ts";
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_LOCALES,
  NOTIFICATION_STATUSES,
  type NotificationChannel,
  type NotificationLocale,
  type NotificationStatus,
} from "./domain/notification-vocabulary.ts";

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(", "));

/**
 * Messages to residents and users, written in the same transaction as the change they announce
 * (the transactional outbox) and delivered afterwards by the sender (notification-sender.ts).
 *
 * No contact details are stored here: the phone number or e-mail address is looked up (and the
 * phone decrypted) at send time, and `params` holds only what the message text needs (program
 * name, dates, place), never a name, phone or address of the recipient.
 */
export const notificationOutbox = pgTable(
  "notification_outbox",
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    /** The enqueuing domain's key for "this message about this event": a second enqueue is a no-op. */
    dedupeKey: text().notNull().unique(),
    residentId: uuid().references(() => residents.id, { onDelete: "cascade" }),
    userId: uuid().references(() => users.id, { onDelete: "cascade" }),
    /** Which officers may see the row (the resident's or user's 시군구). */
    regionCode: varchar({ length: 5 }).references(() => regions.code),
    channel: text().$type<NotificationChannel>().notNull(),
    templateCode: text().notNull(),
    locale: text().$type<NotificationLocale>().notNull().default("ko"),
    params: jsonb().$type<TemplateParams>().notNull().default({}),
    status: text().$type<NotificationStatus>().notNull().default("pending"),
    /** Claims so far, the current one included. */
    attempts: integer().notNull().default(0),
    /**
     * When the row is next due: for pending and failed rows the (re)try time; while `sending`,
     * the end of the claimer's lease, after which another sender may take it over.
     */
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Set at each claim; only the holder of the current token may record the outcome. */
    claimToken: uuid(),
    lastError: text(),
    /** What the provider called the accepted message (its receipt). */
    providerMessageId: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    // The sender's claim: open rows by due time.
    index("notification_outbox_due_idx")
      .on(t.nextAttemptAt)
      .where(sql`${t.status} in ('pending', 'failed', 'sending')`),
    index("notification_outbox_region_idx").on(t.regionCode, t.createdAt),
    index("notification_outbox_resident_idx").on(t.residentId),
    index("notification_outbox_user_idx").on(t.userId),
    check("notification_outbox_recipient", sql`${t.residentId} is not null or ${t.userId} is not null`),
    check("notification_outbox_channel", sql`${t.channel} in (${inList(NOTIFICATION_CHANNELS)})`),
    check("notification_outbox_status", sql`${t.status} in (${inList(NOTIFICATION_STATUSES)})`),
    check("notification_outbox_locale", sql`${t.locale} in (${inList(NOTIFICATION_LOCALES)})`),
    check("notification_outbox_attempts", sql`${t.attempts} >= 0`),
  ],
);

export type NotificationRow = typeof notificationOutbox.$inferSelect;
