import { createRoute } from "@hono/zod-openapi";
import { auditActorOf } from "../access/audit-actor.ts";
import { requirePermission } from "../access/require-permission.ts";
import { createRouter, deniedResponses, errorResponses, jsonResponse } from "../server/router.ts";
import { listNotificationsLogged } from "./list-notifications.ts";
import { presentNotification } from "./notification.presenter.ts";
import { ZNotificationPage, ZNotificationQuery } from "./notification.schema.ts";

const list = createRoute({
  method: "get",
  path: "/notifications",
  tags: ["notifications"],
  summary: "Messages to residents, newest first (officers: their region; recipients masked)",
  middleware: [requirePermission("notifications.list")] as const,
  request: { query: ZNotificationQuery },
  responses: {
    200: jsonResponse(ZNotificationPage, "A page of the notification outbox"),
    400: errorResponses[400],
    ...deniedResponses,
  },
});

export const notificationRoutes = createRouter().openapi(list, async (c) => {
  const { db, now } = c.get("deps");
  const query = c.req.valid("query");
  const { rows, total } = await listNotificationsLogged(db, query, c.get("scope"), auditActorOf(c), now());
  return c.json(
    { items: rows.map(presentNotification), page: query.page, pageSize: query.pageSize, total },
    200,
  );
});
