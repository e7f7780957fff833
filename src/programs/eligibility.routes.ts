import { createRoute } from "@hono/zod-openapi";
import { requirePermission } from "../access/require-permission.ts";
import { createRouter, errorResponses, jsonBody, jsonResponse } from "../server/router.ts";
import { checkEligibility } from "./check-eligibility.ts";
import { ZEligibilityAnswer, ZEligibilityProfile } from "./eligibility.schema.ts";

const check = createRoute({
  middleware: [requirePermission("eligibility.check")] as const,
  method: "post",
  path: "/eligibility",
  tags: ["programs"],
  summary:
    "Self-check: the verdict for every program at once, sorted by fit, with reasons (nothing is stored)",
  request: { body: jsonBody(ZEligibilityProfile) },
  responses: {
    200: jsonResponse(ZEligibilityAnswer, "Verdicts"),
    400: errorResponses[400],
    422: { ...errorResponses[404], description: "Unknown region or no rules for the date" },
  },
});

export const eligibilityRoutes = createRouter().openapi(check, async (c) => {
  const { db, now } = c.get("deps");
  return c.json(await checkEligibility(db, c.req.valid("json"), now()), 200);
});
