import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TAllocationProblem } from "../allocation-file.schema.ts";
import { type AllocationInstance, buildAllocationInstance } from "./allocation-instance.ts";
import { greedyAllocation, sortByScoreDescending } from "./greedy-allocation.ts";
import { solveAllocation } from "./solve-allocation.ts";
import { syntheticInstance } from "./synthetic-instance.ts";

function instanceOf(problem: TAllocationProblem): AllocationInstance {
  const built = buildAllocationInstance(problem);
  if (built.errors) throw new Error(JSON.stringify(built.errors));
  return built.instance;
}

const SCORES = [-3, -0, 0, 0.5, 1, 2, 2, 3.25, 5, 8, 0.1 + 0.2, 0.3, 1e-12];

const smallProblem = fc
  .record({ people: fc.integer({ min: 1, max: 8 }), slots: fc.integer({ min: 1, max: 5 }) })
  .chain(({ people, slots }) =>
    fc.record({
      personCapacity: fc.array(fc.constantFrom(0, 1, 1, 1, 2, 3), { minLength: people, maxLength: people }),
      personGroup: fc.array(fc.constantFrom(undefined, "a", "b"), { minLength: people, maxLength: people }),
      slotCapacity: fc.array(fc.constantFrom(0, 1, 1, 2, 3), { minLength: slots, maxLength: slots }),
      edges: fc.uniqueArray(
        fc.record({ person: fc.nat(people - 1), slot: fc.nat(slots - 1), score: fc.constantFrom(...SCORES) }),
        { selector: (e) => `${e.person}/${e.slot}`, maxLength: 30 },
      ),
      quota: fc.option(
        fc.record({
          group: fc.constantFrom("a", "b"),
          minShare: fc.constantFrom(0.25, 0.5, 1),
          penalty: fc.constantFrom(0, 1.5, 10),
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

/** The definition, written the obvious way: a comparator sort and a loop. */
function referenceGreedy(instance: AllocationInstance): Uint8Array {
  const { personCapacity, slotCapacity, edgeStart, edgeSlot, edgeScore } = instance;
  const links: { e: number; p: number }[] = [];
  for (let p = 0; p < personCapacity.length; p++) {
    for (let e = edgeStart[p]!; e < edgeStart[p + 1]!; e++) links.push({ e, p });
  }
  links.sort((a, b) => edgeScore[b.e]! - edgeScore[a.e]! || a.e - b.e);
  const personLeft = Int32Array.from(personCapacity);
  const slotLeft = Int32Array.from(slotCapacity);
  const taken = new Uint8Array(edgeSlot.length);
  for (const { e, p } of links) {
    const s = edgeSlot[e]!;
    if (edgeScore[e]! <= 0 || personLeft[p]! <= 0 || slotLeft[s]! <= 0) continue;
    personLeft[p]!--;
    slotLeft[s]!--;
    taken[e] = 1;
  }
  return taken;
}

describe("greedyAllocation", () => {
  it("keeps every person's and slot's capacity and takes only positive links", () => {
    fc.assert(
      fc.property(smallProblem, (problem) => {
        const instance = instanceOf(problem);
        const greedy = greedyAllocation(instance);
        const { personCapacity, slotCapacity, edgeStart, edgeSlot, edgeScore } = instance;
        const slotLoad = new Int32Array(slotCapacity.length);
        let total = 0;
        let units = 0;
        for (let p = 0; p < personCapacity.length; p++) {
          let taken = 0;
          for (let e = edgeStart[p]!; e < edgeStart[p + 1]!; e++) {
            if (greedy.edgeTaken[e] === 0) continue;
            expect(edgeScore[e]).toBeGreaterThan(0);
            taken++;
            slotLoad[edgeSlot[e]!]!++;
            total += edgeScore[e]!;
          }
          expect(taken).toBeLessThanOrEqual(personCapacity[p]!);
          units += taken;
        }
        slotLoad.forEach((load, s) => {
          expect(load).toBeLessThanOrEqual(slotCapacity[s]!);
        });
        expect(greedy.assignedUnits).toBe(units);
        expect(greedy.scoreTotal).toBeCloseTo(total, 12);
      }),
      { numRuns: 500 },
    );
  });

  it("takes links best first, equal scores in input order (the definition, checked against a plain sort)", () => {
    fc.assert(
      fc.property(smallProblem, (problem) => {
        const instance = instanceOf(problem);
        expect(Array.from(greedyAllocation(instance).edgeTaken)).toEqual(
          Array.from(referenceGreedy(instance)),
        );
      }),
      { numRuns: 500 },
    );
  });

  it("is never better than the optimum, quotas charged the same way", async () => {
    await fc.assert(
      fc.asyncProperty(smallProblem, async (problem) => {
        const instance = instanceOf(problem);
        const optimum = await solveAllocation(instance);
        const greedy = greedyAllocation(instance);
        expect(greedy.objective).toBeLessThanOrEqual(optimum.objective + 1e-9);
        expect(greedy.quotaPenaltyTotal).toBeCloseTo(greedy.scoreTotal - greedy.objective, 9);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("falls short where the best link blocks two good ones, and ignores a quota when choosing", () => {
    const greedy = greedyAllocation(
      instanceOf({
        people: [{ id: "a" }, { id: "b", group: "priority" }],
        slots: [
          { id: "x", capacity: 1 },
          { id: "y", capacity: 1 },
        ],
        edges: [
          { person: "a", slot: "x", score: 10 },
          { person: "a", slot: "y", score: 9 },
          { person: "b", slot: "x", score: 8 },
        ],
        quotas: [{ group: "priority", minShare: 0.5, penalty: 3 }],
      }),
    );
    // The optimum is a→y, b→x = 17 with the quota met; greedy takes a→x and leaves b out.
    expect(Array.from(greedy.edgeTaken)).toEqual([1, 0, 0]);
    expect(greedy.scoreTotal).toBe(10);
    expect(greedy.quotaPenaltyTotal).toBe(3);
    expect(greedy.objective).toBe(7);
    expect(greedy.assignedPeople).toBe(1);
  });

  it("gives the same result for the same instance", () => {
    const shape = {
      regions: 3,
      peoplePerRegion: 400,
      slotsPerRegion: 80,
      candidates: 20,
      maxSlotCapacity: 5,
    };
    const first = greedyAllocation(syntheticInstance(shape, 7));
    const second = greedyAllocation(syntheticInstance(shape, 7));
    expect(second.objective).toBe(first.objective);
    expect(Buffer.from(second.edgeTaken).equals(Buffer.from(first.edgeTaken))).toBe(true);
    expect(first.assignedUnits).toBeGreaterThan(0);
  });
});

describe("sortByScoreDescending", () => {
  it("orders any doubles highest first (+0 before −0) and keeps ties in the given order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(0, -0, 1, 1, -1, 2.5)), {
          maxLength: 300,
        }),
        (values) => {
          const score = Float64Array.from(values);
          const order = Int32Array.from(values.keys()).reverse();
          const position = new Map(Array.from(order, (item, i) => [item, i]));
          const negativeZero = (v: number) => (Object.is(v, -0) ? 1 : 0);
          const expected = Array.from(order).sort((a, b) => {
            const va = score[a]!;
            const vb = score[b]!;
            if (va !== vb) return va > vb ? -1 : 1;
            return negativeZero(va) - negativeZero(vb) || position.get(a)! - position.get(b)!;
          });
          expect(Array.from(sortByScoreDescending(order, score))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
