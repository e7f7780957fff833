import type { ApplicationRow, CohortRow } from "./cohort.repository.ts";
import type { TApplication, TCohort } from "./cohort.schema.ts";

export function presentCohort(
  row: { cohort: CohortRow; programNameKo: string; programNameEn: string; regionNameKo: string },
  items: { workItemId: string; titleKo: string; slots: number }[],
  counts: Record<string, number>,
): TCohort {
  const c = row.cohort;
  return {
    id: c.id,
    programCode: c.programCode as TCohort["programCode"],
    programNameKo: row.programNameKo,
    programNameEn: row.programNameEn,
    regionCode: c.regionCode,
    regionNameKo: row.regionNameKo,
    nameKo: c.nameKo,
    nameEn: c.nameEn,
    recruitStart: c.recruitStart,
    recruitEnd: c.recruitEnd,
    periodStart: c.periodStart,
    periodEnd: c.periodEnd,
    slots: c.slots,
    budgetWon: c.budgetWon,
    status: c.status,
    version: c.version,
    workItems: items.map((i) => ({ workItemId: i.workItemId, titleKo: i.titleKo, slots: i.slots })),
    counts,
  };
}

/** An application as officers and the applicant see it: never the declared facts themselves. */
export function presentApplication(
  app: ApplicationRow,
  residentNameMasked: string | null,
  cohort?: CohortRow,
  /** For the applicant's own list: names instead of bare codes and ids. */
  names?: { programNameKo: string; programNameEn: string; workItemTitle: string | null },
): TApplication {
  return {
    id: app.id,
    cohortId: app.cohortId,
    residentId: app.residentId,
    residentNameMasked,
    channel: app.channel,
    status: app.status,
    score: app.score,
    waitlistPosition: app.waitlistPosition,
    workItemId: app.workItemId,
    decisionReasonKo: app.decisionReasonKo,
    decisionReasonEn: app.decisionReasonEn,
    screening: app.screening ?? null,
    version: app.version,
    createdAt: app.createdAt.toISOString(),
    ...(cohort
      ? {
          cohort: {
            nameKo: cohort.nameKo,
            nameEn: cohort.nameEn,
            programCode: cohort.programCode,
            periodStart: cohort.periodStart,
            periodEnd: cohort.periodEnd,
            ...(names ? { programNameKo: names.programNameKo, programNameEn: names.programNameEn } : {}),
          },
        }
      : {}),
    ...(names
      ? {
          workItem:
            app.workItemId && names.workItemTitle !== null
              ? { id: app.workItemId, title: names.workItemTitle }
              : null,
        }
      : {}),
  };
}
