import { describe, expect, it } from "vitest";
import type { TimeSlot } from "../../../shared/domain/weekly-schedule.ts";
import { haversineKm } from "../scoring/distance-component.ts";
import { residentFeatures, workItemFeatures } from "../scoring/match-features.ts";
import { weightsTable } from "../scoring/match-weights.ts";
import { north, resident, TEST_WEIGHTS, workItem } from "../scoring/scoring-fixtures.ts";
import { SLOT_WORDS, slotsClash } from "../scoring/slot-words.ts";
import { buildBundles, hoursWindow } from "./build-bundles.ts";
import { type RecommendOptions, recommendWorkItems } from "./recommend-work-items.ts";
import { emptyResidentFeatures } from "./resident-store.ts";
import { syntheticMarket } from "./synthetic-market.ts";
import { WorkItemStore } from "./work-item-store.ts";

const TABLE = weightsTable({ default: TEST_WEIGHTS, programs: {} });
const OPTIONS: RecommendOptions = { weights: TABLE, year: 2026, limit: 200 };
const slot = (day: TimeSlot["day"], start: string, end: string): TimeSlot => ({ day, start, end });

/** A resident who wants 24 h a week, free on weekdays 09–18, and travels up to 10 km. */
const person = residentFeatures(
  resident({
    desiredHoursPerWeek: 24,
    maxTravelKm: 10,
    availability: (["mon", "tue", "wed", "thu", "fri"] as const).map((d) => slot(d, "09:00", "18:00")),
  }),
);

function storeOf(items: [string, Parameters<typeof workItem>[0]][]) {
  const store = new WorkItemStore(items.length);
  for (const [id, fields] of items) {
    const program = fields?.programCode ?? null;
    store.add(workItemFeatures(workItem(fields)), TABLE.indexOf(program), 11620, id);
  }
  return store.finish();
}

const names = (store: WorkItemStore, indices: number[]) =>
  indices
    .map((i) => store.ids[i])
    .sort()
    .join("+");

