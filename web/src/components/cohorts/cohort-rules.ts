import {
  APPLICATION_ACTIONS,
  APPLICATION_STATUSES,
  type ApplicationStatus,
  COHORT_ACTIONS,
  type CohortAction,
  type CohortStatus,
} from "../../../../src/cohorts/domain/cohort-vocabulary.ts";
import type { ApplicationDecision } from "../../api/cohorts.ts";

export type { ApplicationStatus, CohortAction, CohortStatus };

/** The one move a cohort can make next (draft → 모집 시작 …), or null once it is closed. */
export function nextCohortAction(status: CohortStatus): CohortAction | null {
  const found = (Object.keys(COHORT_ACTIONS) as CohortAction[]).find((action) =>
    (COHORT_ACTIONS[action].from as readonly CohortStatus[]).includes(status),
  );
  return found ?? null;
}

/** Screening runs while recruiting or selecting; selection in score order only once recruitment closed. */
export function canScreen(status: CohortStatus): boolean {
  return status === "recruiting" || status === "selecting";
}

export function canSelectInOrder(status: CohortStatus): boolean {
  return status === "selecting";
}

/** Officers take walk-in applications while the cohort is recruiting (the window binds only online ones). */
export function takesWalkIns(status: CohortStatus): boolean {
  return status === "recruiting";
}

const ROW_DECISIONS: readonly ApplicationDecision[] = ["select", "waitlist", "reject", "place", "withdraw"];

/**
 * The decisions offered on one applicant's row: what the API's transition table allows from the
 * application's status, and only while the cohort is at the stage where it makes sense (selection
 * and the waiting list once recruitment has closed; nothing once the cohort is closed).
 */
export function decisionsFor(app: ApplicationStatus, cohort: CohortStatus): ApplicationDecision[] {
  if (cohort === "closed" || cohort === "draft") return [];
  const deciding = cohort === "selecting" || cohort === "running";
  return ROW_DECISIONS.filter((decision) => {
    const from = APPLICATION_ACTIONS[decision].from as readonly ApplicationStatus[];
    if (!from.includes(app)) return false;
    if (decision === "select" || decision === "waitlist" || decision === "place") return deciding;
    return true;
  });
}

/** What a resident may still withdraw (the same table the API checks). */
export function canWithdraw(app: ApplicationStatus): boolean {
  return (APPLICATION_ACTIONS.withdraw.from as readonly ApplicationStatus[]).includes(app);
}

/** Applicants in the order of the pipeline (live first), then by score, then first come. */
const STATUS_ORDER: readonly ApplicationStatus[] = [
  "placed",
  "selected",
  "waitlisted",
  "eligible",
  "needs_document",
  "applied",
  "ineligible",
  "not_selected",
  "withdrawn",
];

export function byPipeline<
  T extends {
    status: ApplicationStatus;
    score: number | null;
    waitlistPosition: number | null;
    createdAt: string;
  },
>(a: T, b: T): number {
  const order = STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status);
  if (order !== 0) return order;
  if (a.status === "waitlisted") return (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0);
  const score = (b.score ?? -1) - (a.score ?? -1);
  return score !== 0 ? score : a.createdAt.localeCompare(b.createdAt);
}

export { APPLICATION_STATUSES };

/** Today in Korea (the API's calendar for recruitment windows), YYYY-MM-DD. */
export function todayInSeoul(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Seoul" }).format(now);
}

/** Whether an online application would be taken today: recruiting, inside the window. */
export function openForOnline(
  cohort: { status: CohortStatus; recruitStart: string; recruitEnd: string },
  today: string,
): boolean {
  return cohort.status === "recruiting" && today >= cohort.recruitStart && today <= cohort.recruitEnd;
}
