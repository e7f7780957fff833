/**
 * What confirming a proposal does, with the officer's adjustments, checked before anything is
 * written: the pairs to select and place (the proposal less the removed, with the changed), the
 * eligible applicants left for the waiting list, and every reason the adjusted allocation cannot
 * stand (field by field, in Korean and English): an applicant who is not a candidate, a work item
 * outside the cohort, a pair that fails a hard condition, or a place limit broken.
 */
import { EXCLUDED, matchTotal, scoreMatch } from "../../matching/domain/scoring/score-match.ts";
import type { FieldError } from "../../shared/errors.ts";
import {
  allocationLimits,
  buildCohortProblem,
  type CohortAllocationInput,
  ELIGIBLE_CONTEXT,
} from "./cohort-allocation-problem.ts";

export interface ConfirmationPlan {
  /** In the input's order (score order). */
  pairs: { applicationId: string; workItemId: string }[];
  waitlist: string[];
  errors: FieldError[];
}

export function planConfirmation(
  input: CohortAllocationInput,
  proposed: readonly { applicationId: string; workItemId: string }[],
  adjustments: {
    remove: readonly string[];
    change: readonly { applicationId: string; workItemId: string }[];
  },
): ConfirmationPlan {
  const errors: FieldError[] = [];
  const fail = (field: string, reason: string, ko: string, en: string) =>
    errors.push({ field, reason, messageKo: ko, messageEn: en });
  const applicantIndex = new Map(input.applicants.map((a, i) => [a.applicationId, i]));
  const itemIndex = new Map(input.workItems.map((w, i) => [w.workItemId, i]));
  const chosen = new Map(proposed.map((p) => [p.applicationId, p.workItemId]));
  const context = ELIGIBLE_CONTEXT(input.year);

  adjustments.remove.forEach((id, i) => {
    if (!chosen.delete(id)) {
      fail(
        `remove.${i}`,
        "not_in_proposal",
        "이 신청은 제안된 배정에 없습니다",
        "This application is not in the proposal",
      );
    }
  });
  const changedAt = new Map<number, number>();
  adjustments.change.forEach((change, i) => {
    const a = applicantIndex.get(change.applicationId);
    const w = itemIndex.get(change.workItemId);
    if (a === undefined) {
      fail(
        `change.${i}.applicationId`,
        "not_a_candidate",
        "자격 심사를 통과한 이 회차의 신청이 아닙니다",
        "Not an eligible application of this cohort",
      );
      return;
    }
    const applicant = input.applicants[a]!;
    if (applicant.clash) {
      fail(
        `change.${i}.applicationId`,
        "overlap",
        `다른 직접일자리와 참여 기간이 겹칩니다: ${applicant.clash.ko}`,
        `Overlaps with another direct job: ${applicant.clash.en}`,
      );
      return;
    }
    if (w === undefined) {
      fail(
        `change.${i}.workItemId`,
        "not_in_cohort",
        "이 회차의 일감이 아닙니다",
        "Not a work item of this cohort",
      );
      return;
    }
    const item = input.workItems[w]!;
    if (matchTotal(applicant.features, item.features, input.weights, context) === EXCLUDED) {
      const why = scoreMatch(applicant.features, item.features, input.weights, context, {
        audience: "staff",
      });
      fail(
        `change.${i}.workItemId`,
        "hard_condition",
        `'${item.title}'에 배정할 수 없습니다: ${why.summaryKo}`,
        `Cannot be placed on "${item.title}": ${why.summaryEn}`,
      );
      return;
    }
    chosen.set(change.applicationId, change.workItemId);
    if (!changedAt.has(w)) changedAt.set(w, i);
  });

  const pairs = input.applicants
    .filter((a) => chosen.has(a.applicationId))
    .map((a) => ({ applicationId: a.applicationId, workItemId: chosen.get(a.applicationId)! }));
  const load = new Map<string, number>();
  for (const p of pairs) load.set(p.workItemId, (load.get(p.workItemId) ?? 0) + 1);
  for (const [workItemId, n] of load) {
    const w = itemIndex.get(workItemId)!;
    const item = input.workItems[w]!;
    if (n > item.freePlaces) {
      fail(
        `change.${changedAt.get(w) ?? 0}.workItemId`,
        "over_capacity",
        `'${item.title}'의 남은 자리는 ${item.freePlaces}명인데 ${n}명을 배정했습니다`,
        `"${item.title}" has ${item.freePlaces} free places; ${n} were assigned`,
      );
    }
  }
  const limits = allocationLimits(buildCohortProblem(input));
  if (pairs.length > limits.cohortPlaces) {
    fail(
      "change",
      "over_cohort_places",
      `회차의 남은 정원은 ${limits.cohortPlaces}명인데 ${pairs.length}명을 배정했습니다`,
      `The cohort has ${limits.cohortPlaces} free places; ${pairs.length} were assigned`,
    );
  }
  const cap = input.seniorCap;
  if (cap) {
    const seniors = pairs.filter(
      (p) => input.applicants[applicantIndex.get(p.applicationId)!]!.age >= cap.age,
    );
    if (seniors.length > limits.seniorLimit) {
      const pct = Math.round(cap.maxShare * 100);
      fail(
        "change",
        "senior_cap",
        `만 ${cap.age}세 이상 참여자 비율 상한(${pct}%)으로 ${limits.seniorLimit}명까지 배정할 수 있는데 ${seniors.length}명을 배정했습니다`,
        `The cap on participants aged ${cap.age}+ (${pct}%) allows ${limits.seniorLimit} more; ${seniors.length} were assigned`,
      );
    }
  }
  const waitlist = input.applicants
    .filter((a) => !a.clash && !chosen.has(a.applicationId))
    .map((a) => a.applicationId);
  return { pairs, waitlist, errors };
}
