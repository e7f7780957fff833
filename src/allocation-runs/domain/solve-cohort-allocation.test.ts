import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ResidentGroup } from "../../residents/domain/resident-vocabulary.ts";
import { bruteForce, syntheticProblem } from "./allocation-fixtures.ts";
import type { CohortAllocationProblem } from "./cohort-allocation-problem.ts";
import { type CohortSolution, solveCohortAllocation } from "./solve-cohort-allocation.ts";

/** Every limit the proposal must keep, checked from the solution alone. */
function expectFeasible(problem: CohortAllocationProblem, solution: CohortSolution) {
  const { input, pairs } = problem;
  const load = new Int32Array(input.workItems.length);
  let assigned = 0;
  let seniors = 0;
  solution.pairOf.forEach((k, a) => {
    if (k < 0) return;
    expect(pairs[k]!.applicant).toBe(a);
    load[pairs[k]!.item]!++;
    assigned++;
    if (problem.isSenior(a)) seniors++;
  });
  load.forEach((n, i) => {
    expect(n).toBeLessThanOrEqual(input.workItems[i]!.freePlaces);
  });
  expect(assigned).toBeLessThanOrEqual(input.cohortPlaces);
  expect(assigned).toBe(solution.assigned);
  if (solution.seniorCap) expect(seniors).toBeLessThanOrEqual(solution.seniorCap.limit);
}

describe("solveCohortAllocation", () => {
  it("maximises the total within item places", async () => {
    // Two applicants want the same single place; the other item suits only the first a little.
    const problem = syntheticProblem({
      scores: [
        [50, 40],
        [45, null],
      ],
      places: [1, 1],
      cohortPlaces: 5,
    });
    const solution = await solveCohortAllocation(problem);
    // 40 + 45 = 85 beats 50 alone.
    expect(solution.objective).toBe(85);
    expect(solution.optimal).toBe(true);
    expect(solution.bound).toBeCloseTo(85, 9);
    expect([...solution.pairOf].map((k) => problem.pairs[k]!.item)).toEqual([1, 0]);
  });

  it("keeps to the cohort's own number of places when its work items offer more", async () => {
    const problem = syntheticProblem({
      scores: [
        [30, 10],
        [20, 25],
        [5, 40],
      ],
      places: [2, 2],
      cohortPlaces: 2,
    });
    const solution = await solveCohortAllocation(problem);
    expect(solution.assigned).toBe(2);
    // The best two: 30 (a0 on item 0) and 40 (a2 on item 1).
    expect(solution.objective).toBe(70);
    expect(solution.optimal).toBe(true);
    expectFeasible(problem, solution);
  });

  it("holds applicants at or above the cap's age within the share, and proves the result", async () => {
    // Four places, four seniors scoring higher than two younger applicants; the cap is 35% of the
    // four places that can be filled, so one senior at most.
    const problem = syntheticProblem({
      scores: [[90], [85], [80], [75], [40], [30]],
      places: [4],
      cohortPlaces: 4,
      ages: [70, 70, 70, 70, 40, 40],
      seniorCap: { age: 65, maxShare: 0.35 },
    });
    const solution = await solveCohortAllocation(problem);
    expect(solution.seniorCap).toMatchObject({ limit: 1, assigned: 1, binding: true });
    // One senior (90) and both younger applicants; the fourth place stays empty.
    expect(solution.objective).toBe(160);
    expect(solution.assigned).toBe(3);
    expect(solution.optimal).toBe(true);
    expect(solution.assignedWithoutCap[1]).toBe(1);
    expectFeasible(problem, solution);
  });

  it("counts seniors already holding a place against the cap", async () => {
    const problem = syntheticProblem({
      scores: [[90], [40]],
      places: [1],
      cohortPlaces: 1,
      ages: [70, 40],
      seniorCap: { age: 65, maxShare: 0.5 },
      held: { total: 1, senior: 1 },
    });
    const solution = await solveCohortAllocation(problem);
    expect(solution.seniorCap?.limit).toBe(0);
    expect(solution.objective).toBe(40);
  });

  it("pays a quota's penalty only when it is cheaper than meeting it", async () => {
    const base = {
      scores: [[60], [50], [20]],
      places: [2],
      cohortPlaces: 2,
      groups: [[], [], ["disabled"]] as ResidentGroup[][],
    };
    // Half of the two places for the disabled applicant: 20 + 60 = 80 beats 110 − penalty 40.
    const strict = await solveCohortAllocation(
      syntheticProblem({ ...base, quotas: [{ group: "disabled", minShare: 0.5, penalty: 40 }] }),
    );
    expect(strict.objective).toBe(80);
    expect(strict.quotas[0]).toMatchObject({ target: 1, assigned: 1, shortfall: 0 });
    // A small penalty is paid instead: 110 − 10.
    const soft = await solveCohortAllocation(
      syntheticProblem({ ...base, quotas: [{ group: "disabled", minShare: 0.5, penalty: 10 }] }),
    );
    expect(soft.objective).toBe(100);
    expect(soft.quotaPenaltyTotal).toBe(10);
    expect(soft.quotas[0]).toMatchObject({ target: 1, assigned: 0, shortfall: 1 });
    expect(soft.optimal).toBe(true);
  });

  it("agrees with brute force on small random cohorts, and its bound holds", async () => {
    const instance = fc.record({
      applicants: fc.integer({ min: 1, max: 6 }),
      items: fc.integer({ min: 1, max: 3 }),
      seed: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 18, maxLength: 18 }),
      places: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 3 }),
      cohortPlaces: fc.integer({ min: 1, max: 6 }),
      seniors: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
      disabled: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
      cap: fc.constantFrom(null, 0.35, 0.5),
      held: fc.integer({ min: 0, max: 2 }),
      quota: fc.constantFrom(null, 10, 45),
    });
    await fc.assert(
      fc.asyncProperty(instance, async (x) => {
        const scores = Array.from({ length: x.applicants }, (_, a) =>
          Array.from({ length: x.items }, (_, i) => {
            const s = x.seed[a * 3 + i]!;
            return s < 12 ? null : s;
          }),
        );
        const problem = syntheticProblem({
          scores,
          places: x.places.slice(0, x.items),
          cohortPlaces: x.cohortPlaces,
          ages: x.seniors.map((s) => (s ? 70 : 45)),
          groups: x.disabled.map((d) => (d ? ["disabled"] : [])),
          seniorCap: x.cap === null ? null : { age: 65, maxShare: x.cap },
          held: { total: x.held, senior: x.held > 1 ? 1 : 0 },
          quotas: x.quota === null ? [] : [{ group: "disabled", minShare: 0.4, penalty: x.quota }],
        });
        const solution = await solveCohortAllocation(problem);
        const best = bruteForce(problem);
        expectFeasible(problem, solution);
        expect(solution.objective).toBeLessThanOrEqual(best + 1e-6);
        expect(solution.bound).toBeGreaterThanOrEqual(best - 1e-6);
        if (solution.optimal) expect(solution.objective).toBeCloseTo(best, 6);
        if (!solution.seniorCap?.binding) expect(solution.optimal).toBe(true);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it("gives the same answer for the same input", async () => {
    const spec = {
      scores: [
        [30, 30],
        [30, 30],
        [30, 30],
      ],
      places: [1, 1],
      cohortPlaces: 2,
    };
    const one = await solveCohortAllocation(syntheticProblem(spec));
    const two = await solveCohortAllocation(syntheticProblem(spec));
    expect([...one.pairOf]).toEqual([...two.pairOf]);
  });
});
