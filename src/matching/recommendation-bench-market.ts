/**
 * The market both halves of `npm run bench -- recommend` use: the in-process measurements and
 * the HTTP server child process build the same deterministic market (1M residents and 200k open
 * work items by default; MAEUL_BENCH_RECOMMEND_RESIDENTS and _ITEMS scale it), and answer a
 * recommendation request the same way the API does (rank, explain the top, count the shown items
 * for congestion control), without the database and sign-in around it.
 */
import { ExposureLedger } from "./domain/recommendations/exposure-ledger.ts";
import {
  explainRecommendations,
  type RecommendOptions,
  recommendWorkItems,
} from "./domain/recommendations/recommend-work-items.ts";
import { emptyResidentFeatures } from "./domain/recommendations/resident-store.ts";
import { type Market, syntheticMarket } from "./domain/recommendations/synthetic-market.ts";
import type { WeightsTable } from "./domain/scoring/match-weights.ts";
import { matchingWeights } from "./matching-weights.ts";
import { presentExplanation } from "./recommendation.presenter.ts";

export const BENCH_YEAR = 2026;

export function benchSizes() {
  return {
    residents: Number(process.env.MAEUL_BENCH_RECOMMEND_RESIDENTS ?? 1_000_000),
    workItems: Number(process.env.MAEUL_BENCH_RECOMMEND_ITEMS ?? 200_000),
  };
}

export function benchMarket(): { market: Market; weights: WeightsTable } {
  const weights = matchingWeights();
  const market = syntheticMarket({ ...benchSizes(), programs: weights.byIndex.length }, 2026);
  return { market, weights };
}

/** One request as the API answers it: the top `limit` items with their explanations. */
export function recommendOnce(
  market: Market,
  weights: WeightsTable,
  ledger: ExposureLedger | null,
  resident: number,
  limit: number,
  nowMs: number,
) {
  const r = market.residents.featuresAt(resident, emptyResidentFeatures());
  const options: RecommendOptions = { weights, year: BENCH_YEAR, limit, ledger, nowMs };
  const ranked = recommendWorkItems(market.items, r, market.residents.region[resident]!, options);
  const explained = explainRecommendations(market.items, r, ranked.indices, {
    ...options,
    localExposurePerPlace: ranked.localExposurePerPlace,
  });
  ledger?.recordShown(resident, ranked.indices, nowMs);
  return {
    considered: ranked.considered,
    indices: ranked.indices,
    // The explanation as the API presents it (rounded figures); the work item by its index
    // instead of the public work-item object, which the API reads from the database.
    items: explained.map((s, k) => ({
      rank: k + 1,
      workItem: ranked.indices[k]!,
      score: Math.round(s.total * 100) / 100,
      explanation: presentExplanation(s),
    })),
  };
}

export function newLedger(market: Market, weights: WeightsTable): ExposureLedger {
  return new ExposureLedger(market.items.size, weights.default.congestion.halfLifeHours);
}
