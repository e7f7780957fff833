import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { auditActorOf } from "../access/audit-actor.ts";
import { requirePermission } from "../access/require-permission.ts";
import { createRouter, deniedResponses, jsonResponse } from "../server/router.ts";
import { unauthenticated } from "../shared/errors.ts";
import { exportMyData } from "./export-my-data.ts";

const exportRoute = createRoute({
  method: "get",
  path: "/me/export",
  tags: ["residents"],
  summary: "Download everything Maeul holds about me (JSON file); the download is audited",
  middleware: [requirePermission("residents.export_own")] as const,
  responses: {
    200: jsonResponse(z.looseObject({ exportedAt: z.string() }).meta({ id: "MyDataExport" }), "My data"),
    ...deniedResponses,
  },
});

export const myDataRoutes = createRouter().openapi(exportRoute, async (c) => {
  const principal = c.get("principal");
  if (!principal) throw unauthenticated();
  const { db, now } = c.get("deps");
  const data = await exportMyData(db, principal, auditActorOf(c), now());
  c.header(
    "Content-Disposition",
    `attachment; filename="maeul-my-data-${data.exportedAt.slice(0, 10)}.json"`,
  );
  c.header("Cache-Control", "no-store");
  return c.json(data, 200);
});
