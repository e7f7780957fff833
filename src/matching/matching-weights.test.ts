import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadRulesData } from "../programs/rules-data.ts";
import { hoursCapFor } from "./domain/scoring/match-weights.ts";
import { MATCHING_WEIGHTS_FILE, matchingWeights, parseMatchingWeights } from "./matching-weights.ts";

describe("data/matching-weights.json", () => {
  it("loads, and merges each program's override over the default section by section", () => {
    const table = matchingWeights();
    expect(table.weightsFor(null).weights.distance).toBe(25);
    const senior = table.weightsFor("senior_public_interest");
    expect(senior.weights.distance).toBe(35);
    expect(senior.weights.schedule).toBe(25);
    expect(senior.groupWeights.senior).toBe(1);
    expect(senior.groupWeights.disabled).toBe(1);
    expect(senior.hours).toEqual({ targetMin: 6, targetMax: 10, caps: [] });
    // An unknown program code scores with the default.
    expect(table.weightsFor("not_a_program")).toBe(table.default);
  });

  it("keeps its weekly caps in step with the programs' hours rules for 2026", () => {
    const table = matchingWeights();
    const rules = loadRulesData().ruleSets.filter((s) => s.year === 2026);
    for (const set of rules) {
      const bands = (set.rules.hours ?? []).filter((b) => b.maxPerWeek !== undefined);
      if (bands.length === 0) continue;
      const weights = table.weightsFor(set.program);
      for (const age of [20, 45, 69, 70, 85]) {
        const expected = Math.min(
          ...bands
            .filter((b) => (b.minAge ?? 0) <= age && age <= (b.maxAge ?? 200))
            .map((b) => b.maxPerWeek!),
        );
        expect(hoursCapFor(weights, age), `${set.program} at ${age}`).toBe(expected);
      }
    }
  });

  it("refuses a broken file with the field and the reason", () => {
    const good = JSON.parse(readFileSync(MATCHING_WEIGHTS_FILE, "utf8"));
    const bad = (mutate: (file: typeof good) => void) => {
      const copy = structuredClone(good);
      mutate(copy);
      return () => parseMatchingWeights(JSON.stringify(copy));
    };
    expect(
      bad((f) => {
        f.default.weights.distance = -1;
      }),
    ).toThrow(/^data\/matching-weights.json: default.weights.distance: /);
    expect(
      bad((f) => {
        f.programs.no_such_program = {};
      }),
    ).toThrow(/programs: Unrecognized key: "no_such_program"/);
    expect(
      bad((f) => {
        f.programs.k_flex.weights = { speed: 3 };
      }),
    ).toThrow(/programs.k_flex.weights/);
    expect(
      bad((f) => {
        f.default.hours.targetMin = 40;
      }),
    ).toThrow(/default.hours.targetMin: .*target_min_above_max/);
    expect(() => parseMatchingWeights("{ not json")).toThrow(/^data\/matching-weights.json: not JSON/);
  });
});
