/**
 * The solved allocation in the officer's terms: each proposed pair with its score explained part
 * by part (the pair scoring's components, plus the cohort's priority score), each applicant left
 * out with the reason in Korean and English, and the figures per group and per work item.
 */

import type { Words } from "../../matching/domain/scoring/match-vocabulary.ts";
import { scoreMatch } from "../../matching/domain/scoring/score-match.ts";
import type { ResidentGroup } from "../../residents/domain/resident-vocabulary.ts";
import type { AllocationRunStats, TProposal, TUnassignedApplicant } from "../allocation-run.schema.ts";
import {
  REPORTED_GROUPS,
  type ReportedGroup,
  type UnassignedReasonCode,
} from "./allocation-run-vocabulary.ts";
import { type CohortAllocationProblem, ELIGIBLE_CONTEXT } from "./cohort-allocation-problem.ts";
import type { CohortSolution } from "./solve-cohort-allocation.ts";

const points = (n: number) => (Math.round(n * 10) / 10).toFixed(1);

/** The groups a proposal row shows: the declared ones, and 65+ when the program caps it. */
export function reportedGroupsOf(groups: readonly ResidentGroup[], age: number, capAge: number | null) {
  const out: ReportedGroup[] = REPORTED_GROUPS.filter((g) => g !== "age_65_plus" && groups.includes(g));
  if (age >= (capAge ?? 65)) out.push("age_65_plus");
  return out;
}

export function describeProposal(
  problem: CohortAllocationProblem,
  solution: CohortSolution,
  onProgress?: (done: number, total: number) => void,
): { proposal: TProposal; stats: Omit<AllocationRunStats, "verification" | "seconds"> } {
  const { input, pairs } = problem;
  const capAge = input.seniorCap?.age ?? null;
  const context = ELIGIBLE_CONTEXT(input.year);
  const groupsOf = (a: number) =>
    reportedGroupsOf(input.applicants[a]!.groups, input.applicants[a]!.age, capAge);

  const load = new Int32Array(input.workItems.length);
  const assignments: TProposal["assignments"] = [];
  let done = 0;
  input.applicants.forEach((applicant, a) => {
    const k = solution.pairOf[a]!;
    if (k < 0) return;
    const pair = pairs[k]!;
    const item = input.workItems[pair.item]!;
    load[pair.item]!++;
    const score = scoreMatch(applicant.features, item.features, input.weights, context, {
      audience: "staff",
    });
    const priority: Words = {
      ko: `선발 우선순위 점수 ${points(applicant.priorityScore)}점`,
      en: `Selection priority score ${points(applicant.priorityScore)}`,
    };
    assignments.push({
      applicationId: applicant.applicationId,
      residentId: applicant.residentId,
      workItemId: item.workItemId,
      total: pair.score,
      matchPoints: pair.matchPoints,
      priorityPoints: pair.priorityPoints,
      summaryKo: `${score.summaryKo} · ${priority.ko}`,
      summaryEn: `${score.summaryEn} · ${priority.en}`,
      components: [
        ...score.components.map((c) => ({
          key: c.key,
          points: c.points,
          weight: c.weight,
          messageKo: c.messageKo,
          messageEn: c.messageEn,
        })),
        {
          key: "cohort_priority",
          points: pair.priorityPoints,
          weight: input.options.priorityWeight,
          messageKo: priority.ko,
          messageEn: priority.en,
        },
      ],
      groups: groupsOf(a),
    });
    if (onProgress && ++done % 200 === 0) onProgress(done, solution.assigned);
  });

  const unassigned = input.applicants.flatMap((_, a): TUnassignedApplicant[] => {
    if (solution.pairOf[a]! >= 0) return [];
    const why = reasonFor(problem, solution, load, a);
    return [
      {
        applicationId: input.applicants[a]!.applicationId,
        residentId: input.applicants[a]!.residentId,
        reason: why.reason,
        messageKo: why.ko,
        messageEn: why.en,
        workItemId: why.item === null ? null : input.workItems[why.item]!.workItemId,
        groups: groupsOf(a),
      },
    ];
  });

  const assignedCount = assignments.length;
  const groups = REPORTED_GROUPS.map((group) => {
    const members = input.applicants.filter((_, a) => groupsOf(a).includes(group)).length;
    const assigned = assignments.filter((x) => x.groups.includes(group)).length;
    const quota = solution.quotas.find((q) => q.group === group);
    return {
      group,
      members,
      assigned,
      placedShare: members === 0 ? 0 : assigned / members,
      shareOfAssigned: assignedCount === 0 ? 0 : assigned / assignedCount,
      ...(quota
        ? {
            quota: {
              minShare: quota.minShare,
              penalty: quota.penalty,
              target: quota.target,
              shortfall: quota.shortfall,
            },
          }
        : {}),
    };
  });
  const unassignedReasons: Record<string, number> = {};
  for (const u of unassigned) unassignedReasons[u.reason] = (unassignedReasons[u.reason] ?? 0) + 1;
  const cap = input.seniorCap;

  return {
    proposal: { assignments, unassigned },
    stats: {
      applicants: input.applicants.length,
      workItems: input.workItems.length,
      itemPlaces: input.workItems.reduce((n, w) => n + Math.max(0, w.freePlaces), 0),
      cohortPlaces: Math.max(0, input.cohortPlaces),
      candidatePairs: pairs.length,
      excludedPairs: problem.excludedPairs,
      assigned: assignedCount,
      unassigned: unassigned.length,
      scoreTotal: solution.scoreTotal,
      quotaPenaltyTotal: solution.quotaPenaltyTotal,
      groups,
      unassignedReasons,
      perWorkItem: input.workItems.map((w, i) => ({
        workItemId: w.workItemId,
        title: w.title,
        places: Math.max(0, w.freePlaces),
        assigned: load[i]!,
      })),
      ...(cap && solution.seniorCap
        ? {
            seniorCap: {
              age: cap.age,
              maxShare: cap.maxShare,
              limit: solution.seniorCap.limit,
              assigned: solution.seniorCap.assigned,
              binding: solution.seniorCap.binding,
              multiplier: solution.seniorCap.multiplier,
            },
          }
        : {}),
    },
  };
}

