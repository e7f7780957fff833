import { createRoute } from "@hono/zod-openapi";
import { auditActorOf } from "../access/audit-actor.ts";
import { requirePermission } from "../access/require-permission.ts";
import { createRouter, deniedResponses, errorResponses, jsonResponse } from "../server/router.ts";
import { lookupResidentsLogged } from "./lookup-residents.ts";
import { presentResident } from "./resident.presenter.ts";
import { ZResidentLookupQuery, ZResidentLookupResult } from "./resident-lookup.schema.ts";

/**
 * The walk-in lookup's route, mounted before /residents/{id} so that "lookup" is not taken for
 * an id. Thin: the search and its audit entry are in lookup-residents.ts.
 */
const lookup = createRoute({
  middleware: [requirePermission("residents.lookup")] as const,
  method: "get",
  path: "/residents/lookup",
  tags: ["residents"],
  summary:
    "Find a walk-in resident by name (+ phone's last 4 digits, birth year) through blind indexes; masked, audited",
  request: { query: ZResidentLookupQuery },
  responses: {
    200: jsonResponse(ZResidentLookupResult, "Matching residents in the caller's region (masked)"),
    400: errorResponses[400],
    ...deniedResponses,
  },
});

export const residentLookupRoutes = createRouter().openapi(lookup, async (c) => {
  const { db, now } = c.get("deps");
  const query = c.req.valid("query");
  const { rows, more } = await lookupResidentsLogged(db, query, c.get("scope"), auditActorOf(c), now());
  c.header("Cache-Control", "no-store");
  return c.json({ items: rows.map(presentResident), more }, 200);
});
