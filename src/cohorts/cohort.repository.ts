import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Scope } from "../access/domain/resolve-access.ts";
import { scopeCondition } from "../access/scope-condition.ts";
import type { Db } from "../db/client.ts";
import { inRegion } from "../db/list-conditions.ts";
import { participations } from "../participations/participation.table.ts";
import { programs } from "../programs/program.table.ts";
import { regions } from "../regions/region.table.ts";
import { residents } from "../residents/resident.table.ts";
import { workItems } from "../work-items/work-item.table.ts";
import { cohortApplications, cohorts, cohortWorkItems } from "./cohort.table.ts";
import { HOLDS_SLOT } from "./domain/cohort-vocabulary.ts";

export type CohortRow = typeof cohorts.$inferSelect;
export type ApplicationRow = typeof cohortApplications.$inferSelect;

const cohortColumns = {
  cohort: cohorts,
  programNameKo: programs.nameKo,
  programNameEn: programs.nameEn,
  regionNameKo: regions.fullNameKo,
};

export async function listCohorts(
  db: Db,
  filter: { region?: string | undefined; program?: string | undefined; status?: string | undefined },
) {
  return db
    .select(cohortColumns)
    .from(cohorts)
    .innerJoin(programs, eq(programs.code, cohorts.programCode))
    .innerJoin(regions, eq(regions.code, cohorts.regionCode))
    .where(
      and(
        filter.region ? inRegion(cohorts.regionCode, filter.region) : undefined,
        filter.program ? eq(cohorts.programCode, filter.program) : undefined,
        filter.status ? eq(cohorts.status, filter.status as CohortRow["status"]) : undefined,
      ),
    )
    .orderBy(desc(cohorts.periodStart), asc(cohorts.nameKo))
    .limit(500);
}

export async function findCohort(db: Db, id: string) {
  const [row] = await db
    .select(cohortColumns)
    .from(cohorts)
    .innerJoin(programs, eq(programs.code, cohorts.programCode))
    .innerJoin(regions, eq(regions.code, cohorts.regionCode))
    .where(eq(cohorts.id, id));
  return row ?? null;
}

/** The cohort row locked for the rest of the transaction: one selection run at a time. */
export async function lockCohort(tx: Db, id: string): Promise<CohortRow | null> {
  const [row] = await tx.select().from(cohorts).where(eq(cohorts.id, id)).for("update");
  return row ?? null;
}

export async function cohortWorkItemsOf(db: Db, cohortIds: string[]) {
  if (cohortIds.length === 0) return [];
  return db
    .select({
      cohortId: cohortWorkItems.cohortId,
      workItemId: cohortWorkItems.workItemId,
      slots: cohortWorkItems.slots,
      titleKo: workItems.title,
      placeName: workItems.placeName,
      category: workItems.category,
    })
    .from(cohortWorkItems)
    .innerJoin(workItems, eq(workItems.id, cohortWorkItems.workItemId))
    .where(inArray(cohortWorkItems.cohortId, cohortIds));
}

export async function countApplicationsByStatus(db: Db, cohortIds: string[]) {
  if (cohortIds.length === 0) return [];
  return db
    .select({
      cohortId: cohortApplications.cohortId,
      status: cohortApplications.status,
      n: sql<number>`count(*)::int`,
    })
    .from(cohortApplications)
    .where(inArray(cohortApplications.cohortId, cohortIds))
    .groupBy(cohortApplications.cohortId, cohortApplications.status);
}

export async function listApplications(db: Db, cohortId: string, status?: string) {
  return db
    .select()
    .from(cohortApplications)
    .where(
      and(
        eq(cohortApplications.cohortId, cohortId),
        status ? eq(cohortApplications.status, status as ApplicationRow["status"]) : undefined,
      ),
    )
    .orderBy(
      asc(cohortApplications.status),
      desc(cohortApplications.score),
      asc(cohortApplications.createdAt),
    );
}

