import { createRoute } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { createRouter, jsonResponse } from "./router.ts";

const ZHealth = z
  .object({ status: z.enum(["ok", "degraded"]), db: z.enum(["pglite", "postgres"]) })
  .meta({ id: "Health" });

const health = createRoute({
  method: "get",
  path: "/health",
  tags: ["system"],
  summary: "Liveness and which database is in use",
  responses: { 200: jsonResponse(ZHealth, "Healthy"), 503: jsonResponse(ZHealth, "Database unreachable") },
});

export const healthRoutes = createRouter().openapi(health, async (c) => {
  const { db, dbKind } = c.get("deps");
  try {
    await db.execute(sql`select 1`);
    return c.json({ status: "ok" as const, db: dbKind }, 200);
  } catch {
    return c.json({ status: "degraded" as const, db: dbKind }, 503);
  }
});
