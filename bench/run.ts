import { matchQualityBench } from "../src/allocation-runs/match-quality.bench.ts";
import { forecastBench } from "../src/forecasting/forecast.bench.ts";
import { forecastStoreBench } from "../src/forecasting/forecast-store.bench.ts";
import { allocationBench } from "../src/matching/allocation.bench.ts";
import { recommendationBench } from "../src/matching/recommendation.bench.ts";
import { apiQueriesBench } from "../src/server/api-queries.bench.ts";

/**
 * `npm run bench [-- name]`: runs the benchmarks, each of which prints its figures with a peer
 * or baseline measured in the same run. Benchmarks live beside the code they measure.
 */
const BENCHES: Record<string, () => Promise<void>> = {
  api: apiQueriesBench,
  forecast: forecastBench,
  "forecast-store": forecastStoreBench,
  match: allocationBench,
  "match-quality": matchQualityBench,
  recommend: recommendationBench,
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const unknown = wanted.filter((name) => !BENCHES[name]);
if (unknown.length > 0) {
  console.error(`Unknown benchmark: ${unknown.join(", ")}. Available: ${Object.keys(BENCHES).join(", ")}`);
  process.exit(2);
}
for (const name of wanted.length > 0 ? wanted : Object.keys(BENCHES)) {
  console.log(`\n## ${name}`);
  await BENCHES[name]!();
}
