import { z } from "zod";
import { paginated, ZId, ZPagination, ZRegionCode } from "../shared/common.schema.ts";
import { TEMPLATE_CODES } from "./domain/notification-templates.ts";
import { NOTIFICATION_CHANNELS, NOTIFICATION_STATUSES } from "./domain/notification-vocabulary.ts";

export const ZNotificationQuery = ZPagination.extend({
  region: ZRegionCode.optional().meta({ description: "A 시군구, or a 시도 for every 시군구 in it" }),
  status: z.enum(NOTIFICATION_STATUSES).optional(),
  channel: z.enum(NOTIFICATION_CHANNELS).optional(),
  template: z.enum(TEMPLATE_CODES as [string, ...string[]]).optional(),
  residentId: ZId.optional(),
});
export type TNotificationQuery = z.infer<typeof ZNotificationQuery>;

export const ZNotification = z
  .object({
    id: z.string(),
    templateCode: z.string().meta({ example: "selected" }),
    channel: z.enum(NOTIFICATION_CHANNELS),
    locale: z.enum(["ko", "en"]),
    status: z.enum(NOTIFICATION_STATUSES),
    attempts: z.number().int(),
    regionCode: z.string().nullable(),
    recipient: z.object({
      residentId: z.string().nullable(),
      userId: z.string().nullable(),
      /** Masked (홍*동); contact details are never shown here. */
      name: z.string().nullable().meta({ example: "홍*동" }),
    }),
    params: z.record(z.string(), z.unknown()).meta({ description: "What the text was written with" }),
    lastError: z.string().nullable(),
    providerMessageId: z.string().nullable(),
    createdAt: z.string(),
    nextAttemptAt: z.string().nullable().meta({ description: "Next try (pending, failed)" }),
    sentAt: z.string().nullable(),
  })
  .meta({ id: "Notification" });
export type TNotification = z.infer<typeof ZNotification>;

export const ZNotificationPage = paginated(ZNotification).meta({ id: "NotificationPage" });
