import { describe, expect, it } from "vitest";
import type { ForecastInput } from "./domain/forecast-types.ts";
import { forecastInWorkers } from "./forecast-in-workers.ts";

describe("forecastInWorkers", () => {
  it("gives the same results on two threads as inline, in input order, with one bad series failing alone", async () => {
    const inputs: ForecastInput[] = Array.from({ length: 120 }, (_, i) => ({
      values: Array.from(
        { length: 30 + (i % 20) },
        (_, t) => 50 + i + 10 * Math.sin(t / 2) + ((t * (i + 3)) % 7),
      ),
      seasonLength: 12,
      horizon: 6,
    }));
    inputs[57] = { values: [null, null], seasonLength: 12, horizon: 6 };
    const progress: number[] = [];
    const threaded = await forecastInWorkers(inputs, {
      models: ["ets", "combination"],
      threads: 2,
      minSeries: 0,
      onProgress: (done) => progress.push(done),
    });
    const inline = await forecastInWorkers(inputs, { models: ["ets", "combination"], threads: 1 });
    expect(threaded).toEqual(inline);
    expect(threaded[57]).toEqual({
      ok: false,
      reason: "no_observations",
      message: "the series has no observed values",
    });
    expect(threaded[3]).toMatchObject({
      ok: true,
      forecasts: { ets: { model: "ets" }, combination: { model: "combination" } },
    });
    expect(progress.at(-1)).toBe(120);
  });
});
