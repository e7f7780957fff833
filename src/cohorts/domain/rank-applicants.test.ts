import { describe, expect, it } from "vitest";
import { APPLICATION_ACTIONS, COHORT_ACTIONS, checkTransition } from "./cohort-vocabulary.ts";
import { planSelection, type RankableApplication } from "./rank-applicants.ts";

const app = (
  id: string,
  score: number,
  age = 40,
  appliedAt = "2026-01-01T00:00:00Z",
): RankableApplication => ({ id, status: "eligible", score, age, appliedAt });

describe("selection in score order", () => {
  it("fills the free slots by score, earlier application first on ties, the rest waitlisted in order", () => {
    const plan = planSelection(
      [app("a", 10), app("b", 30), app("c", 30, 40, "2025-12-31T00:00:00Z"), app("d", 5)],
      2,
      { total: 0, senior: 0 },
    );
    expect(plan).toEqual({ selected: ["c", "b"], waitlisted: ["a", "d"], cappedOut: [] });
  });

  it("keeps people at or above 65 within 35% of the cohort", () => {
    const candidates = [
      app("s1", 90, 70),
      app("s2", 80, 66),
      app("s3", 70, 65),
      app("y1", 60),
      app("y2", 50),
      app("y3", 40),
      app("y4", 30),
    ];
    const plan = planSelection(candidates, 6, { total: 0, senior: 0 }, { age: 65, maxShare: 0.35 });
    // 35% of 6 = 2.1 → at most 2 seniors.
    expect(plan.selected).toEqual(["s1", "s2", "y1", "y2", "y3", "y4"]);
    expect(plan.cappedOut).toEqual(["s3"]);
    expect(plan.waitlisted).toEqual(["s3"]);
  });

  it("is deterministic whatever the input order", () => {
    const list = [app("x", 1), app("y", 1), app("z", 1)];
    expect(planSelection(list, 1, { total: 0, senior: 0 })).toEqual(
      planSelection([...list].reverse(), 1, { total: 0, senior: 0 }),
    );
  });
});

describe("state machines", () => {
  it("allows only the declared moves, and a repeated move is a no-op", () => {
    expect(checkTransition(APPLICATION_ACTIONS, "select", "eligible")).toEqual({
      ok: true,
      to: "selected",
      changed: true,
    });
    expect(checkTransition(APPLICATION_ACTIONS, "select", "selected")).toEqual({
      ok: true,
      to: "selected",
      changed: false,
    });
    expect(checkTransition(APPLICATION_ACTIONS, "place", "eligible")).toEqual({
      ok: false,
      from: "eligible",
    });
    expect(checkTransition(APPLICATION_ACTIONS, "withdraw", "withdrawn")).toMatchObject({
      ok: true,
      changed: false,
    });
    expect(checkTransition(COHORT_ACTIONS, "start", "recruiting")).toEqual({ ok: false, from: "recruiting" });
    expect(checkTransition(COHORT_ACTIONS, "open_recruitment", "draft")).toEqual({
      ok: true,
      to: "recruiting",
      changed: true,
    });
  });
});
