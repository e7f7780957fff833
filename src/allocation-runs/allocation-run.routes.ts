/**
 * Optimal allocation of a cohort, for its officers: start a run (carried out within the request
 * when small, else queued for the background runner), follow it, read the proposal, confirm it.
 */
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { z } from "zod";
import { auditActorOf } from "../access/audit-actor.ts";
import { withinScope } from "../access/domain/resolve-access.ts";
import { requirePermission } from "../access/require-permission.ts";
import { COHORT } from "../cohorts/cohort.commands.ts";
import { findCohort } from "../cohorts/cohort.repository.ts";
import { ZCohortIdParam } from "../cohorts/cohort.schema.ts";
import type { Db } from "../db/client.ts";
import {
  type AppEnv,
  createRouter,
  deniedResponses,
  errorResponses,
  jsonBody,
  jsonResponse,
} from "../server/router.ts";
import { forbidden, notFound } from "../shared/errors.ts";
import { loadAllocationInput } from "./allocation-inputs.ts";
import {
  ALLOCATION_RUN,
  carryOutAllocationRun,
  confirmAllocationRun,
  inlinePairLimit,
  startAllocationRun,
} from "./allocation-run.commands.ts";
import { presentAllocationRun } from "./allocation-run.presenter.ts";
import { findAllocationRun, listAllocationRuns } from "./allocation-run.repository.ts";
import {
  ZAllocationRun,
  ZAllocationRunConfirm,
  ZAllocationRunConfirmResult,
  ZAllocationRunParam,
  ZAllocationRunStart,
} from "./allocation-run.schema.ts";
import type { AllocationRunRow } from "./allocation-run.table.ts";
import { wakeAllocationRunners } from "./allocation-runner.ts";

const tags = ["allocation"];
const conflictResponse = { 409: { ...errorResponses[404], description: "Not allowed in the current state" } };
const unprocessable = {
  422: { ...errorResponses[404], description: "The adjusted allocation breaks a limit or a condition" },
};

const start = createRoute({
  middleware: [requirePermission("allocation.run")] as const,
  method: "post",
  path: "/cohorts/{id}/allocation-runs",
  tags,
  summary:
    "Compute the optimal allocation of the cohort's eligible applicants to its work items; the same input returns the same run",
  request: { params: ZCohortIdParam, body: jsonBody(ZAllocationRunStart) },
  responses: {
    200: jsonResponse(ZAllocationRun, "The run of this input, started before"),
    201: jsonResponse(ZAllocationRun, "Started and finished"),
    202: jsonResponse(ZAllocationRun, "Started; carried out in the background (follow its progress)"),
    ...errorResponses,
    ...deniedResponses,
    ...conflictResponse,
  },
});
const list = createRoute({
  middleware: [requirePermission("allocation.read")] as const,
  method: "get",
  path: "/cohorts/{id}/allocation-runs",
  tags,
  summary: "The cohort's allocation runs, newest first (figures, no proposal)",
  request: { params: ZCohortIdParam },
  responses: {
    200: jsonResponse(z.object({ items: z.array(ZAllocationRun) }), "Runs"),
    ...errorResponses,
    ...deniedResponses,
  },
});
const detail = createRoute({
  middleware: [requirePermission("allocation.read")] as const,
  method: "get",
  path: "/cohorts/{id}/allocation-runs/{runId}",
  tags,
  summary: "A run: status and progress; when done, the proposal (names masked) with explanations and reasons",
  request: { params: ZAllocationRunParam },
  responses: { 200: jsonResponse(ZAllocationRun, "Run"), ...errorResponses, ...deniedResponses },
});
const confirm = createRoute({
  middleware: [requirePermission("allocation.confirm")] as const,
  method: "post",
  path: "/cohorts/{id}/allocation-runs/{runId}/confirm",
  tags,
  summary:
    "Confirm the proposal with optional adjustments: select and place in one transaction (audited, notified; idempotent)",
  request: { params: ZAllocationRunParam, body: jsonBody(ZAllocationRunConfirm) },
  responses: {
    200: jsonResponse(ZAllocationRunConfirmResult, "Confirmed (changed: false when it already was)"),
    ...errorResponses,
    ...deniedResponses,
    ...conflictResponse,
    ...unprocessable,
  },
});

/** A cohort of the caller's region (cohorts are public, so another region's is a 403, not a 404). */
async function requireCohortReach(c: Context<AppEnv>, id: string) {
  const row = await findCohort(c.get("deps").db, id);
  if (!row) throw notFound(COHORT, id);
  if (!withinScope(c.get("scope"), { regionCode: row.cohort.regionCode })) throw forbidden();
  return row.cohort;
}

async function runOf(db: Db, cohortId: string, runId: string): Promise<AllocationRunRow> {
  const run = await findAllocationRun(db, runId);
  if (!run || run.cohortId !== cohortId) throw notFound(ALLOCATION_RUN, runId);
  return run;
}

/** Whether a finished run no longer answers the cohort's current input. */
async function isStale(db: Db, run: AllocationRunRow, digests = new Map<string, string | null>()) {
  if (run.status !== "done") return false;
  const key = JSON.stringify(run.options);
  if (!digests.has(key)) {
    digests.set(key, (await loadAllocationInput(db, run.cohortId, run.options))?.digest ?? null);
  }
  return digests.get(key) !== run.inputDigest;
}

export const allocationRunRoutes = createRouter()
  .openapi(start, async (c) => {
    const { db, now } = c.get("deps");
    const { id } = c.req.valid("param");
    await requireCohortReach(c, id);
    const started = await startAllocationRun(db, id, c.req.valid("json"), auditActorOf(c), now());
    let run = started.run;
    const limit = inlinePairLimit();
    if (started.created && limit > 0 && started.pairs <= limit) {
      run = (await carryOutAllocationRun(db, { runId: run.id, now })) ?? run;
    } else if (started.created) {
      wakeAllocationRunners();
    }
    const view = await presentAllocationRun(db, run, { proposal: true, stale: false });
    if (!started.created) return c.json(view, 200);
    return run.status === "queued" || run.status === "running" ? c.json(view, 202) : c.json(view, 201);
  })
  .openapi(list, async (c) => {
    const { db } = c.get("deps");
    const { id } = c.req.valid("param");
    await requireCohortReach(c, id);
    const digests = new Map<string, string | null>();
    const items = [];
    for (const run of await listAllocationRuns(db, id)) {
      items.push(
        await presentAllocationRun(db, run, { proposal: false, stale: await isStale(db, run, digests) }),
      );
    }
    return c.json({ items }, 200);
  })
  .openapi(detail, async (c) => {
    const { db } = c.get("deps");
    const { id, runId } = c.req.valid("param");
    await requireCohortReach(c, id);
    const run = await runOf(db, id, runId);
    return c.json(
      await presentAllocationRun(db, run, { proposal: true, stale: await isStale(db, run) }),
      200,
    );
  })
  .openapi(confirm, async (c) => {
    const { db, now } = c.get("deps");
    const { id, runId } = c.req.valid("param");
    await requireCohortReach(c, id);
    await runOf(db, id, runId);
    const result = await confirmAllocationRun(
      db,
      { cohortId: id, runId },
      c.req.valid("json"),
      auditActorOf(c),
      now(),
    );
    return c.json(
      {
        changed: result.changed,
        run: await presentAllocationRun(db, result.run, { proposal: true, stale: false }),
      },
      200,
    );
  });
