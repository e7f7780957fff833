import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { z } from "zod";
import { auditActorOf } from "../access/audit-actor.ts";
import { withinScope } from "../access/domain/resolve-access.ts";
import { requirePermission } from "../access/require-permission.ts";
import type { Db } from "../db/client.ts";
import { maskName } from "../residents/domain/mask-personal-data.ts";
import { findPersonalData } from "../residents/resident.repository.ts";
import {
  type AppEnv,
  createRouter,
  deniedResponses,
  errorResponses,
  jsonBody,
  jsonResponse,
} from "../server/router.ts";
import { AppError, forbidden, notFound } from "../shared/errors.ts";
import {
  APPLICATION,
  applyToCohort,
  COHORT,
  createCohort,
  decideApplication,
  screenCohort,
  selectCohort,
  transitionCohort,
} from "./cohort.commands.ts";
import { presentApplication, presentCohort } from "./cohort.presenter.ts";
import {
  type ApplicationRow,
  applicationsOfResident,
  cohortWorkItemsOf,
  countApplicationsByStatus,
  findApplication,
  findCohort,
  listApplications,
  listCohorts,
} from "./cohort.repository.ts";
import {
  ZApplication,
  ZApplicationActionBody,
  ZApplicationActionParam,
  ZApplicationCreate,
  ZBulkResult,
  ZCohort,
  ZCohortActionParam,
  ZCohortCreate,
  ZCohortIdParam,
  ZCohortQuery,
  ZTransitionResult,
} from "./cohort.schema.ts";

const tags = ["cohorts"];
const conflictResponse = { 409: { ...errorResponses[404], description: "Not allowed in the current state" } };
const unprocessable = {
  422: { ...errorResponses[404], description: "A referenced record is unknown or out of place" },
};

const list = createRoute({
  middleware: [requirePermission("cohorts.read")] as const,
  method: "get",
  path: "/cohorts",
  tags,
  summary: "Cohorts by region, program and status",
  request: { query: ZCohortQuery },
  responses: {
    200: jsonResponse(z.object({ items: z.array(ZCohort) }), "Cohorts"),
    400: errorResponses[400],
  },
});
const create = createRoute({
  middleware: [requirePermission("cohorts.manage")] as const,
  method: "post",
  path: "/cohorts",
  tags,
  summary: "Create a cohort (draft) with its recruitment window, period, slots, budget and work items",
  request: { body: jsonBody(ZCohortCreate) },
  responses: {
    201: jsonResponse(ZCohort, "Created"),
    400: errorResponses[400],
    ...deniedResponses,
    ...unprocessable,
  },
});
const detail = createRoute({
  middleware: [requirePermission("cohorts.read")] as const,
  method: "get",
  path: "/cohorts/{id}",
  tags,
  summary: "A cohort with its work items and applications counted by status",
  request: { params: ZCohortIdParam },
  responses: { 200: jsonResponse(ZCohort, "Cohort"), ...errorResponses },
});
const transition = createRoute({
  middleware: [requirePermission("cohorts.manage")] as const,
  method: "post",
  path: "/cohorts/{id}/actions/{action}",
  tags,
  summary: "open_recruitment, close_recruitment, start or close (idempotent, audited)",
  request: { params: ZCohortActionParam },
  responses: {
    200: jsonResponse(z.object({ changed: z.boolean(), cohort: ZCohort }), "Cohort"),
    ...errorResponses,
    ...deniedResponses,
    ...conflictResponse,
  },
});
const screen = createRoute({
  middleware: [requirePermission("cohorts.manage")] as const,
  method: "post",
  path: "/cohorts/{id}/screen",
  tags,
  summary: "Screen every undecided application with the eligibility engine",
  request: { params: ZCohortIdParam },
  responses: {
    200: jsonResponse(ZBulkResult, "Screened"),
    ...errorResponses,
    ...deniedResponses,
    ...conflictResponse,
  },
});
const select = createRoute({
  middleware: [requirePermission("cohorts.manage")] as const,
  method: "post",
  path: "/cohorts/{id}/select",
  tags,
  summary: "Select in priority-score order for the free slots; wait-list the rest; tell the ineligible why",
  request: { params: ZCohortIdParam },
  responses: {
    200: jsonResponse(ZBulkResult, "Selected"),
    ...errorResponses,
    ...deniedResponses,
    ...conflictResponse,
  },
});
const applications = createRoute({
  middleware: [requirePermission("applications.read")] as const,
  method: "get",
  path: "/cohorts/{id}/applications",
  tags,
  summary: "A cohort's applicants with eligibility, score breakdown and decisions (names masked)",
  request: { params: ZCohortIdParam },
  responses: {
    200: jsonResponse(z.object({ items: z.array(ZApplication) }), "Applications"),
    ...errorResponses,
    ...deniedResponses,
  },
});
const apply = createRoute({
  middleware: [requirePermission("applications.create")] as const,
  method: "post",
  path: "/cohorts/{id}/applications",
  tags,
  summary:
    "Apply (a resident for themself) or enter a walk-in application (an officer); idempotent per person",
  request: { params: ZCohortIdParam, body: jsonBody(ZApplicationCreate) },
  responses: {
    200: jsonResponse(ZApplication, "Already applied"),
    201: jsonResponse(ZApplication, "Applied"),
    ...errorResponses,
    ...deniedResponses,
    ...conflictResponse,
    ...unprocessable,
  },
});
const decide = createRoute({
  middleware: [requirePermission("applications.decide")] as const,
  method: "post",
  path: "/applications/{id}/{action}",
  tags,
  summary:
    "select, waitlist, reject (reason), place (work item) or withdraw one application (idempotent, audited)",
  request: { params: ZApplicationActionParam, body: jsonBody(ZApplicationActionBody) },
  responses: {
    200: jsonResponse(ZTransitionResult, "Result"),
    ...errorResponses,
    ...deniedResponses,
    ...conflictResponse,
    ...unprocessable,
  },
});
const withdrawMine = createRoute({
  middleware: [requirePermission("applications.withdraw_own")] as const,
  method: "post",
  path: "/me/applications/{id}/withdraw",
  tags,
  summary: "Withdraw my own application (a freed slot goes to the waiting list)",
  request: { params: ZCohortIdParam, body: jsonBody(ZApplicationActionBody) },
  responses: {
    200: jsonResponse(ZTransitionResult, "Result"),
    ...errorResponses,
    ...deniedResponses,
    ...conflictResponse,
  },
});
const mine = createRoute({
  middleware: [requirePermission("applications.read")] as const,
  method: "get",
  path: "/me/applications",
  tags,
  summary: "My applications and their status",
  responses: {
    200: jsonResponse(z.object({ items: z.array(ZApplication) }), "My applications"),
    ...deniedResponses,
  },
});

