import { decryptField } from "../privacy/domain/field-envelope.ts";
import { fieldKeys } from "../privacy/field-keys.ts";
import { maskName } from "../residents/domain/mask-personal-data.ts";
import { PERSONAL_DATA_ENCRYPTION } from "../residents/resident.rows.ts";
import type { TNotification } from "./notification.schema.ts";
import type { NotificationRow } from "./notification-outbox.table.ts";

/** An outbox row for officers: the recipient by id and masked name, no contact details. */
export function presentNotification(row: {
  notification: NotificationRow;
  nameEnc: string | null;
}): TNotification {
  const n = row.notification;
  const name =
    row.nameEnc && n.residentId
      ? maskName(
          decryptField(row.nameEnc, fieldKeys(), {
            table: PERSONAL_DATA_ENCRYPTION.table,
            column: PERSONAL_DATA_ENCRYPTION.columns.name,
            rowId: n.residentId,
          }),
        )
      : null;
  const open = n.status === "pending" || n.status === "failed";
  return {
    id: n.id,
    templateCode: n.templateCode,
    channel: n.channel,
    locale: n.locale,
    status: n.status,
    attempts: n.attempts,
    regionCode: n.regionCode,
    recipient: { residentId: n.residentId, userId: n.userId, name },
    params: n.params,
    lastError: n.lastError,
    providerMessageId: n.providerMessageId,
    createdAt: n.createdAt.toISOString(),
    nextAttemptAt: open ? n.nextAttemptAt.toISOString() : null,
    sentAt: n.sentAt?.toISOString() ?? null,
  };
}