interface Reason {
  reason: UnassignedReasonCode;
  item: number | null;
  ko: string;
  en: string;
}

/**
 * Why applicant `a` has no place: left out before solving (another direct job), no pair passing
 * the hard conditions, held back by the age cap, the cohort's own places all taken, or candidate
 * places all taken by an allocation with a higher total.
 */
export function reasonFor(
  problem: CohortAllocationProblem,
  solution: CohortSolution,
  load: Int32Array,
  a: number,
): Reason {
  const { input, pairs } = problem;
  const applicant = input.applicants[a]!;
  if (applicant.clash) {
    return {
      reason: "overlap",
      item: null,
      ko: `다른 직접일자리와 참여 기간이 겹칩니다: ${applicant.clash.ko}`,
      en: `Overlaps with another direct job: ${applicant.clash.en}`,
    };
  }
  const own = pairs.slice(problem.pairStart[a]!, problem.pairStart[a + 1]!);
  if (own.length === 0) {
    const miss = problem.nearestMiss.get(a);
    if (!miss) {
      return {
        reason: "no_work_items",
        item: null,
        ko: "이 회차에 빈 자리가 있는 일감이 없습니다",
        en: "The cohort has no work item with a free place",
      };
    }
    const title = input.workItems[miss.item]!.title;
    return {
      reason: "no_eligible_slot",
      item: miss.item,
      ko: `조건에 맞는 일감이 없습니다. 가장 가까운 후보 '${title}': ${miss.words.ko}`,
      en: `No work item within the applicant's conditions. Nearest: "${title}": ${miss.words.en}`,
    };
  }
  const cap = input.seniorCap;
  if (cap && problem.isSenior(a) && solution.seniorCap?.binding && solution.assignedWithoutCap[a]) {
    const pct = Math.round(cap.maxShare * 100);
    return {
      reason: "senior_cap",
      item: null,
      ko: `만 ${cap.age}세 이상 참여자 비율 상한(${pct}%)으로 배정하지 않았습니다`,
      en: `Held back by the cap on participants aged ${cap.age}+ (${pct}%)`,
    };
  }
  const worthwhile = own.filter((p) => p.score > 0);
  if (worthwhile.length === 0) {
    return {
      reason: "low_score",
      item: null,
      ko: "후보 일감의 점수가 모두 0점입니다",
      en: "Every candidate pair scores zero",
    };
  }
  const best = worthwhile.reduce((x, y) => (y.score > x.score ? y : x));
  const withRoom = worthwhile.some((p) => load[p.item]! < input.workItems[p.item]!.freePlaces);
  if (withRoom && solution.assigned >= input.cohortPlaces) {
    return {
      reason: "cohort_full",
      item: null,
      ko: `회차 정원의 남은 자리(${input.cohortPlaces}명)가 모두 배정되었습니다`,
      en: `All ${input.cohortPlaces} remaining places of the cohort are assigned`,
    };
  }
  if (withRoom && cap && problem.isSenior(a)) {
    const pct = Math.round(cap.maxShare * 100);
    return {
      reason: "senior_cap",
      item: null,
      ko: `만 ${cap.age}세 이상 참여자 비율 상한(${pct}%)으로 배정하지 않았습니다`,
      en: `Held back by the cap on participants aged ${cap.age}+ (${pct}%)`,
    };
  }
  const title = input.workItems[best.item]!.title;
  const others = worthwhile.length > 1;
  return {
    reason: "outscored",
    item: best.item,
    ko: `후보 일감 '${title}'(이 신청자 ${points(best.score)}점)${others ? " 등" : ""}의 자리는 전체 총점이 더 높아지는 배정으로 찼습니다`,
    en: `The places of "${title}" (${points(best.score)} points for this applicant)${others ? " and the other candidates" : ""} went to an allocation with a higher total`,
  };
}
