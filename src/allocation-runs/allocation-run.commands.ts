/**
 * The writes of cohort allocation: start a run (idempotent per input digest), carry a run out
 * (claimed, with progress, solved on worker threads when large), and confirm one — select and
 * place the proposed applicants through the cohort's own commands, in one transaction, audited.
 */
import { randomUUID } from "node:crypto";
import type { AuditActor } from "../audit/domain/audit-vocabulary.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { COHORT, decideApplication } from "../cohorts/cohort.commands.ts";
import { lockCohort } from "../cohorts/cohort.repository.ts";
import { STATE_LABELS } from "../cohorts/domain/cohort-vocabulary.ts";
import type { Db } from "../db/client.ts";
import type { ComponentRunner } from "../matching/domain/solve-allocation.ts";
import { componentsInWorkers } from "../matching/solve-components-in-workers.ts";
import { AppError, type FieldError, notFound } from "../shared/errors.ts";
import { loadAllocationInput } from "./allocation-inputs.ts";
import { openProposal, sealProposal } from "./allocation-proposal-seal.ts";
import {
  claimAllocationRun,
  failAbandonedRuns,
  findAllocationRun,
  findLiveRunByDigest,
  insertAllocationRun,
  lockAllocationRun,
  markConfirmed,
  recordOutcome,
  recordProgress,
} from "./allocation-run.repository.ts";
import type {
  AllocationRunOptions,
  ConfirmationRecord,
  TAllocationRunConfirm,
} from "./allocation-run.schema.ts";
import { ZAllocationRunConfirm } from "./allocation-run.schema.ts";
import type { AllocationRunRow } from "./allocation-run.table.ts";
import type { AllocationPhase } from "./domain/allocation-run-vocabulary.ts";
import { scoreCohortPairs } from "./domain/cohort-allocation-problem.ts";
import { describeProposal } from "./domain/describe-proposal.ts";
import { planConfirmation } from "./domain/plan-confirmation.ts";
import { solveCohortAllocation } from "./domain/solve-cohort-allocation.ts";

export const ALLOCATION_RUN = { ko: "배정 계산", en: "allocation run" };

export const RUN_DEFAULTS = {
  /** A runner that stops reporting for this long has died; another may take the run over. */
  leaseMs: 2 * 60_000,
  maxAttempts: 3,
  /** Up to this many (applicant × work item) pairs a run is carried out within the request. */
  inlinePairs: 200_000,
} as const;

/** MAEUL_ALLOCATION_INLINE_PAIRS overrides where runs move to the background (0: always queued). */
export function inlinePairLimit(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.MAEUL_ALLOCATION_INLINE_PAIRS);
  return env.MAEUL_ALLOCATION_INLINE_PAIRS !== undefined && Number.isFinite(value) && value >= 0
    ? value
    : RUN_DEFAULTS.inlinePairs;
}

const conflict = (ko: string, en: string) => new AppError("conflict", { ko, en });

/** Cohorts an allocation is for: closed to applications, before or while running. */
const ALLOCATING = ["selecting", "running"] as const;

/**
 * Starts a run of the cohort's current input, or returns the live run of the same input (the
 * digest): asking twice does not compute twice. The cohort row is locked meanwhile, so two
 * officers asking at once get the same run.
 */
