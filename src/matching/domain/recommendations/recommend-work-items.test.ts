import { describe, expect, it } from "vitest";
import { residentFeatures, workItemFeatures } from "../scoring/match-features.ts";
import { type WeightsTable, weightsTable } from "../scoring/match-weights.ts";
import { EXCLUDED, matchTotal } from "../scoring/score-match.ts";
import { north, resident, TEST_WEIGHTS, workItem } from "../scoring/scoring-fixtures.ts";
import { ExposureLedger } from "./exposure-ledger.ts";
import { gini } from "./gini.ts";
import { explainCandidates, rankCandidates } from "./rank-candidates.ts";
import { explainRecommendations, type RecommendOptions, recommendWorkItems } from "./recommend-work-items.ts";
import { emptyResidentFeatures } from "./resident-store.ts";
import { syntheticMarket } from "./synthetic-market.ts";
import { emptyWorkItemFeatures, WorkItemStore } from "./work-item-store.ts";

const TABLE: WeightsTable = weightsTable({
  default: TEST_WEIGHTS,
  programs: {
    public_works: {
      hours: {
        caps: [
          { maxAge: 69, maxPerWeek: 30 },
          { minAge: 70, maxPerWeek: 15 },
        ],
      },
    },
    senior_public_interest: { weights: { distance: 35 }, hours: { targetMin: 6, targetMax: 10 } },
  },
});
const PROGRAMS = TABLE.byIndex.length;

/** Every item scored, no index, no cap: what the index must reproduce. */
function bruteForce(
  store: WorkItemStore,
  r: ReturnType<typeof emptyResidentFeatures>,
  region: number,
  limit: number,
  options: RecommendOptions,
) {
  const cursor = emptyWorkItemFeatures();
  const all: { i: number; total: number }[] = [];
  for (let i = 0; i < store.size; i++) {
    if (!store.active[i]) continue;
    // A resident without a location is offered on-site work in their own district only.
    if (Number.isNaN(r.lat) && !store.remote[i] && store.region[i] !== region) continue;
    store.featuresAt(i, cursor);
    const exposure = options.ledger
      ? {
          recent: options.ledger.recent(i, options.nowMs ?? 0),
          localPerPlace: options.localExposurePerPlace ?? 0,
        }
      : undefined;
    const total = matchTotal(r, cursor, TABLE.byIndex[store.program[i]!]!, {
      year: 2026,
      exposure,
      eligibility: options.eligibilityFor?.(i),
    });
    if (total !== EXCLUDED) all.push({ i, total });
  }
  all.sort((a, b) => b.total - a.total || a.i - b.i);
  return all.slice(0, limit);
}