/** An application with its cohort, inside the caller's scope (region of the cohort, or own). */
export async function findApplication(db: Db, id: string, scope: Scope) {
  const [row] = await db
    .select({ application: cohortApplications, cohort: cohorts })
    .from(cohortApplications)
    .innerJoin(cohorts, eq(cohorts.id, cohortApplications.cohortId))
    .where(
      and(
        eq(cohortApplications.id, id),
        scopeCondition(scope, { regionCode: cohorts.regionCode, residentId: cohortApplications.residentId }),
      ),
    );
  return row ?? null;
}

export async function lockApplication(tx: Db, id: string): Promise<ApplicationRow | null> {
  const [row] = await tx.select().from(cohortApplications).where(eq(cohortApplications.id, id)).for("update");
  return row ?? null;
}

/** A resident's applications with their cohort, program names and the work item they were placed in. */
export async function applicationsOfResident(db: Db, residentId: string) {
  return db
    .select({
      application: cohortApplications,
      cohort: cohorts,
      programNameKo: programs.nameKo,
      programNameEn: programs.nameEn,
      workItemTitle: workItems.title,
    })
    .from(cohortApplications)
    .innerJoin(cohorts, eq(cohorts.id, cohortApplications.cohortId))
    .innerJoin(programs, eq(programs.code, cohorts.programCode))
    .leftJoin(workItems, eq(workItems.id, cohortApplications.workItemId))
    .where(eq(cohortApplications.residentId, residentId))
    .orderBy(desc(cohortApplications.createdAt));
}

/**
 * Locks the residents' rows (in id order, so two selections never wait on each other in a
 * cycle): while held, no other transaction can place the same person, which is what makes
 * "two officers select the same person at once" end with exactly one selection.
 */
export async function lockResidents(tx: Db, residentIds: string[]): Promise<void> {
  const ids = [...new Set(residentIds)].sort();
  if (ids.length === 0) return;
  await tx
    .select({ id: residents.id })
    .from(residents)
    .where(inArray(residents.id, ids))
    .orderBy(asc(residents.id))
    .for("update");
}

/**
 * What counts as the person's participation when screening or selecting for one cohort: their
 * recorded history, plus the other cohorts in which they currently hold a slot (selected or
 * placed) over those cohorts' periods — not yet history, but already a commitment.
 */
export async function commitmentsOf(db: Db, residentIds: string[], exceptCohortId?: string) {
  if (residentIds.length === 0) return [];
  const history = await db
    .select({
      residentId: participations.residentId,
      program: participations.programCode,
      start: participations.startDate,
      end: participations.endDate,
      field: participations.field,
      applicationId: participations.applicationId,
    })
    .from(participations)
    .where(inArray(participations.residentId, residentIds));
  const held = await db
    .select({
      residentId: cohortApplications.residentId,
      applicationId: cohortApplications.id,
      program: cohorts.programCode,
      start: cohorts.periodStart,
      end: cohorts.periodEnd,
      cohortId: cohorts.id,
    })
    .from(cohortApplications)
    .innerJoin(cohorts, eq(cohorts.id, cohortApplications.cohortId))
    .where(
      and(
        inArray(cohortApplications.residentId, residentIds),
        inArray(cohortApplications.status, [...HOLDS_SLOT]),
        exceptCohortId ? ne(cohorts.id, exceptCohortId) : undefined,
      ),
    );
  // A placement already wrote its participation row; count it once.
  const recorded = new Set(history.map((h) => h.applicationId).filter(Boolean));
  return [
    ...history.map((h) => ({
      residentId: h.residentId,
      program: h.program,
      start: h.start,
      ...(h.end ? { end: h.end } : {}),
      ...(h.field ? { field: h.field } : {}),
    })),
    ...held
      .filter((h) => !recorded.has(h.applicationId))
      .map((h) => ({ residentId: h.residentId, program: h.program, start: h.start, end: h.end })),
  ];
}

export async function residentRegion(
  db: Db,
  residentId: string,
): Promise<{ regionCode: string; status: string } | null> {
  const [row] = await db
    .select({ regionCode: residents.regionCode, status: residents.status })
    .from(residents)
    .where(eq(residents.id, residentId));
  return row ?? null;
}
