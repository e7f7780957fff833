/**
 * GET /api/residents/{id}/recommendations and /bundles (the resident, or officers of the
 * resident's region) and GET /api/work-items/{id}/candidates (the posting institution, or
 * officers of the item's region): thin handlers over the use-cases.
 */
import { createRoute } from "@hono/zod-openapi";
import { auditActorOf } from "../access/audit-actor.ts";
import { requirePermission } from "../access/require-permission.ts";
import { ZResidentIdParam } from "../residents/resident.schema.ts";
import { createRouter, deniedResponses, errorResponses, jsonResponse } from "../server/router.ts";
import { ZWorkItemIdParam } from "../work-items/work-item.schema.ts";
import { candidatesForWorkItem } from "./candidates-for-work-item.ts";
import { bundlesForResident, recommendForResident } from "./recommend-for-resident.ts";
import { presentBundle, presentCandidate, presentRecommendation } from "./recommendation.presenter.ts";
import {
  ZBundleList,
  ZBundleQuery,
  ZCandidateList,
  ZCandidateQuery,
  ZRecommendationList,
  ZRecommendationQuery,
} from "./recommendation.schema.ts";

const tags = ["matching"];

const recommendations = createRoute({
  middleware: [requirePermission("recommendations.read")] as const,
  method: "get",
  path: "/residents/{id}/recommendations",
  tags,
  summary:
    "Open work items ranked for a resident, each with its reasons (Korean and English); audited as a read",
  request: { params: ZResidentIdParam, query: ZRecommendationQuery },
  responses: {
    200: jsonResponse(ZRecommendationList, "Recommendations, best first"),
    ...errorResponses,
    ...deniedResponses,
  },
});

const bundles = createRoute({
  middleware: [requirePermission("recommendations.read")] as const,
  method: "get",
  path: "/residents/{id}/bundles",
  tags,
  summary:
    "Sets of small work items that together make up the resident's weekly hours, without clashing hours or impossible trips",
  request: { params: ZResidentIdParam, query: ZBundleQuery },
  responses: { 200: jsonResponse(ZBundleList, "Bundles, best first"), ...errorResponses, ...deniedResponses },
});

const candidates = createRoute({
  middleware: [requirePermission("candidates.read")] as const,
  method: "get",
  path: "/work-items/{id}/candidates",
  tags,
  summary: "Residents ranked for a work item (names masked), each with reasons; audited as a list",
  request: { params: ZWorkItemIdParam, query: ZCandidateQuery },
  responses: {
    200: jsonResponse(ZCandidateList, "Candidates, best first"),
    ...errorResponses,
    ...deniedResponses,
  },
});

export const recommendationRoutes = createRouter()
  .openapi(recommendations, async (c) => {
    const { db, now } = c.get("deps");
    const { id } = c.req.valid("param");
    const { limit } = c.req.valid("query");
    const at = now();
    const result = await recommendForResident(db, id, limit, c.get("scope"), auditActorOf(c), at);
    return c.json(
      {
        residentId: id,
        generatedAt: at.toISOString(),
        considered: result.considered,
        items: result.items.map(presentRecommendation),
      },
      200,
    );
  })
  .openapi(bundles, async (c) => {
    const { db, now } = c.get("deps");
    const { id } = c.req.valid("param");
    const { limit } = c.req.valid("query");
    const at = now();
    const result = await bundlesForResident(db, id, limit, c.get("scope"), auditActorOf(c), at);
    return c.json({ residentId: id, generatedAt: at.toISOString(), items: result.map(presentBundle) }, 200);
  })
  .openapi(candidates, async (c) => {
    const { db, now } = c.get("deps");
    const { id } = c.req.valid("param");
    const { limit } = c.req.valid("query");
    const at = now();
    const result = await candidatesForWorkItem(db, id, limit, c.get("scope"), auditActorOf(c), at);
    return c.json(
      {
        workItemId: id,
        generatedAt: at.toISOString(),
        considered: result.considered,
        items: result.items.map(presentCandidate),
      },
      200,
    );
  });