describe("recommendWorkItems", () => {
  const market = syntheticMarket(
    { residents: 3000, workItems: 2500, regions: 6, programs: PROGRAMS, remoteShare: 0.05 },
    7,
  );

  it("finds exactly what scoring every item would find (spatial index, remote list, district list)", () => {
    const r = emptyResidentFeatures();
    let compared = 0;
    for (let k = 0; k < 3000; k += 13) {
      market.residents.featuresAt(k, r);
      const options: RecommendOptions = { weights: TABLE, year: 2026, limit: 20, maxCandidates: 100_000 };
      const ranked = recommendWorkItems(market.items, r, market.residents.region[k]!, options);
      const expected = bruteForce(market.items, r, market.residents.region[k]!, 20, options);
      expect([...ranked.indices], `resident ${k}`).toEqual(expected.map((e) => e.i));
      expect([...ranked.totals]).toEqual(expected.map((e) => e.total));
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("stays exact with congestion on, an eligibility hook and remote-preferring residents", () => {
    // The ranking measures only the items whose bound (most parts exact, priority and
    // eligibility at their most) can beat the heap's worst total: crowded items, verdicts that
    // add or exclude, and residents who score every remote item must not change the top 20.
    const ledger = new ExposureLedger(market.items.size, 72);
    for (let k = 0; k < 400; k++) {
      const crowded = Int32Array.from({ length: 30 }, (_, j) => (k * 31 + j * 97) % market.items.size);
      ledger.recordShown(`other-${k}`, crowded, 0);
    }
    const verdicts = ["eligible", "needs_document", "ineligible", undefined] as const;
    const eligibilityFor = (i: number) => {
      const status = verdicts[i % 4];
      return status ? { status } : undefined;
    };
    const r = emptyResidentFeatures();
    let compared = 0;
    let remoteResidents = 0;
    for (let k = 0; k < 3000; k += 7) {
      market.residents.featuresAt(k, r);
      if (r.remote >= 1) remoteResidents++;
      const options: RecommendOptions = {
        weights: TABLE,
        year: 2026,
        limit: 20,
        maxCandidates: 100_000,
        ledger,
        nowMs: 3_600_000,
        localExposurePerPlace: 0.5,
        ...(k % 2 === 0 ? { eligibilityFor } : {}),
      };
      const ranked = recommendWorkItems(market.items, r, market.residents.region[k]!, options);
      const expected = bruteForce(market.items, r, market.residents.region[k]!, 20, options);
      expect([...ranked.indices], `resident ${k}`).toEqual(expected.map((e) => e.i));
      expect([...ranked.totals]).toEqual(expected.map((e) => e.total));
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(3000);
    expect(remoteResidents).toBeGreaterThan(30);
  });

  it("explains each recommended item with the very total it was ranked by", () => {
    const r = market.residents.featuresAt(42, emptyResidentFeatures());
    const options: RecommendOptions = { weights: TABLE, year: 2026, limit: 10 };
    const ranked = recommendWorkItems(market.items, r, market.residents.region[42]!, options);
    const explained = explainRecommendations(market.items, r, ranked.indices, options);
    expect(explained.map((s) => s.total)).toEqual([...ranked.totals]);
    expect(explained.every((s) => s.eligible && s.summaryKo.length > 0)).toBe(true);
  });

  it("explains with the same congestion penalty as it ranked by, local pressure included", () => {
    const ledger = new ExposureLedger(market.items.size, 72);
    const r = emptyResidentFeatures();
    const base: RecommendOptions = { weights: TABLE, year: 2026, limit: 10 };
    let who = 0;
    let first = recommendWorkItems(
      market.items,
      market.residents.featuresAt(who, r),
      market.residents.region[who]!,
      base,
    );
    while (first.indices.length < 10) {
      who++;
      market.residents.featuresAt(who, r);
      first = recommendWorkItems(market.items, r, market.residents.region[who]!, base);
    }
    // Crowd the resident's first choices: far past the fixed threshold of 8 per place.
    for (let k = 0; k < 200; k++) ledger.recordShown(`other-${k}`, first.indices.subarray(0, 5), 0);
    const options: RecommendOptions = { ...base, ledger, nowMs: 0 };
    const ranked = recommendWorkItems(market.items, r, market.residents.region[who]!, options);
    expect(ranked.localExposurePerPlace).toBeGreaterThan(0);
    const explained = explainRecommendations(market.items, r, ranked.indices, {
      ...options,
      localExposurePerPlace: ranked.localExposurePerPlace,
    });
    expect(explained.map((s) => s.total)).toEqual([...ranked.totals]);
    expect(explained.every((s) => s.components.some((c) => c.key === "congestion"))).toBe(true);
  });

  it("drops a closed item at once and offers an item added after the build", () => {
    const store = new WorkItemStore(3);
    const near = workItemFeatures(workItem());
    store.add(near, 0, 11620, "a");
    store.add(workItemFeatures(workItem({ location: north(0.5) })), 0, 11620, "b");
    store.finish();
    const r = residentFeatures(resident());
    const options: RecommendOptions = { weights: TABLE, year: 2026, limit: 5 };
    const ranked = () => [...recommendWorkItems(store, r, 11620, options).indices].map((i) => store.ids[i]);
    expect(ranked()).toEqual(["b", "a"]);
    store.deactivate(store.ids.indexOf("b"));
    store.add(workItemFeatures(workItem({ location: north(0.1) })), 0, 11620, "c");
    expect(ranked()).toEqual(["c", "a"]);
  });

  it("offers a resident without a location the items of their district and remote work", () => {
    const store = new WorkItemStore(3);
    store.add(workItemFeatures(workItem()), 0, 11620, "here");
    store.add(workItemFeatures(workItem()), 0, 11680, "elsewhere");
    store.add(workItemFeatures(workItem({ remote: true, location: null })), 0, 26350, "remote");
    store.finish();
    const r = residentFeatures(resident({ location: null, remotePreference: "prefer" }));
    const ranked = recommendWorkItems(store, r, 11620, { weights: TABLE, year: 2026, limit: 5 });
    expect([...ranked.indices].map((i) => store.ids[i])).toEqual(["remote", "here"]);
  });
});

describe("rankCandidates", () => {
  const market = syntheticMarket(
    { residents: 4000, workItems: 300, regions: 5, programs: PROGRAMS, remoteShare: 0.05 },
    11,
  );

  it("finds exactly what scoring every resident would find (travel tiers, remote list)", () => {
    const item = emptyWorkItemFeatures();
    const r = emptyResidentFeatures();
    let compared = 0;
    for (let i = 0; i < market.items.size; i += 7) {
      market.items.featuresAt(i, item);
      const weights = TABLE.byIndex[market.items.program[i]!]!;
      const ranked = rankCandidates(market.residents, item, market.items.region[i]!, {
        weights,
        year: 2026,
        limit: 30,
      });
      const all: { k: number; total: number }[] = [];
      for (let k = 0; k < market.residents.size; k++) {
        // Residents without a location are candidates for on-site work in their own district only.
        const elsewhere = market.residents.region[k] !== market.items.region[i];
        if (Number.isNaN(market.residents.lat[k]!) && !item.remote && elsewhere) continue;
        const total = matchTotal(market.residents.featuresAt(k, r), item, weights, { year: 2026 });
        if (total !== EXCLUDED) all.push({ k, total });
      }
      all.sort((a, b) => b.total - a.total || a.k - b.k);
      const expected = all.slice(0, 30);
      expect([...ranked.indices]).toEqual(expected.map((e) => e.k));
      const explained = explainCandidates(market.residents, item, ranked.indices, {
        weights,
        year: 2026,
        limit: 30,
      });
      expect(explained.map((s) => s.total)).toEqual([...ranked.totals]);
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(300);
  });

  it("asks the eligibility hook only about residents who could enter the list, with the same result", () => {
    const item = emptyWorkItemFeatures();
    const r = emptyResidentFeatures();
    const statuses = ["eligible", "needs_document", "ineligible", undefined] as const;
    // A verdict per resident that is not monotone in anything the score reads.
    const verdictOf = (k: number) => {
      const status = statuses[(k * 7) % 4];
      return status ? { status } : undefined;
    };
    let asked = 0;
    let passing = 0;
    for (let i = 0; i < market.items.size; i += 11) {
      market.items.featuresAt(i, item);
      const weights = TABLE.byIndex[market.items.program[i]!]!;
      const eligibilityFor = (k: number) => {
        asked++;
        return verdictOf(k);
      };
      const options = { weights, year: 2026, limit: 5, eligibilityFor };
      const ranked = rankCandidates(market.residents, item, market.items.region[i]!, options);
      const all: { k: number; total: number }[] = [];
      for (let k = 0; k < market.residents.size; k++) {
        const elsewhere = market.residents.region[k] !== market.items.region[i];
        if (Number.isNaN(market.residents.lat[k]!) && !item.remote && elsewhere) continue;
        market.residents.featuresAt(k, r);
        // Asking every resident who passes the hard filters is what scoring them all would do.
        if (matchTotal(r, item, weights, { year: 2026, eligibility: { status: "eligible" } }) !== EXCLUDED) {
          passing++;
        }
        const total = matchTotal(r, item, weights, { year: 2026, eligibility: verdictOf(k) });
        if (total !== EXCLUDED) all.push({ k, total });
      }
      all.sort((a, b) => b.total - a.total || a.k - b.k);
      expect([...ranked.indices]).toEqual(all.slice(0, 5).map((e) => e.k));
    }
    // In random order about k·(1 + ln(n/k)) of n candidates ever beat the kept k.
    expect(asked).toBeLessThan(passing / 2);
  });

  it("considers only the residents the caller may see", () => {
    const item = market.items.featuresAt(3, emptyWorkItemFeatures());
    const region = market.residents.region[0]!;
    const ranked = rankCandidates(market.residents, item, market.items.region[3]!, {
      weights: TEST_WEIGHTS,
      year: 2026,
      limit: 50,
      include: (k) => market.residents.region[k] === region,
    });
    expect([...ranked.indices].every((k) => market.residents.region[k] === region)).toBe(true);
  });
});

describe("congestion control", () => {
  /**
   * One dense district, 1,500 residents asking in turn for their top 5 of 200 items. Without
   * congestion control the best-placed items are shown to almost everyone; with it, shown items
   * spread (a lower Gini of recommendations per item, more items shown at all), at a small cost
   * in the scores without the congestion part.
   */
  function simulate(control: boolean) {
    const market = syntheticMarket({ residents: 1500, workItems: 200, regions: 1, remoteShare: 0 }, 3);
    const ledger = new ExposureLedger(market.items.size, 72);
    const shown = new Float64Array(market.items.size);
    const r = emptyResidentFeatures();
    let fit = 0;
    let lists = 0;
    for (let k = 0; k < market.residents.size; k++) {
      market.residents.featuresAt(k, r);
      const options: RecommendOptions = {
        weights: TABLE,
        year: 2026,
        limit: 5,
        ledger: control ? ledger : null,
        nowMs: k * 1000,
      };
      const ranked = recommendWorkItems(market.items, r, market.residents.region[k]!, options);
      if (control) ledger.recordShown(k, ranked.indices, k * 1000);
      for (const i of ranked.indices) {
        shown[i]! += 1;
        const item = market.items.featuresAt(i, emptyWorkItemFeatures());
        fit += matchTotal(r, item, TABLE.byIndex[market.items.program[i]!]!, { year: 2026 });
      }
      lists += ranked.indices.length > 0 ? 1 : 0;
    }
    return { gini: gini(shown), itemsShown: shown.filter((n) => n > 0).length, meanFit: fit / lists };
  }

  it("spreads recommendations over more items, measured by the Gini of recommendations per item", () => {
    const without = simulate(false);
    const withControl = simulate(true);
    // Measured (2026-11-29, penalty relative to the local mean): 0.53 → 0.46, 189 → 194 items shown, fit −2.5%.
    expect(withControl.gini).toBeLessThan(without.gini - 0.05);
    expect(withControl.itemsShown).toBeGreaterThan(without.itemsShown);
    // The spread costs little fit: the scores without the congestion part fall by under 5%.
    expect(withControl.meanFit).toBeGreaterThan(0.95 * without.meanFit);
  });
});

describe("gini", () => {
  it("is 0 for an even spread and (n−1)/n when everything is on one", () => {
    expect(gini([3, 3, 3, 3])).toBe(0);
    expect(gini([0, 0, 0, 8])).toBeCloseTo(0.75, 12);
    expect(gini([1, 2, 3, 4])).toBeCloseTo(0.25, 12);
    expect(gini([])).toBe(0);
    expect(gini([0, 0])).toBe(0);
  });
});

describe("ExposureLedger", () => {
  it("fades counts with the half-life and counts an item once per resident until it leaves their list", () => {
    const ledger = new ExposureLedger(3, 1);
    ledger.recordShown("a", [0, 1], 0);
    ledger.recordShown("a", [0, 1], 0);
    expect(ledger.recent(0, 0)).toBe(1);
    ledger.recordShown("b", [0], 0);
    expect(ledger.recent(0, 0)).toBe(2);
    expect(ledger.recent(0, 3_600_000)).toBeCloseTo(1, 12);
    ledger.recordShown("a", [2], 0);
    ledger.recordShown("a", [0], 0);
    expect(ledger.recent(0, 0)).toBe(3);
  });

  it("carries counts over to a rebuilt store by item id", () => {
    const ledger = new ExposureLedger(2, 1);
    ledger.recordShown("a", [0, 1], 0);
    ledger.recordShown("b", [1], 0);
    const next = ledger.carriedOver(["x", "y"], ["y", "z", "x"], 1);
    expect([next.recent(0, 0), next.recent(1, 0), next.recent(2, 0)]).toEqual([2, 0, 1]);
  });
});