export async function startAllocationRun(
  db: Db,
  cohortId: string,
  options: AllocationRunOptions,
  actor: AuditActor,
  now: Date,
): Promise<{ created: boolean; run: AllocationRunRow; pairs: number }> {
  return db.transaction(async (tx) => {
    const cohort = await lockCohort(tx, cohortId);
    if (!cohort) throw notFound(COHORT, cohortId);
    if (!(ALLOCATING as readonly string[]).includes(cohort.status)) {
      throw conflict(
        `'${STATE_LABELS[cohort.status].ko}' 상태의 회차는 배정할 수 없습니다. 모집을 마감하고 자격 심사를 한 뒤에 계산하세요`,
        `A cohort that is ${STATE_LABELS[cohort.status].en} cannot be allocated: close recruitment and screen first`,
      );
    }
    const loaded = (await loadAllocationInput(tx, cohortId, options))!;
    const pairs = loaded.input.applicants.length * loaded.input.workItems.length;
    const existing = await findLiveRunByDigest(tx, cohortId, loaded.digest);
    if (existing) return { created: false, run: existing, pairs };
    const id = randomUUID();
    const run = await insertAllocationRun(tx, {
      id,
      cohortId,
      regionCode: cohort.regionCode,
      status: "queued",
      inputDigest: loaded.digest,
      options,
      progress: { phase: "queued", done: 0, total: loaded.input.applicants.length },
      requestedBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, actor, {
      action: "create",
      subjectType: "allocation_run",
      subjectId: id,
      regionCode: cohort.regionCode,
      details: {
        cohortId,
        applicants: loaded.input.applicants.length,
        workItems: loaded.input.workItems.length,
        quotas: options.quotas.map((q) => q.group),
        priorityWeight: options.priorityWeight,
      },
      at: now,
    });
    return { created: true, run, pairs };
  });
}

export interface CarryOutOptions {
  /** A given run; default: the oldest open one. */
  runId?: string;
  now?: () => Date;
  leaseMs?: number;
  maxAttempts?: number;
  runner?: ComponentRunner;
  log?: (line: string) => void;
}

/**
 * Claims an open run and carries it out: reads the cohort again (if it has changed since the run
 * was asked for, the run fails and says so: its proposal would answer another question), scores
 * the pairs with progress, solves, explains, and stores the proposal sealed. Returns the run as it
 * ended, or null when nothing was open.
 */
export async function carryOutAllocationRun(
  db: Db,
  options: CarryOutOptions = {},
): Promise<AllocationRunRow | null> {
  const now = options.now ?? (() => new Date());
  const leaseMs = options.leaseMs ?? RUN_DEFAULTS.leaseMs;
  const maxAttempts = options.maxAttempts ?? RUN_DEFAULTS.maxAttempts;
  await failAbandonedRuns(db, now(), maxAttempts);
  const token = randomUUID();
  const run = await claimAllocationRun(db, {
    ...(options.runId ? { runId: options.runId } : {}),
    now: now(),
    leaseMs,
    token,
    maxAttempts,
  });
  if (!run) return null;
  const progress = (phase: AllocationPhase, done: number, total: number) =>
    recordProgress(db, run.id, token, { phase, done, total }, now(), leaseMs);
  const started = performance.now();
  try {
    const loaded = await loadAllocationInput(db, run.cohortId, run.options);
    if (!loaded || loaded.digest !== run.inputDigest) {
      return await recordOutcome(db, run.id, token, {
        status: "failed",
        error:
          "The cohort changed after the run was asked for (applications, places or work items); start a new run.",
        progress: { phase: "finished", done: 0, total: 0 },
        finishedAt: now(),
        updatedAt: now(),
      });
    }
    const steps = scoreCohortPairs(loaded.input);
    let step = steps.next();
    while (!step.done) {
      if (!(await progress("scoring", step.value.done, step.value.total)))
        return findAllocationRun(db, run.id);
      step = steps.next();
    }
    const problem = step.value;
    await progress("solving", 0, problem.pairs.length);
    const solution = await solveCohortAllocation(problem, options.runner ?? componentsInWorkers());
    await progress("explaining", 0, solution.assigned);
    const { proposal, stats } = describeProposal(problem, solution);
    const seconds = (performance.now() - started) / 1000;
    const ended = await recordOutcome(db, run.id, token, {
      status: "done",
      objective: solution.objective,
      optimal: solution.optimal,
      bound: solution.bound,
      stats: {
        ...stats,
        verification: {
          method: solution.method,
          bound: solution.bound,
          gap: solution.gap,
          relativeGap: solution.relativeGap,
          solves: solution.solves,
        },
        seconds,
      },
      proposalEnc: sealProposal(run.id, proposal),
      progress: {
        phase: "finished",
        done: loaded.input.applicants.length,
        total: loaded.input.applicants.length,
      },
      finishedAt: now(),
      updatedAt: now(),
    });
    options.log?.(
      `allocation run ${run.id}: ${stats.assigned} of ${stats.applicants} applicants placed in ${seconds.toFixed(2)} s` +
        (solution.optimal ? " (proven optimal)" : ` (gap ${solution.relativeGap.toExponential(2)})`),
    );
    return ended ?? findAllocationRun(db, run.id);
  } catch (error) {
    options.log?.(`allocation run ${run.id} failed: ${(error as Error).message}`);
    return (
      (await recordOutcome(db, run.id, token, {
        status: "failed",
        error: (error as Error).message.slice(0, 500),
        progress: { phase: "finished", done: 0, total: 0 },
        finishedAt: now(),
        updatedAt: now(),
      })) ?? findAllocationRun(db, run.id)
    );
  }
}

/** Carries out open runs until none is left (the runner's pass; `maeul`-less tests call it directly). */
export async function carryOutOpenRuns(
  db: Db,
  options: Omit<CarryOutOptions, "runId"> = {},
): Promise<number> {
  let done = 0;
  while (await carryOutAllocationRun(db, options)) done++;
  return done;
}

/**
 * Confirms a finished run, with the officer's adjustments (pairs removed, applicants moved or
 * added to a work item), re-checked against the cohort as it is now: the run must still answer
 * the cohort's current input (else 409), every pair must pass the hard conditions, and places per
 * work item, the cohort's places and the age cap must hold (else 422, field by field). Then, in
 * the same transaction, each applicant is selected and placed through the cohort's commands
 * (audited, with their notifications), the eligible left over go to the waiting list in score
 * order, and the run is marked confirmed. Confirming again changes nothing.
 */
export async function confirmAllocationRun(
  db: Db,
  ids: { cohortId: string; runId: string },
  body: TAllocationRunConfirm,
  actor: AuditActor,
  now: Date,
): Promise<{ changed: boolean; run: AllocationRunRow }> {
  const adjustments = ZAllocationRunConfirm.parse(body);
  return db.transaction(async (tx) => {
    const cohort = await lockCohort(tx, ids.cohortId);
    if (!cohort) throw notFound(COHORT, ids.cohortId);
    const run = await lockAllocationRun(tx, ids.runId);
    if (!run || run.cohortId !== ids.cohortId) throw notFound(ALLOCATION_RUN, ids.runId);
    if (run.status === "confirmed") return { changed: false, run };
    if (run.status !== "done") {
      throw conflict(
        "배정 계산이 끝나지 않았거나 실패했습니다. 끝난 계산만 확정할 수 있습니다",
        "Only a finished allocation run can be confirmed",
      );
    }
    const loaded = await loadAllocationInput(tx, ids.cohortId, run.options);
    if (!loaded || loaded.digest !== run.inputDigest) {
      throw conflict(
        "배정을 계산한 뒤 회차의 신청·자리·일감이 바뀌었습니다. 다시 계산한 뒤 확정하세요",
        "The cohort's applications, places or work items changed after this run; run the allocation again",
      );
    }
    const proposal = openProposal(run.id, run.proposalEnc!);
    const plan = planConfirmation(loaded.input, proposal.assignments, adjustments);
    if (plan.errors.length > 0) throw unprocessable(plan.errors);

    const decide = (applicationId: string, action: "select" | "place" | "waitlist", workItemId?: string) =>
      decideApplication(
        tx,
        { id: applicationId, cohortId: ids.cohortId },
        action,
        { reason: undefined, workItemId },
        actor,
        now,
      );
    let selected = 0;
    let placed = 0;
    for (const pair of plan.pairs) {
      if ((await decide(pair.applicationId, "select")).changed) selected++;
      if ((await decide(pair.applicationId, "place", pair.workItemId)).changed) placed++;
    }
    let waitlisted = 0;
    for (const applicationId of plan.waitlist) {
      if ((await decide(applicationId, "waitlist")).changed) waitlisted++;
    }
    const confirmation: ConfirmationRecord = {
      selected,
      placed,
      waitlisted,
      removed: adjustments.remove.length,
      changed: adjustments.change.length,
    };
    const confirmed = await markConfirmed(tx, run.id, {
      confirmedBy: actor.userId,
      confirmedAt: now,
      confirmation,
      updatedAt: now,
    });
    await recordAudit(tx, actor, {
      action: "update",
      subjectType: "allocation_run",
      subjectId: run.id,
      regionCode: cohort.regionCode,
      details: { transition: "confirm", cohortId: cohort.id, ...confirmation },
      at: now,
    });
    return { changed: true, run: confirmed };
  });
}

function unprocessable(fields: FieldError[]) {
  return new AppError(
    "unprocessable",
    {
      ko: "조정한 배정이 정원·자격 조건에 맞지 않습니다",
      en: "The adjusted allocation breaks a place limit or an eligibility condition",
    },
    fields,
  );
}
