import { createRoute } from "@hono/zod-openapi";
import { createRouter, errorResponses, jsonResponse } from "../server/router.ts";
import { presentAuditEntry } from "./audit.presenter.ts";
import { searchAudit } from "./audit.repository.ts";
import { ZAuditPage, ZAuditQuery } from "./audit.schema.ts";

const search = createRoute({
  method: "get",
  path: "/audit",
  tags: ["audit"],
  summary:
    "Search the audit log, newest first (officers and administrators, once the permission layer is in)",
  request: { query: ZAuditQuery },
  responses: { 200: jsonResponse(ZAuditPage, "A page of audit entries"), 400: errorResponses[400] },
});

export const auditRoutes = createRouter().openapi(search, async (c) => {
  const { db } = c.get("deps");
  const { region, ...query } = c.req.valid("query");
  const { rows, total } = await searchAudit(db, { ...query, regionCode: region });
  return c.json(
    { items: rows.map(presentAuditEntry), page: query.page, pageSize: query.pageSize, total },
    200,
  );
});
