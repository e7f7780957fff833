import { type Scope, withinScope } from "../access/domain/resolve-access.ts";
import type { AuditActor } from "../audit/domain/audit-vocabulary.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Db } from "../db/client.ts";
import { forbidden } from "../shared/errors.ts";
import { listNotifications } from "./notification.repository.ts";
import type { TNotificationQuery } from "./notification.schema.ts";

/**
 * A page of the outbox for an officer, logged as one `list` entry (the rows name residents,
 * masked): the filter, the count and the residents on the page.
 */
export async function listNotificationsLogged(
  db: Db,
  query: TNotificationQuery,
  scope: Scope,
  actor: AuditActor,
  now: Date,
) {
  // An officer looks at their own region: by default, and never another one.
  if (query.region && !withinScope(scope, { regionCode: query.region })) throw forbidden();
  const result = await listNotifications(db, query, scope);
  const { page, pageSize, ...filter } = query;
  await recordAudit(db, actor, {
    action: "list",
    subjectType: "notification",
    subjectId: null,
    regionCode: query.region ?? (scope.kind === "region" ? scope.regionCode : null),
    at: now,
    details: {
      filter,
      page,
      pageSize,
      count: result.rows.length,
      total: result.total,
      residentIds: [...new Set(result.rows.map((r) => r.notification.residentId).filter(Boolean))],
    },
  });
  return result;
}
