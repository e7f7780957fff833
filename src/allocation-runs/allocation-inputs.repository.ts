/**
 * The rows a cohort's allocation is built from: the cohort, all its applications (the eligible
 * are the candidates; those holding a place count against the cohort's places), the eligible
 * residents' matching fields, and its work items with the places the cohort gives each.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import { cohortApplications, cohorts, cohortWorkItems } from "../cohorts/cohort.table.ts";
import type { Db } from "../db/client.ts";
import { residentMatchingColumns, workItemMatchingColumns } from "../matching/recommendation.repository.ts";
import { residents } from "../residents/resident.table.ts";
import { workItems } from "../work-items/work-item.table.ts";

export async function loadAllocationRows(db: Db, cohortId: string) {
  const [cohort] = await db.select().from(cohorts).where(eq(cohorts.id, cohortId));
  if (!cohort) return null;
  const applications = await db
    .select()
    .from(cohortApplications)
    .where(eq(cohortApplications.cohortId, cohortId))
    .orderBy(asc(cohortApplications.id));
  const eligibleResidents = applications.filter((a) => a.status === "eligible").map((a) => a.residentId);
  const residentRows =
    eligibleResidents.length === 0
      ? []
      : await db
          .select({ id: residents.id, ...residentMatchingColumns })
          .from(residents)
          .where(and(inArray(residents.id, eligibleResidents), eq(residents.status, "active")));
  const items = await db
    .select({
      id: workItems.id,
      slots: cohortWorkItems.slots,
      title: workItems.title,
      status: workItems.status,
      ...workItemMatchingColumns,
    })
    .from(cohortWorkItems)
    .innerJoin(workItems, eq(workItems.id, cohortWorkItems.workItemId))
    .where(eq(cohortWorkItems.cohortId, cohortId))
    .orderBy(asc(workItems.id));
  return { cohort, applications, residents: residentRows, workItems: items };
}

export type AllocationInputRows = NonNullable<Awaited<ReturnType<typeof loadAllocationRows>>>;