async function cohortView(db: Db, id: string) {
  const row = await findCohort(db, id);
  if (!row) throw notFound(COHORT, id);
  const [items, counts] = await Promise.all([
    cohortWorkItemsOf(db, [id]),
    countApplicationsByStatus(db, [id]),
  ]);
  return presentCohort(row, items, Object.fromEntries(counts.map((c) => [c.status, Number(c.n)])));
}

async function masked(db: Db, app: ApplicationRow): Promise<string | null> {
  const personal = await findPersonalData(db, app.residentId);
  return personal ? maskName(personal.name) : null;
}

/** A cohort the caller manages: outside their region it is a 403 (cohorts are public, so no 404 trick). */
async function requireCohortReach(c: Context<AppEnv>, id: string) {
  const row = await findCohort(c.get("deps").db, id);
  if (!row) throw notFound(COHORT, id);
  if (!withinScope(c.get("scope"), { regionCode: row.cohort.regionCode })) throw forbidden();
  return row.cohort;
}

export const cohortRoutes = createRouter()
  .openapi(list, async (c) => {
    const { db } = c.get("deps");
    const rows = await listCohorts(db, c.req.valid("query"));
    const ids = rows.map((r) => r.cohort.id);
    const [items, counts] = await Promise.all([
      cohortWorkItemsOf(db, ids),
      countApplicationsByStatus(db, ids),
    ]);
    return c.json(
      {
        items: rows.map((r) =>
          presentCohort(
            r,
            items.filter((i) => i.cohortId === r.cohort.id),
            Object.fromEntries(
              counts.filter((x) => x.cohortId === r.cohort.id).map((x) => [x.status, Number(x.n)]),
            ),
          ),
        ),
      },
      200,
    );
  })
  .openapi(create, async (c) => {
    const { db, now } = c.get("deps");
    const input = c.req.valid("json");
    if (!withinScope(c.get("scope"), { regionCode: input.regionCode })) throw forbidden();
    const row = await createCohort(db, input, auditActorOf(c), now());
    return c.json(await cohortView(db, row.id), 201);
  })
  .openapi(detail, async (c) => c.json(await cohortView(c.get("deps").db, c.req.valid("param").id), 200))
  .openapi(transition, async (c) => {
    const { db, now } = c.get("deps");
    const { id, action } = c.req.valid("param");
    await requireCohortReach(c, id);
    const result = await transitionCohort(db, id, action, auditActorOf(c), now());
    return c.json({ changed: result.changed, cohort: await cohortView(db, id) }, 200);
  })
  .openapi(screen, async (c) => {
    const { db, now } = c.get("deps");
    const { id } = c.req.valid("param");
    await requireCohortReach(c, id);
    return c.json(await screenCohort(db, id, auditActorOf(c), now()), 200);
  })
  .openapi(select, async (c) => {
    const { db, now } = c.get("deps");
    const { id } = c.req.valid("param");
    await requireCohortReach(c, id);
    return c.json(await selectCohort(db, id, auditActorOf(c), now()), 200);
  })
  .openapi(applications, async (c) => {
    const { db } = c.get("deps");
    const { id } = c.req.valid("param");
    const scope = c.get("scope");
    const row = await findCohort(db, id);
    if (!row) throw notFound(COHORT, id);
    let rows = await listApplications(db, id);
    if (scope.kind === "resident") rows = rows.filter((a) => a.residentId === scope.residentId);
    else if (!withinScope(scope, { regionCode: row.cohort.regionCode })) throw forbidden();
    const items = [];
    for (const app of rows) items.push(presentApplication(app, await masked(db, app)));
    return c.json({ items }, 200);
  })
  .openapi(apply, async (c) => {
    const { db, now } = c.get("deps");
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    const scope = c.get("scope");
    let residentId: string;
    let channel: "online" | "walk_in";
    if (scope.kind === "resident") {
      if (!scope.residentId) throw forbidden();
      if (body.residentId && body.residentId !== scope.residentId) throw forbidden();
      residentId = scope.residentId;
      channel = "online";
    } else {
      await requireCohortReach(c, id);
      if (!body.residentId) {
        throw new AppError(
          "validation_failed",
          { ko: "입력값을 확인해 주세요.", en: "Some fields are not valid." },
          [
            {
              field: "residentId",
              reason: "required",
              messageKo: "방문 신청은 주민을 지정해야 합니다",
              messageEn: "A walk-in application names the resident",
            },
          ],
        );
      }
      residentId = body.residentId;
      channel = "walk_in";
    }
    const { created, application } = await applyToCohort(
      db,
      id,
      { residentId, facts: body.facts, channel },
      auditActorOf(c),
      now(),
    );
    const view = presentApplication(application, await masked(db, application));
    return created ? c.json(view, 201) : c.json(view, 200);
  })
  .openapi(decide, async (c) => {
    const { db, now } = c.get("deps");
    const { id, action } = c.req.valid("param");
    const found = await findApplication(db, id, c.get("scope"));
    if (!found) throw notFound(APPLICATION, id);
    const result = await decideApplication(
      db,
      { id, cohortId: found.cohort.id },
      action,
      c.req.valid("json"),
      auditActorOf(c),
      now(),
    );
    return c.json(
      {
        changed: result.changed,
        application: presentApplication(result.application, await masked(db, result.application)),
      },
      200,
    );
  })
  .openapi(withdrawMine, async (c) => {
    const { db, now } = c.get("deps");
    const { id } = c.req.valid("param");
    const found = await findApplication(db, id, c.get("scope"));
    if (!found) throw notFound(APPLICATION, id);
    const result = await decideApplication(
      db,
      { id, cohortId: found.cohort.id },
      "withdraw",
      c.req.valid("json"),
      auditActorOf(c),
      now(),
    );
    return c.json(
      {
        changed: result.changed,
        application: presentApplication(result.application, await masked(db, result.application)),
      },
      200,
    );
  })
  .openapi(mine, async (c) => {
    const { db } = c.get("deps");
    const scope = c.get("scope");
    if (scope.kind !== "resident" || !scope.residentId) return c.json({ items: [] }, 200);
    const rows = await applicationsOfResident(db, scope.residentId);
    return c.json({ items: rows.map((r) => presentApplication(r.application, null, r.cohort, r)) }, 200);
  });
