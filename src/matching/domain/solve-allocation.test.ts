import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TAllocationProblem } from "../allocation-file.schema.ts";
import { type AllocationInstance, buildAllocationInstance } from "./allocation-instance.ts";
import { quotaTargets } from "./quota-targets.ts";
import { solveAllocation } from "./solve-allocation.ts";

function instanceOf(problem: TAllocationProblem): AllocationInstance {
  const built = buildAllocationInstance(problem);
  if (built.errors) throw new Error(JSON.stringify(built.errors));
  return built.instance;
}

/** Every subset of edges that keeps the capacities, scored as the file format defines it. */
function bruteForce(instance: AllocationInstance): number {
  const { personCapacity, personGroup, slotCapacity, edgeStart, edgeSlot, edgeScore } = instance;
  const P = personCapacity.length;
  const E = edgeSlot.length;
  const edgePerson = new Int32Array(E);
  for (let p = 0; p < P; p++) edgePerson.fill(p, edgeStart[p]!, edgeStart[p + 1]!);
  const { targets } = quotaTargets(instance);
  let best = Number.NEGATIVE_INFINITY;
  for (let mask = 0; mask < 1 << E; mask++) {
    const personUnits = new Int32Array(P);
    const slotLoad = new Int32Array(slotCapacity.length);
    const groupUnits = new Int32Array(instance.groupNames.length);
    let score = 0;
    let feasible = true;
    for (let e = 0; e < E && feasible; e++) {
      if ((mask & (1 << e)) === 0) continue;
      const p = edgePerson[e]!;
      const s = edgeSlot[e]!;
      if (++personUnits[p]! > personCapacity[p]! || ++slotLoad[s]! > slotCapacity[s]!) feasible = false;
      score += edgeScore[e]!;
      if (personGroup[p]! >= 0) groupUnits[personGroup[p]!]!++;
    }
    if (!feasible) continue;
    for (const t of targets) score -= t.penalty * Math.max(0, t.target - groupUnits[t.group]!);
    best = Math.max(best, score);
  }
  return best;
}

const SCORES = [-3, -0.5, 0, 0.5, 1, 2, 2, 3.25, 5, 8, 0.1 + 0.2];

const tinyProblem = fc
  .record({ people: fc.integer({ min: 1, max: 4 }), slots: fc.integer({ min: 1, max: 3 }) })
  .chain(({ people, slots }) =>
    fc.record({
      personCapacity: fc.array(fc.constantFrom(0, 1, 1, 1, 2), { minLength: people, maxLength: people }),
      personGroup: fc.array(fc.constantFrom(undefined, "a", "b"), { minLength: people, maxLength: people }),
      slotCapacity: fc.array(fc.constantFrom(0, 1, 1, 2, 3), { minLength: slots, maxLength: slots }),
      edges: fc.uniqueArray(
        fc.record({
          person: fc.nat(people - 1),
          slot: fc.nat(slots - 1),
          score: fc.constantFrom(...SCORES),
        }),
        { selector: (e) => `${e.person}/${e.slot}`, maxLength: 11 },
      ),
      quota: fc.option(
        fc.record({
          group: fc.constantFrom("a", "b"),
          minShare: fc.constantFrom(0, 0.25, 0.5, 1),
          penalty: fc.constantFrom(0, 1.5, 4, 10),
        }),
      ),
    }),
  )
  .map(
    (t): TAllocationProblem => ({
      people: t.personCapacity.map((capacity, i) => ({
        id: `p${i}`,
        capacity,
        ...(t.personGroup[i] ? { group: t.personGroup[i] } : {}),
      })),
      slots: t.slotCapacity.map((capacity, i) => ({ id: `s${i}`, capacity })),
      edges: t.edges.map((e) => ({ person: `p${e.person}`, slot: `s${e.slot}`, score: e.score })),
      quotas: t.quota && t.personGroup.includes(t.quota.group) ? [t.quota] : [],
    }),
  );

