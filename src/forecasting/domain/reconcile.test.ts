import { describe, expect, it } from "vitest";
import type { Forecast } from "./forecast-types.ts";
import { type HierarchyNode, type ReconciliationMethod, reconcileForecasts } from "./reconcile.ts";

/** National → two 시도 → five 시군구 (세종-like 시도 with a single district included). */
const NODES: HierarchyNode[] = [
  { id: "KR", parent: null },
  { id: "11", parent: "KR" },
  { id: "36", parent: "KR" },
  { id: "11110", parent: "11" },
  { id: "11140", parent: "11" },
  { id: "11170", parent: "11" },
  { id: "11620", parent: "11" },
  { id: "36110", parent: "36" },
];
const LEAVES = ["11110", "11140", "11170", "11620", "36110"];
const CHILDREN: Record<string, string[]> = { KR: ["11", "36"], "11": LEAVES.slice(0, 4), "36": ["36110"] };

function forecast(mean: number[], width = 10): Forecast {
  return {
    model: "ets",
    mean,
    lo80: mean.map((m) => m - width),
    hi80: mean.map((m) => m + width),
    lo95: mean.map((m) => m - 2 * width),
    hi95: mean.map((m) => m + 2 * width),
    notes: [],
  };
}

/** Base forecasts that do not add up: the national one is 8% above the sum of the districts. */
function incoherent(): Map<string, Forecast> {
  const leaf: Record<string, number[]> = {
    "11110": [100, 110, 120],
    "11140": [50, 55, 60],
    "11170": [80, 70, 60],
    "11620": [300, 310, 320],
    "36110": [40, 42, 44],
  };
  const base = new Map<string, Forecast>(Object.entries(leaf).map(([id, m]) => [id, forecast(m)]));
  base.set("11", forecast([560, 530, 580]));
  base.set("36", forecast([45, 41, 47]));
  base.set("KR", forecast([660, 640, 700], 40));
  return base;
}

function expectCoherent(result: Map<string, Forecast>) {
  for (const [parent, kids] of Object.entries(CHILDREN)) {
    result.get(parent)!.mean.forEach((v, h) => {
      const sum = kids.reduce((s, k) => s + result.get(k)!.mean[h]!, 0);
      expect(v).toBeCloseTo(sum, 9);
    });
  }
}

describe("reconcileForecasts", () => {
  it.each<ReconciliationMethod>(["wls_structural", "ols", "bottom_up"])(
    "%s: every 시도 is the sum of its 시군구 and the nation the sum of its 시도, at every step",
    (method) => {
      const result = reconcileForecasts(NODES, incoherent(), { method });
      expectCoherent(result);
      expect(result.get("KR")!.notes).toContain(`reconciled across levels (${method})`);
    },
  );

  it("bottom-up keeps the district forecasts and sums them", () => {
    const base = incoherent();
    const result = reconcileForecasts(NODES, base, { method: "bottom_up" });
    for (const leaf of LEAVES) expect(result.get(leaf)!.mean).toEqual(base.get(leaf)!.mean);
    expect(result.get("KR")!.mean).toEqual([570, 587, 604]);
  });

  it("forecasts that already add up are left as they are (the projection fixes coherent ones)", () => {
    const base = incoherent();
    const bottomUp = reconcileForecasts(NODES, base, { method: "bottom_up" });
    for (const method of ["wls_structural", "ols"] as const) {
      const again = reconcileForecasts(NODES, bottomUp, { method });
      for (const node of NODES) {
        again.get(node.id)!.mean.forEach((v, h) => {
          expect(v).toBeCloseTo(bottomUp.get(node.id)!.mean[h]!, 9);
        });
      }
    }
  });

  it("the national forecast pulls the districts up when it is higher, less with structural weights than with OLS", () => {
    const base = incoherent();
    const wls = reconcileForecasts(NODES, base, { method: "wls_structural" });
    const ols = reconcileForecasts(NODES, base, { method: "ols" });
    const moved = (r: Map<string, Forecast>) => r.get("11620")!.mean[0]! - base.get("11620")!.mean[0]!;
    expect(moved(ols)).toBeGreaterThan(0);
    expect(moved(wls)).toBeGreaterThan(0);
    // the top node is noisier; WLS_s trusts it less than OLS does
    expect(Math.abs(wls.get("KR")!.mean[0]! - 660)).toBeGreaterThan(Math.abs(ols.get("KR")!.mean[0]! - 660));
  });

  it("interval bounds move with the mean and keep their width", () => {
    const base = incoherent();
    const result = reconcileForecasts(NODES, base);
    for (const node of NODES) {
      const r = result.get(node.id)!;
      const b = base.get(node.id)!;
      r.mean.forEach((m, h) => {
        expect(r.hi95[h]! - r.lo95[h]!).toBeCloseTo(b.hi95[h]! - b.lo95[h]!, 9);
        expect(r.lo80[h]! - m).toBeCloseTo(b.lo80[h]! - b.mean[h]!, 9);
      });
    }
  });

  it("with nonNegative, a district pushed below 0 is set to 0 and the sums still hold", () => {
    const base = incoherent();
    base.set("36110", forecast([1, 1, 1]));
    base.set("36", forecast([-300, -300, -300]));
    base.set("KR", forecast([300, 300, 300]));
    const result = reconcileForecasts(NODES, base, { method: "ols", nonNegative: true });
    expect(Math.min(...result.get("36110")!.mean)).toBe(0);
    expect(Math.min(...result.get("36110")!.lo95)).toBe(0);
    expect(result.get("36")!.notes).toContain("1 reconciled bottom-level forecast(s) below 0 set to 0");
    expectCoherent(result);
  });

  it("refuses a missing forecast, a horizon that differs, an unknown parent, a cycle", () => {
    const base = incoherent();
    base.delete("36110");
    expect(() => reconcileForecasts(NODES, base)).toThrow("no base forecast for node 36110");
    const short = incoherent();
    short.set("11", forecast([1, 2]));
    expect(() => reconcileForecasts(NODES, short)).toThrow("horizon 2");
    expect(() => reconcileForecasts([{ id: "a", parent: "zz" }], new Map([["a", forecast([1])]]))).toThrow(
      "unknown parent zz",
    );
    expect(() =>
      reconcileForecasts(
        [
          { id: "a", parent: "b" },
          { id: "b", parent: "a" },
        ],
        new Map([
          ["a", forecast([1])],
          ["b", forecast([1])],
        ]),
      ),
    ).toThrow("cycle");
  });
});
