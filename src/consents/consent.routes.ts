import { createRoute } from "@hono/zod-openapi";
import { auditActorOf } from "../access/audit-actor.ts";
import { requirePermission } from "../access/require-permission.ts";
import { createRouter, deniedResponses, errorResponses, jsonBody, jsonResponse } from "../server/router.ts";
import { unauthenticated } from "../shared/errors.ts";
import { decideMyConsent, readMyConsents } from "./consent.commands.ts";
import { ZConsentDecision, ZConsentState } from "./consent.schema.ts";

const tags = ["consents"];

const read = createRoute({
  method: "get",
  path: "/me/consents",
  tags,
  summary: "My consents per purpose (the latest decision of each), the history, and the notice in force",
  middleware: [requirePermission("consents.read_own")] as const,
  responses: { 200: jsonResponse(ZConsentState, "My consents"), ...deniedResponses },
});

const decide = createRoute({
  method: "post",
  path: "/me/consents",
  tags,
  summary: "Agree to or withdraw one purpose; recorded with the notice version, audited",
  description:
    "Appends a row to the consent history (nothing is overwritten). Repeating the current decision under the " +
    "same notice adds nothing. The required purpose `service` cannot be withdrawn on its own (422): deleting " +
    "the account (POST /api/me/delete) is how it ends.",
  middleware: [requirePermission("consents.update_own")] as const,
  request: { body: jsonBody(ZConsentDecision) },
  responses: {
    200: jsonResponse(ZConsentState, "My consents after the decision"),
    400: errorResponses[400],
    ...deniedResponses,
    422: { ...errorResponses[400], description: "The required purpose cannot be withdrawn (field granted)" },
  },
});

export const consentRoutes = createRouter()
  .openapi(read, async (c) => {
    const principal = c.get("principal");
    if (!principal) throw unauthenticated();
    c.header("Cache-Control", "no-store");
    return c.json(await readMyConsents(c.get("deps").db, principal), 200);
  })
  .openapi(decide, async (c) => {
    const principal = c.get("principal");
    if (!principal) throw unauthenticated();
    const { db, now } = c.get("deps");
    const state = await decideMyConsent(db, principal, c.req.valid("json"), auditActorOf(c), now());
    c.header("Cache-Control", "no-store");
    return c.json(state, 200);
  });
