import { createRoute } from "@hono/zod-openapi";
import { auditActorOf } from "../access/audit-actor.ts";
import { withinScope } from "../access/domain/resolve-access.ts";
import { requirePermission } from "../access/require-permission.ts";
import { createRouter, deniedResponses, errorResponses, jsonBody, jsonResponse } from "../server/router.ts";
import { forbidden } from "../shared/errors.ts";
import { presentWorkItem } from "../work-items/work-item.presenter.ts";
import { createDraftWorkItems } from "./job-design.commands.ts";
import { presentJobDesign, presentSuggestion } from "./job-design.presenter.ts";
import {
  ZDraftRequest,
  ZDraftResult,
  ZJobDesign,
  ZRegionCodeParam,
  ZSuggestionQuery,
} from "./job-design.schema.ts";
import { nextMonthStart, regionJobDesign } from "./region-job-design.ts";

/**
 * Job design per 시군구: the suggested occupations with their reasons, people, months and budget
 * (officers of the district or its 시도, the ministry), and turning one suggestion into draft work
 * items of an institution in the district (district officers; audited).
 */
const tags = ["job-design"];

const suggestions = createRoute({
  middleware: [requirePermission("job_design.read")] as const,
  method: "get",
  path: "/job-design/regions/{code}/suggestions",
  tags,
  summary:
    "Occupations the district should create, ranked by forecast gap and profile, with people, months and budget",
  request: { params: ZRegionCodeParam, query: ZSuggestionQuery },
  responses: {
    200: jsonResponse(ZJobDesign, "Suggestions with reasons"),
    ...errorResponses,
    ...deniedResponses,
  },
});

const draft = createRoute({
  middleware: [requirePermission("job_design.draft")] as const,
  method: "post",
  path: "/job-design/regions/{code}/draft-work-items",
  tags,
  summary:
    "Turn one suggestion into draft work items for an institution of the district (one per stage); idempotent: the same request returns the drafts it made while any is still a draft",
  request: { params: ZRegionCodeParam, body: jsonBody(ZDraftRequest) },
  responses: {
    200: jsonResponse(ZDraftResult, "Already made by the same request (created: false); nothing written"),
    201: jsonResponse(ZDraftResult, "Drafts created (created: true)"),
    ...errorResponses,
    ...deniedResponses,
    422: {
      ...errorResponses[404],
      description:
        "Unknown occupation, no program here, not suggested without a number of people (positions), unknown, closed or out-of-district organization",
    },
  },
});

export const jobDesignRoutes = createRouter()
  .openapi(suggestions, async (c) => {
    const { db, now } = c.get("deps");
    const { code } = c.req.valid("param");
    const { limit, horizon } = c.req.valid("query");
    if (!withinScope(c.get("scope"), { regionCode: code })) throw forbidden();
    const result = await regionJobDesign(db, code, { horizon, now: now() });
    return c.json(presentJobDesign(result, limit), 200);
  })
  .openapi(draft, async (c) => {
    const { db, now } = c.get("deps");
    const { code } = c.req.valid("param");
    const body = c.req.valid("json");
    if (!withinScope(c.get("scope"), { regionCode: code })) throw forbidden();
    const at = now();
    const design = await regionJobDesign(db, code, { horizon: body.horizon, now: at });
    const { suggestion, rows, created } = await createDraftWorkItems(
      db,
      design,
      {
        occupationCode: body.occupationCode,
        organizationId: body.organizationId,
        startDate: body.startDate ?? nextMonthStart(at),
        positions: body.positions,
        hoursPerWeek: body.hoursPerWeek,
      },
      auditActorOf(c),
      at,
    );
    const result = {
      occupationCode: body.occupationCode,
      created,
      suggestion: presentSuggestion(
        suggestion,
        design.design.suggestions.findIndex((s) => s.occupation.code === body.occupationCode) + 1,
        design.seniorJobTargets,
      ),
      workItems: rows.map(presentWorkItem),
    };
    return created ? c.json(result, 201) : c.json(result, 200);
  });
