import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { SeededRandom } from "../shared/domain/seeded-random.ts";
import type { TAllocationProblem } from "./allocation-file.schema.ts";
import { certifyComponent } from "./domain/allocation-certificate.ts";
import { buildAllocationInstance } from "./domain/allocation-instance.ts";
import { quotaTargets } from "./domain/quota-targets.ts";
import { solveAllocation } from "./domain/solve-allocation.ts";
import { splitComponents } from "./domain/split-components.ts";
import { solveComponent } from "./domain/successive-shortest-paths.ts";
import { type Highs, loadHighsPeer, solveInstanceWithHighs } from "./highs-peer.ts";

interface Shape {
  seed: number;
  people: number;
  slots: number;
  maxCandidates: number;
  maxSlotCapacity: number;
  multiUnitShare: number;
  quota: { minShare: number; penalty: number } | null;
}

/** A medium random problem: clustered appeal so that people compete, some negative scores, groups. */
function randomProblem(shape: Shape): TAllocationProblem {
  const random = new SeededRandom(shape.seed);
  const appeal = Array.from({ length: shape.slots }, () => random.next() * 40);
  const people = Array.from({ length: shape.people }, (_, i) => ({
    id: `p${i}`,
    capacity: random.chance(shape.multiUnitShare) ? random.int(0, 3) : 1,
    ...(random.chance(0.3) ? { group: random.chance(0.7) ? "priority" : "other" } : {}),
  }));
  const slots = appeal.map((_, i) => ({ id: `s${i}`, capacity: random.int(0, shape.maxSlotCapacity) }));
  const edges: TAllocationProblem["edges"] = [];
  for (let p = 0; p < shape.people; p++) {
    const base = random.next() * 30 - 5;
    const chosen = random.sample(
      Array.from({ length: shape.slots }, (_, s) => s),
      random.int(0, shape.maxCandidates),
    );
    for (const s of chosen) {
      const score = base + appeal[s]! + random.next() * 15 - 10;
      edges.push({ person: `p${p}`, slot: `s${s}`, score: random.chance(0.2) ? Math.round(score) : score });
    }
  }
  const hasPriority = people.some((p) => p.group === "priority");
  return {
    people,
    slots,
    edges,
    quotas: shape.quota && hasPriority ? [{ group: "priority", ...shape.quota }] : [],
  };
}

const shapes = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  people: fc.integer({ min: 20, max: 150 }),
  slots: fc.integer({ min: 3, max: 40 }),
  maxCandidates: fc.integer({ min: 1, max: 8 }),
  maxSlotCapacity: fc.integer({ min: 1, max: 6 }),
  multiUnitShare: fc.constantFrom(0, 0, 0.2),
  quota: fc.option(
    fc.record({
      minShare: fc.double({ min: 0, max: 1, noNaN: true }),
      penalty: fc.constantFrom(0, 2, 15, 60),
    }),
  ),
});

describe("the solver against HiGHS (the LP optimum)", () => {
  let highs: Highs;
  beforeAll(async () => {
    highs = await loadHighsPeer();
  });

  it("reaches HiGHS's optimum on medium random instances, and its own bound proves it", async () => {
    await fc.assert(
      fc.asyncProperty(shapes, async (shape) => {
        const built = buildAllocationInstance(randomProblem(shape));
        if (built.errors) throw new Error(JSON.stringify(built.errors));
        const result = await solveAllocation(built.instance);
        const peer = solveInstanceWithHighs(highs, built.instance);
        expect(peer.status).toBe("optimal");
        const scale = Math.max(1, Math.abs(peer.objective));
        expect(Math.abs(result.objective - peer.objective) / scale).toBeLessThanOrEqual(1e-9);
        expect(result.optimal).toBe(true);
        expect(result.stats.verification.dualBound).toBeGreaterThanOrEqual(peer.objective - 1e-9 * scale);
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it("is exact with or without the auction's warm start", () => {
    for (const seed of [3, 5, 8]) {
      const shape: Shape = {
        seed,
        people: 400,
        slots: 60,
        maxCandidates: 10,
        maxSlotCapacity: 8,
        multiUnitShare: 0.1,
        quota: { minShare: 0.6, penalty: 25 },
      };
      const built = buildAllocationInstance(randomProblem(shape));
      if (built.errors) throw new Error(JSON.stringify(built.errors));
      const { targets } = quotaTargets(built.instance);
      const split = splitComponents(built.instance, targets);
      let cold = 0;
      for (const problem of split.problems) {
        const certificate = certifyComponent(problem, solveComponent(problem));
        cold += certificate.scoreTotal - certificate.penaltyTotal;
        expect(
          certificate.dualBound - (certificate.scoreTotal - certificate.penaltyTotal),
        ).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(certificate.dualBound)));
      }
      const peer = solveInstanceWithHighs(highs, built.instance);
      const constant = targets.reduce(
        (sum, t, q) => sum + (t.active ? t.penalty * Math.max(0, t.target - split.flowUnits[q]!) : 0),
        0,
      );
      expect(cold - constant).toBeCloseTo(peer.objective, 6);
    }
  }, 60_000);
});
