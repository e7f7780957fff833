import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { createRouter, jsonResponse } from "../server/router.ts";
import { listPrograms } from "./program.repository.ts";
import { ZProgram } from "./program.schema.ts";

const list = createRoute({
  method: "get",
  path: "/programs",
  tags: ["programs"],
  summary: "The direct-job programs Maeul covers (rules arrive as data per year and region)",
  responses: { 200: jsonResponse(z.object({ items: z.array(ZProgram) }), "Programs") },
});

export const programRoutes = createRouter().openapi(list, async (c) => {
  const { db } = c.get("deps");
  return c.json({ items: await listPrograms(db) }, 200);
});