describe("solveAllocation", () => {
  it("matches brute force on small random instances, and proves it", async () => {
    await fc.assert(
      fc.asyncProperty(tinyProblem, async (problem) => {
        const instance = instanceOf(problem);
        const result = await solveAllocation(instance);
        const best = bruteForce(instance);
        expect(result.objective).toBeCloseTo(best, 9);
        expect(result.optimal).toBe(true);
        expect(result.stats.verification.dualBound).toBeGreaterThanOrEqual(best - 1e-9);
        // The allocation itself keeps every capacity and scores what it says.
        const total = result.assignments.reduce((sum, a) => sum + a.score, 0);
        expect(total).toBeCloseTo(result.stats.scoreTotal, 9);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("takes the best units within capacities, never a non-positive edge without a quota", async () => {
    const result = await solveAllocation(
      instanceOf({
        people: [{ id: "a" }, { id: "b" }, { id: "c" }, { id: "d", capacity: 2 }, { id: "e" }],
        slots: [
          { id: "x", capacity: 2 },
          { id: "y", capacity: 1 },
          { id: "z", capacity: 0 },
        ],
        edges: [
          { person: "a", slot: "x", score: 5 },
          { person: "b", slot: "x", score: 7 },
          { person: "c", slot: "x", score: 6 },
          { person: "d", slot: "x", score: 1 },
          { person: "d", slot: "y", score: 4 },
          { person: "e", slot: "y", score: 0 },
          { person: "e", slot: "z", score: 9 },
        ],
      }),
    );
    expect(result.assignments).toEqual([
      { person: "b", slot: "x", score: 7 },
      { person: "c", slot: "x", score: 6 },
      { person: "d", slot: "y", score: 4 },
    ]);
    expect(result.objective).toBe(17);
    expect(result.optimal).toBe(true);
    expect(result.unassigned).toEqual([
      { person: "a", reason: "slots_taken_by_higher_total" },
      { person: "e", reason: "candidate_slots_closed" },
    ]);
    expect(result.stats.partiallyAssignedPeople).toBe(1);
  });

  it("gives a person with capacity 2 two different slots, never one slot twice", async () => {
    const result = await solveAllocation(
      instanceOf({
        people: [{ id: "a", capacity: 2 }],
        slots: [
          { id: "x", capacity: 5 },
          { id: "y", capacity: 5 },
        ],
        edges: [
          { person: "a", slot: "x", score: 10 },
          { person: "a", slot: "y", score: 1 },
        ],
      }),
    );
    expect(result.assignments.map((a) => a.slot)).toEqual(["x", "y"]);
    expect(result.objective).toBe(11);
  });

  it("pays a quota's penalty only when meeting it costs more, and never fails on an impossible quota", async () => {
    const base = {
      people: [{ id: "member", group: "priority" }, { id: "other" }, { id: "member2", group: "priority" }],
      slots: [{ id: "x", capacity: 1 }],
      edges: [
        { person: "member", slot: "x", score: 3 },
        { person: "other", slot: "x", score: 8 },
      ],
    };
    // 8 − 4 (penalty) > 3: the better candidate keeps the place and the shortfall is paid.
    const cheap = await solveAllocation(
      instanceOf({ ...base, quotas: [{ group: "priority", minShare: 1, penalty: 4 }] }),
    );
    expect(cheap.assignments).toEqual([{ person: "other", slot: "x", score: 8 }]);
    expect(cheap.objective).toBe(4);
    expect(cheap.stats.groups[0]!.quota).toMatchObject({ target: 1, shortfall: 1, penaltyTotal: 4 });
    // 3 > 8 − 10: the member is placed.
    const dear = await solveAllocation(
      instanceOf({ ...base, quotas: [{ group: "priority", minShare: 1, penalty: 10 }] }),
    );
    expect(dear.assignments).toEqual([{ person: "member", slot: "x", score: 3 }]);
    expect(dear.optimal).toBe(true);
    // A negative score is worth taking when the penalty it avoids is larger.
    const negative = await solveAllocation(
      instanceOf({
        people: [{ id: "m", group: "g" }],
        slots: [{ id: "x", capacity: 1 }],
        edges: [{ person: "m", slot: "x", score: -2 }],
        quotas: [{ group: "g", minShare: 1, penalty: 10 }],
      }),
    );
    expect(negative.objective).toBe(-2);
    // A target nobody can meet (member2 has no candidate slot) is a penalty, not an error.
    const impossible = await solveAllocation(
      instanceOf({
        ...base,
        slots: [{ id: "x", capacity: 3 }],
        edges: [...base.edges, { person: "member", slot: "x", score: 1 }].slice(1),
        quotas: [{ group: "priority", minShare: 1, penalty: 5 }],
      }),
    );
    expect(impossible.optimal).toBe(true);
    expect(impossible.stats.groups[0]!.quota).toMatchObject({ target: 2, shortfall: 1, penaltyTotal: 5 });
    expect(impossible.objective).toBe(8 + 1 - 5);
  });

  it("gives the same bytes for the same input", async () => {
    const problem = fc.sample(tinyProblem, { numRuns: 1, seed: 42 })[0]!;
    const first = JSON.stringify(await solveAllocation(instanceOf(problem)));
    const second = JSON.stringify(await solveAllocation(instanceOf(structuredClone(problem))));
    expect(second).toBe(first);
  });
});
