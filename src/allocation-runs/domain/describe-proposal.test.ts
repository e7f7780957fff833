import { describe, expect, it } from "vitest";
import { applicant, cohortInput, north, syntheticProblem, workItem } from "./allocation-fixtures.ts";
import { buildCohortProblem } from "./cohort-allocation-problem.ts";
import { describeProposal } from "./describe-proposal.ts";
import { solveCohortAllocation } from "./solve-cohort-allocation.ts";

describe("describeProposal", () => {
  it("explains each proposed pair part by part, the cohort's priority score included", async () => {
    const problem = buildCohortProblem(
      cohortInput({
        applicants: [applicant({ priorityScore: 35, groups: ["low_income"] })],
        workItems: [workItem({ title: "어르신 말벗", fields: { location: north(1.2) } })],
      }),
    );
    const solution = await solveCohortAllocation(problem);
    const { proposal, stats } = describeProposal(problem, solution);
    const [pair] = proposal.assignments;
    expect(pair!.summaryKo).toContain("주민 집에서 1.2km");
    expect(pair!.summaryKo).toContain("선발 우선순위 점수 35.0점");
    expect(pair!.summaryEn).toContain("1.2 km from the resident's home");
    expect(pair!.components.map((c) => c.key)).toEqual([
      "distance",
      "schedule",
      "hours",
      "skills",
      "interests",
      "continuity",
      "priority",
      "eligibility",
      "cohort_priority",
    ]);
    const sum = pair!.components.reduce((n, c) => n + c.points, 0);
    expect(sum).toBeCloseTo(pair!.total, 9);
    expect(pair!.groups).toEqual(["low_income"]);
    expect(stats.groups.find((g) => g.group === "low_income")).toMatchObject({
      members: 1,
      assigned: 1,
      placedShare: 1,
    });
    expect(stats.perWorkItem).toEqual([
      { workItemId: expect.any(String), title: "어르신 말벗", places: 1, assigned: 1 },
    ]);
  });

  it("says why each applicant has no place", async () => {
    const problem = buildCohortProblem(
      cohortInput({
        cohortPlaces: 3,
        seniorCap: { age: 65, maxShare: 0.35 },
        applicants: [
          applicant({ priorityScore: 50 }),
          applicant({ priorityScore: 10 }),
          applicant({ fields: { location: north(9) } }),
          applicant({ clash: { ko: "공공근로 2027-01-01~", en: "Public works from 2027-01-01" } }),
          applicant({ age: 70, priorityScore: 90 }),
          applicant({ age: 71, priorityScore: 80 }),
          applicant({ priorityScore: 5 }),
        ],
        workItems: [workItem({ title: "공원 정비", freePlaces: 3 })],
      }),
    );
    const solution = await solveCohortAllocation(problem);
    const { proposal, stats } = describeProposal(problem, solution);
    // Three places, at most one applicant aged 65+ (35% of the three, rounded down).
    expect(proposal.assignments.map((a) => a.applicationId)).toEqual([
      problem.input.applicants[0]!.applicationId,
      problem.input.applicants[1]!.applicationId,
      problem.input.applicants[4]!.applicationId,
    ]);
    const why = Object.fromEntries(
      proposal.unassigned.map((u) => [
        problem.input.applicants.findIndex((a) => a.applicationId === u.applicationId),
        u,
      ]),
    );
    expect(why[6]).toMatchObject({ reason: "outscored", workItemId: problem.input.workItems[0]!.workItemId });
    expect(why[6]!.messageKo).toContain("'공원 정비'");
    expect(why[2]).toMatchObject({ reason: "no_eligible_slot" });
    expect(why[2]!.messageKo).toContain("가장 가까운 후보 '공원 정비'");
    expect(why[3]).toMatchObject({ reason: "overlap" });
    expect(why[3]!.messageEn).toBe("Overlaps with another direct job: Public works from 2027-01-01");
    expect(why[5]).toMatchObject({ reason: "senior_cap", groups: ["age_65_plus"] });
    expect(why[5]!.messageKo).toBe("만 65세 이상 참여자 비율 상한(35%)으로 배정하지 않았습니다");
    expect(stats.unassignedReasons).toEqual({ outscored: 1, no_eligible_slot: 1, overlap: 1, senior_cap: 1 });
    expect(stats.seniorCap).toMatchObject({ limit: 1, assigned: 1, binding: true });
  });

  it("tells a full cohort from a full work item, and a cohort without places from a mismatch", async () => {
    const full = syntheticProblem({
      scores: [
        [30, 10],
        [20, 25],
      ],
      places: [1, 1],
      cohortPlaces: 1,
    });
    const solved = await solveCohortAllocation(full);
    const { proposal } = describeProposal(full, solved);
    expect(proposal.unassigned).toEqual([
      expect.objectContaining({
        reason: "cohort_full",
        messageKo: "회차 정원의 남은 자리(1명)가 모두 배정되었습니다",
      }),
    ]);

    const empty = buildCohortProblem(cohortInput({ applicants: [applicant()], workItems: [] }));
    const nothing = describeProposal(empty, await solveCohortAllocation(empty));
    expect(nothing.proposal.unassigned[0]).toMatchObject({ reason: "no_work_items", workItemId: null });
  });

  it("reports quotas with their targets and shortfalls per group", async () => {
    const problem = syntheticProblem({
      scores: [[60], [50], [20]],
      places: [2],
      cohortPlaces: 2,
      groups: [[], [], ["disabled"]],
      quotas: [{ group: "disabled", minShare: 0.5, penalty: 40 }],
    });
    const { stats } = describeProposal(problem, await solveCohortAllocation(problem));
    expect(stats.groups.find((g) => g.group === "disabled")).toEqual({
      group: "disabled",
      members: 1,
      assigned: 1,
      placedShare: 1,
      shareOfAssigned: 0.5,
      quota: { minShare: 0.5, penalty: 40, target: 1, shortfall: 0 },
    });
  });
});
