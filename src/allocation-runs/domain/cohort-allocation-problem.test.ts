import { describe, expect, it } from "vitest";
import { matchTotal } from "../../matching/domain/scoring/score-match.ts";
import { applicant, cohortInput, north, WEIGHTS, workItem } from "./allocation-fixtures.ts";
import {
  allocationLimits,
  buildCohortProblem,
  ELIGIBLE_CONTEXT,
  scoreCohortPairs,
} from "./cohort-allocation-problem.ts";

describe("buildCohortProblem", () => {
  it("makes an edge for every pair that passes the hard filters, scored as match + weighted priority", () => {
    const near = workItem({ freePlaces: 2, fields: { location: north(1) } });
    const far = workItem({ freePlaces: 1, fields: { location: north(12) } });
    const a = applicant({ priorityScore: 40 });
    const problem = buildCohortProblem(
      cohortInput({
        applicants: [a],
        workItems: [near, far],
        options: { quotas: [], priorityWeight: 0.5 },
      }),
    );
    expect(problem.pairs).toHaveLength(1);
    const [pair] = problem.pairs;
    const match = matchTotal(a.features, near.features, WEIGHTS, ELIGIBLE_CONTEXT(2026));
    expect(pair).toEqual({
      applicant: 0,
      item: 0,
      matchPoints: match,
      priorityPoints: 20,
      score: match + 20,
    });
    expect(problem.excludedPairs).toBe(1);
    expect([...problem.pairStart]).toEqual([0, 1]);
  });

  it("gives no edge to an item without free places, nor to an applicant in another direct job", () => {
    const full = workItem({ freePlaces: 0 });
    const open = workItem({ freePlaces: 1 });
    const busy = applicant({ clash: { ko: "공공근로 2026-01-01~2026-06-30", en: "Public works" } });
    const free = applicant();
    const problem = buildCohortProblem(cohortInput({ applicants: [busy, free], workItems: [full, open] }));
    expect(problem.candidates).toEqual([1]);
    expect(problem.pairs.map((p) => [p.applicant, p.item])).toEqual([[1, 1]]);
    expect([...problem.pairStart]).toEqual([0, 0, 1]);
  });

  it("keeps, for an applicant with no edge, the nearest miss with its reasons", () => {
    const farOff = workItem({ fields: { location: north(8) } });
    const certificate = workItem({ fields: { location: north(9), requiredCertificates: ["care_worker"] } });
    const a = applicant();
    const problem = buildCohortProblem(cohortInput({ applicants: [a], workItems: [farOff, certificate] }));
    expect(problem.pairs).toEqual([]);
    // One failure (too far) beats two (too far and no certificate).
    const miss = problem.nearestMiss.get(0);
    expect(miss?.item).toBe(0);
    expect(miss?.words.ko).toContain("이동 가능 거리");
  });

  it("counts applicants at or above the program's cap age as seniors", () => {
    const problem = buildCohortProblem(
      cohortInput({
        seniorCap: { age: 65, maxShare: 0.35 },
        applicants: [applicant({ age: 64 }), applicant({ age: 65 })],
        workItems: [workItem()],
      }),
    );
    expect([problem.isSenior(0), problem.isSenior(1)]).toEqual([false, true]);
  });

  it("scores step by step, telling its progress", () => {
    const input = cohortInput({
      applicants: Array.from({ length: 5 }, () => applicant()),
      workItems: [workItem()],
    });
    const steps = scoreCohortPairs(input, 2);
    const seen: number[] = [];
    let step = steps.next();
    while (!step.done) {
      seen.push(step.value.done);
      step = steps.next();
    }
    expect(seen).toEqual([2, 4, 5]);
    expect(step.value.pairs).toEqual(buildCohortProblem(input).pairs);
  });

  it("limits the age group to the share of the cohort's final size, after those holding a place", () => {
    const problem = buildCohortProblem(
      cohortInput({
        cohortPlaces: 6,
        held: { total: 4, senior: 2 },
        seniorCap: { age: 65, maxShare: 0.35 },
        applicants: Array.from({ length: 5 }, () => applicant()),
        workItems: [workItem({ freePlaces: 3 }), workItem({ freePlaces: 0 })],
      }),
    );
    // Final size 4 + min(6, 3, 5) = 7; 35% of 7 rounds down to 2, both taken already.
    expect(allocationLimits(problem)).toEqual({
      cohortPlaces: 6,
      itemPlaces: 3,
      fillable: 3,
      seniorLimit: 0,
    });
  });
});
