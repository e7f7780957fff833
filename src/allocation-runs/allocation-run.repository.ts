/**
 * The SQL of allocation runs: insert, find, and the runner's claim (one open run at a time with
 * SKIP LOCKED and a lease, as the notification sender claims messages), progress and outcome
 * written only by the holder of the current claim token.
 */
import { and, desc, eq, inArray, lt, ne, or, sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { residentPersonalData } from "../residents/resident.table.ts";
import { type AllocationRunRow, allocationRuns } from "./allocation-run.table.ts";
import type { AllocationPhase } from "./domain/allocation-run-vocabulary.ts";

export type AllocationRunInsert = typeof allocationRuns.$inferInsert;

export async function insertAllocationRun(db: Db, values: AllocationRunInsert): Promise<AllocationRunRow> {
  const [row] = await db.insert(allocationRuns).values(values).returning();
  return row!;
}

export async function findAllocationRun(db: Db, id: string): Promise<AllocationRunRow | null> {
  const [row] = await db.select().from(allocationRuns).where(eq(allocationRuns.id, id));
  return row ?? null;
}

export async function lockAllocationRun(tx: Db, id: string): Promise<AllocationRunRow | null> {
  const [row] = await tx.select().from(allocationRuns).where(eq(allocationRuns.id, id)).for("update");
  return row ?? null;
}

/** The live (not failed) run of this input, if one was started before. */
export async function findLiveRunByDigest(db: Db, cohortId: string, digest: string) {
  const [row] = await db
    .select()
    .from(allocationRuns)
    .where(
      and(
        eq(allocationRuns.cohortId, cohortId),
        eq(allocationRuns.inputDigest, digest),
        ne(allocationRuns.status, "failed"),
      ),
    );
  return row ?? null;
}

/** A cohort's runs, newest first, without their proposals. */
export async function listAllocationRuns(db: Db, cohortId: string, limit = 20) {
  return db
    .select()
    .from(allocationRuns)
    .where(eq(allocationRuns.cohortId, cohortId))
    .orderBy(desc(allocationRuns.createdAt), desc(allocationRuns.id))
    .limit(limit);
}

/**
 * Claims one open run (a given one, or the oldest): queued, or running with its lease run out (a
 * runner that died). The claim sets a fresh token and a lease; a run that has used up its
 * attempts is not claimed (failAbandonedRuns ends it).
 */
export async function claimAllocationRun(
  db: Db,
  options: { runId?: string; now: Date; leaseMs: number; token: string; maxAttempts: number },
): Promise<AllocationRunRow | null> {
  const { now, leaseMs, token, maxAttempts } = options;
  const claimable = and(
    or(
      eq(allocationRuns.status, "queued"),
      and(eq(allocationRuns.status, "running"), lt(allocationRuns.leaseUntil, now)),
    ),
    lt(allocationRuns.attempts, maxAttempts),
    options.runId ? eq(allocationRuns.id, options.runId) : undefined,
  );
  const next = db
    .select({ id: allocationRuns.id })
    .from(allocationRuns)
    .where(claimable)
    .orderBy(allocationRuns.createdAt)
    .limit(1)
    .for("update", { skipLocked: true });
  const [row] = await db
    .update(allocationRuns)
    .set({
      status: "running",
      claimToken: token,
      leaseUntil: new Date(now.getTime() + leaseMs),
      attempts: sql`${allocationRuns.attempts} + 1`,
      startedAt: sql`coalesce(${allocationRuns.startedAt}, ${now.toISOString()}::timestamptz)`,
      progress: { phase: "loading", done: 0, total: 0 },
      updatedAt: now,
    })
    .where(inArray(allocationRuns.id, next))
    .returning();
  return row ?? null;
}

/** Runs a runner died on after their last attempt: failed, so that the officer can start again. */
export async function failAbandonedRuns(db: Db, now: Date, maxAttempts: number): Promise<number> {
  const rows = await db
    .update(allocationRuns)
    .set({
      status: "failed",
      error: "The run was interrupted on its last attempt; start it again.",
      claimToken: null,
      leaseUntil: null,
      finishedAt: now,
      updatedAt: now,
    })
    .where(
      and(
        eq(allocationRuns.status, "running"),
        lt(allocationRuns.leaseUntil, now),
        sql`${allocationRuns.attempts} >= ${maxAttempts}`,
      ),
    )
    .returning({ id: allocationRuns.id });
  return rows.length;
}

const held = (id: string, token: string) =>
  and(eq(allocationRuns.id, id), eq(allocationRuns.claimToken, token), eq(allocationRuns.status, "running"));

/** Progress, and a longer lease: a run that reports is alive. False when the claim was lost. */
export async function recordProgress(
  db: Db,
  id: string,
  token: string,
  progress: { phase: AllocationPhase; done: number; total: number },
  now: Date,
  leaseMs: number,
): Promise<boolean> {
  const rows = await db
    .update(allocationRuns)
    .set({ progress, leaseUntil: new Date(now.getTime() + leaseMs), updatedAt: now })
    .where(held(id, token))
    .returning({ id: allocationRuns.id });
  return rows.length > 0;
}

export async function recordOutcome(
  db: Db,
  id: string,
  token: string,
  values: Partial<AllocationRunInsert>,
): Promise<AllocationRunRow | null> {
  const [row] = await db
    .update(allocationRuns)
    .set({ ...values, claimToken: null, leaseUntil: null })
    .where(held(id, token))
    .returning();
  return row ?? null;
}

export async function markConfirmed(
  tx: Db,
  id: string,
  values: Pick<AllocationRunInsert, "confirmedBy" | "confirmedAt" | "confirmation" | "updatedAt">,
): Promise<AllocationRunRow> {
  const [row] = await tx
    .update(allocationRuns)
    .set({ ...values, status: "confirmed" })
    .where(eq(allocationRuns.id, id))
    .returning();
  return row!;
}

/** The sealed personal rows of these residents (the presenter opens the names to mask them). */
export async function findPersonalRows(db: Db, residentIds: string[]) {
  if (residentIds.length === 0) return [];
  return db.select().from(residentPersonalData).where(inArray(residentPersonalData.residentId, residentIds));
}
