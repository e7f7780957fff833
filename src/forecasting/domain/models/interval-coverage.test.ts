import { describe, expect, it } from "vitest";
import { SeededRandom } from "../../../shared/domain/seeded-random.ts";
import { intervalCoverage } from "../accuracy.ts";
import { forecastModels, type ModelName } from "./index.ts";

/**
 * Interval coverage on simulated data: 300 series from a local-level model with a fixed season
 * (level a random walk, plus noise), the data ETS(A,N,A) and the airline model describe. Over
 * 300 × 6 future values the share inside the 80% and 95% bands must be near 80% and 95%.
 */
function gaussian(random: SeededRandom): number {
  const u = Math.max(random.next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
}

describe("interval coverage on simulated series", () => {
  it("80% and 95% bands hold about 80% and 95% of future values", () => {
    const random = new SeededRandom(7);
    const season = [-20, -15, 0, 10, 20, 30, 25, 15, 0, -10, -20, -35];
    const n = 48;
    const horizon = 6;
    const models: ModelName[] = ["seasonal_naive", "ets", "arima", "theta", "combination"];
    const hits: Record<string, { c80: number; c95: number }> = {};
    for (const m of models) hits[m] = { c80: 0, c95: 0 };
    const runs = 300;
    for (let r = 0; r < runs; r++) {
      let level = 500;
      const y: number[] = [];
      for (let t = 0; t < n + horizon; t++) {
        level += 4 * gaussian(random);
        y.push(level + season[t % 12]! + 6 * gaussian(random));
      }
      const actual = y.slice(n);
      const all = forecastModels({ values: y.slice(0, n), seasonLength: 12, horizon }, models);
      for (const m of models) {
        hits[m]!.c80 += intervalCoverage(actual, all[m]!.lo80, all[m]!.hi80);
        hits[m]!.c95 += intervalCoverage(actual, all[m]!.lo95, all[m]!.hi95);
      }
    }
    const coverage = Object.fromEntries(
      models.map((m) => [m, { c80: hits[m]!.c80 / runs, c95: hits[m]!.c95 / runs }]),
    );
    for (const m of ["ets", "arima", "combination"]) {
      expect(coverage[m]!.c80, `${m} 80%`).toBeGreaterThan(0.74);
      expect(coverage[m]!.c80, `${m} 80%`).toBeLessThan(0.87);
      expect(coverage[m]!.c95, `${m} 95%`).toBeGreaterThan(0.91);
      expect(coverage[m]!.c95, `${m} 95%`).toBeLessThan(0.985);
    }
    expect(coverage.seasonal_naive!.c80).toBeGreaterThan(0.74);
    expect(coverage.seasonal_naive!.c95).toBeGreaterThan(0.91);
    // Theta's bands are those of its SES and leave out the error of the drift it adds, which on a
    // wandering level is large: they are known to be too narrow (Hyndman & Billah 2003), here
    // about 60% and 87%. The bound records that, so that a change making them worse shows.
    expect(coverage.theta!.c80).toBeGreaterThan(0.55);
    expect(coverage.theta!.c95).toBeGreaterThan(0.83);
  });
});
