import { createRoute } from "@hono/zod-openapi";
import { withinScope } from "../access/domain/resolve-access.ts";
import { requirePermission } from "../access/require-permission.ts";
import { createRouter, deniedResponses, errorResponses, jsonResponse } from "../server/router.ts";
import { forbidden } from "../shared/errors.ts";
import { presentAuditEntry } from "./audit.presenter.ts";
import { searchAudit } from "./audit.repository.ts";
import { ZAuditPage, ZAuditQuery } from "./audit.schema.ts";

const search = createRoute({
  method: "get",
  path: "/audit",
  tags: ["audit"],
  summary: "Search the audit log, newest first (officers: their region; administrators: everything)",
  middleware: [requirePermission("audit.search")] as const,
  request: { query: ZAuditQuery },
  responses: {
    200: jsonResponse(ZAuditPage, "A page of audit entries"),
    400: errorResponses[400],
    ...deniedResponses,
  },
});

export const auditRoutes = createRouter().openapi(search, async (c) => {
  const { db } = c.get("deps");
  const { region, ...query } = c.req.valid("query");
  const scope = c.get("scope");
  // An officer searches their own region: by default, and never another one.
  if (region && !withinScope(scope, { regionCode: region })) throw forbidden();
  const regionCode = region ?? (scope.kind === "region" ? scope.regionCode : undefined);
  const { rows, total } = await searchAudit(db, { ...query, regionCode });
  return c.json(
    { items: rows.map(presentAuditEntry), page: query.page, pageSize: query.pageSize, total },
    200,
  );
});