describe("buildBundles", () => {
  const A = {
    schedule: [slot("mon", "09:00", "13:00"), slot("wed", "09:00", "13:00")],
    hoursPerWeek: 8,
    location: north(1),
  };
  const B = {
    schedule: [slot("tue", "09:00", "13:00"), slot("thu", "09:00", "13:00")],
    hoursPerWeek: 8,
    location: north(1.5),
  };
  const C = { schedule: [slot("fri", "09:00", "15:00")], hoursPerWeek: 6, location: north(0.5) };
  const D = { schedule: [slot("mon", "09:00", "12:00")], hoursPerWeek: 3, location: north(0.5) };
  /** 7 km from A, starting the minute A ends: no time to get there. */
  const E = { schedule: [slot("mon", "13:00", "17:00")], hoursPerWeek: 4, location: north(8) };
  const F = {
    ...B,
    schedule: [slot("tue", "14:00", "18:00"), slot("thu", "14:00", "18:00")],
    programCode: "public_works",
  };
  const G = {
    ...C,
    schedule: [slot("wed", "14:00", "18:00")],
    hoursPerWeek: 4,
    programCode: "community_jobs",
  };

  it("combines small items into the weekly hours wanted, and explains the bundle", () => {
    const store = storeOf([
      ["A", A],
      ["B", B],
      ["C", C],
      ["D", D],
      ["E", E],
      ["F", F],
      ["G", G],
    ]);
    const bundles = buildBundles(store, person, recommendWorkItems(store, person, 11620, OPTIONS), OPTIONS, {
      limit: 50,
      maxItems: 3,
      poolSize: 24,
      travelKmh: 15,
      maxBundlesPerItem: 50,
    });
    const sets = bundles.map((b) => names(store, b.indices));
    expect(sets).toContain("A+B+C");
    const abc = bundles.find((b) => names(store, b.indices) === "A+B+C")!;
    expect(abc.totalHours).toBe(22);
    expect(abc.messageKo).toBe(
      "일감 3개로 주 22시간 (희망 주 24시간) · 시간 겹침 없음 · 가장 먼 일터 집에서 1.5km",
    );
    expect(abc.messageEn).toBe(
      "3 work items, 22 h a week (you want 24) · no clashing hours · farthest place 1.5 km from home",
    );
    expect(abc.items.every((s) => s.eligible)).toBe(true);
    for (const set of sets) {
      // Clashing hours, no time to travel, two direct-job programs at once.
      expect(set).not.toMatch(/A.*D/);
      expect(set).not.toMatch(/A.*E/);
      expect(set).not.toMatch(/F.*G/);
    }
    for (const b of bundles) {
      expect(b.totalHours).toBeGreaterThanOrEqual(20);
      expect(b.totalHours).toBeLessThanOrEqual(24);
    }
    expect(bundles.map((b) => b.score)).toEqual([...bundles.map((b) => b.score)].sort((x, y) => y - x));
  });

  it("allows two places on one day when the gap leaves time to travel, and names the trip", () => {
    const later = { ...E, schedule: [slot("mon", "14:00", "18:00")] };
    const store = storeOf([
      ["A", A],
      ["B", B],
      ["E", later],
    ]);
    const [bundle] = buildBundles(store, person, recommendWorkItems(store, person, 11620, OPTIONS), OPTIONS);
    expect(names(store, bundle!.indices)).toBe("A+B+E");
    expect(bundle!.sameDayTripKm).toBeCloseTo(7, 6);
    expect(bundle!.messageKo).toBe(
      "일감 3개로 주 20시간 (희망 주 24시간) · 시간 겹침 없음 · 가장 먼 일터 집에서 8.0km · 같은 날 일터 사이 7.0km",
    );
  });

  it("leaves out items that already fill the week on their own", () => {
    const big = {
      ...A,
      schedule: [slot("mon", "09:00", "18:00"), slot("tue", "09:00", "18:00"), slot("wed", "09:00", "15:00")],
      hoursPerWeek: 22,
    };
    const store = storeOf([
      ["big", big],
      ["B", B],
      ["C", C],
    ]);
    expect(buildBundles(store, person, recommendWorkItems(store, person, 11620, OPTIONS), OPTIONS)).toEqual(
      [],
    );
  });

  it("keeps every rule on a national-like market", () => {
    const market = syntheticMarket(
      { residents: 400, workItems: 3000, regions: 3, programs: TABLE.byIndex.length },
      5,
    );
    const r = emptyResidentFeatures();
    let bundles = 0;
    for (let k = 0; k < market.residents.size; k++) {
      market.residents.featuresAt(k, r);
      const pool = recommendWorkItems(market.items, r, market.residents.region[k]!, OPTIONS);
      for (const b of buildBundles(market.items, r, pool, OPTIONS)) {
        bundles++;
        const programs = new Set(b.indices.map((i) => market.items.program[i]).filter((p) => p !== 0));
        expect(programs.size).toBeLessThanOrEqual(1);
        const [lower, target] = hoursWindow(r, TABLE.byIndex[[...programs][0] ?? 0]!, 2026);
        expect(b.totalHours).toBeGreaterThanOrEqual(lower - 1e-9);
        expect(b.totalHours).toBeLessThanOrEqual(target + 1e-9);
        for (const i of b.indices) {
          for (const j of b.indices) {
            if (i < j)
              expect(
                slotsClash(market.items.schedule, i * SLOT_WORDS, market.items.schedule, j * SLOT_WORDS),
              ).toBe(false);
          }
          if (!market.items.remote[i] && !Number.isNaN(r.lat)) {
            expect(haversineKm(r.lat, r.lng, market.items.lat[i]!, market.items.lng[i]!)).toBeLessThanOrEqual(
              r.maxTravelKm + 0.25,
            );
          }
        }
        expect(b.items.every((s) => s.eligible)).toBe(true);
      }
    }
    expect(bundles).toBeGreaterThan(50);
  });
});
