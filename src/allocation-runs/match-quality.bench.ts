/**
 * `npm run bench -- match-quality`: does Maeul's matching place more people, nearer home, in
 * hours they can work, and spread its recommendations, compared with sorting by distance? Measured
 * on the demo population of the ten pilot districts (the in-memory generators of src/demo, the
 * same residents and work items `maeul serve` seeds), in one run, with two comparisons:
 *
 * 1. **Allocation** — every resident of a district is an applicant, every open work item offers
 *    `headcount` places. *Maeul*: the optimal allocation (src/allocation-runs, exact solver) of
 *    the pair scores (matchTotal with each item's program weights; pairs failing a hard condition
 *    get no edge). *Nearest-first*: residents in a seeded arrival order each get the nearest item
 *    with a free place within their travel limit (a list sorted by distance; no schedule or skills).
 * 2. **Recommendations** — each resident, in the same arrival order, is shown 10 items. *Maeul*:
 *    recommendWorkItems with congestion control (the exposure ledger, as the API), and for
 *    reference without it. *Nearest-first*: the 10 nearest items within the travel limit, whatever
 *    they ask for. Residents then serve themselves: each walks down their list and takes the first
 *    item with a free place that they accept.
 *
 * **Acceptance model** (the same for every method, with common random numbers: the draw for a
 * (resident, item) pair is seeded by both ids, so methods differ only in what they offer):
 * - the institution declines a person without a required skill or certificate (p = 0), and an
 *   on-site item is impossible for someone who works remotely only (and a remote item for someone
 *   on site only);
 * - otherwise the resident accepts with p = 0.9 × exp(−distance / 4 km) × coverage, where
 *   coverage is the share of the item's scheduled hours within the resident's availability (remote
 *   work counts as distance 0).
 *
 * Figures, per method: places filled after acceptance (fill rate), mean distance and schedule
 * coverage of the accepted placements, the share of residents in a priority group (senior,
 * disabled, low income) who end up placed beside the share of everyone, and for recommendations
 * the Gini coefficient of how often each work item was shown (0: evenly; near 1: a few items
 * shown to everyone).
 */
import { around } from "geokdbush";
import { toDemoRegion } from "../demo/domain/demo-region.ts";
import { STANDARD_SCALE } from "../demo/domain/demo-scale.ts";
import { generateDemoDistrict } from "../demo/domain/generate-demo-district.ts";
import { PILOT_DISTRICT_CODES } from "../demo/pilot-districts.ts";
import { ExposureLedger } from "../matching/domain/recommendations/exposure-ledger.ts";
import { gini } from "../matching/domain/recommendations/gini.ts";
import { recommendWorkItems } from "../matching/domain/recommendations/recommend-work-items.ts";
import { WorkItemStore } from "../matching/domain/recommendations/work-item-store.ts";
import { haversineKm } from "../matching/domain/scoring/distance-component.ts";
import {
  type ResidentFeatures,
  residentFeatures,
  type WorkItemFeatures,
  workItemFeatures,
} from "../matching/domain/scoring/match-features.ts";
import { EXCLUDED, matchTotal } from "../matching/domain/scoring/score-match.ts";
import { countOverlap } from "../matching/domain/scoring/slot-words.ts";
import { matchingWeights } from "../matching/matching-weights.ts";
import { loadRegionDataset } from "../regions/source-data/load-region-dataset.ts";
import type { ResidentGroup } from "../residents/domain/resident-vocabulary.ts";
import { SeededRandom } from "../shared/domain/seeded-random.ts";
import type { CandidatePair, CohortAllocationProblem } from "./domain/cohort-allocation-problem.ts";
import { solveCohortAllocation } from "./domain/solve-cohort-allocation.ts";

const YEAR = 2026;
const LIST_LENGTH = 10;
const DISTANCE_SCALE_KM = 4;
const PRIORITY_GROUPS: readonly ResidentGroup[] = ["senior", "disabled", "low_income"];

interface Person {
  id: string;
  age: number;
  groups: readonly ResidentGroup[];
  maxTravelKm: number;
  features: ResidentFeatures;
}

interface Item {
  id: string;
  programCode: string | null;
  places: number;
  features: WorkItemFeatures;
}

interface Tally {
  places: number;
  offers: number;
  placed: number;
  km: number;
  onSite: number;
  coverage: number;
  priorityMembers: number;
  priorityPlaced: number;
  residents: number;
  shown: number[];
}

const newTally = (): Tally => ({
  places: 0,
  offers: 0,
  placed: 0,
  km: 0,
  onSite: 0,
  coverage: 0,
  priorityMembers: 0,
  priorityPlaced: 0,
  residents: 0,
  shown: [],
});

export async function matchQualityBench() {
  const started = performance.now();
  const dataset = loadRegionDataset();
  const table = matchingWeights();
  const methods = {
    allocationMaeul: newTally(),
    allocationNearest: newTally(),
    recommendMaeul: newTally(),
    recommendUncontrolled: newTally(),
    recommendNearest: newTally(),
  };
  const perDistrict: string[] = [];
  let solveSeconds = 0;
  let totalItems = 0;
  let optimalEverywhere = true;

  for (const code of PILOT_DISTRICT_CODES) {
    const region = dataset.regions.find((r) => r.code === code)!;
    const statistics = dataset.statistics.find((s) => s.regionCode === code)!;
    const district = generateDemoDistrict(toDemoRegion(region, statistics), STANDARD_SCALE);
    const people: Person[] = district.residents.map((r) => ({
      id: r.id,
      age: r.age,
      groups: (r.fields.groups ?? []) as ResidentGroup[],
      maxTravelKm: r.fields.maxTravelKm,
      features: residentFeatures({
        location: r.fields.location ?? null,
        birthYear: r.fields.birthYear,
        groups: r.fields.groups ?? [],
        availability: r.fields.availability,
        desiredHoursPerWeek: r.fields.desiredHoursPerWeek,
        maxTravelKm: r.fields.maxTravelKm,
        remotePreference: r.fields.remotePreference ?? "no",
        skills: r.fields.skills ?? [],
        certificates: r.fields.certificates ?? [],
        interests: r.fields.interests ?? [],
      }),
    }));
    const items: Item[] = district.workItems
      .filter((w) => (w.fields.status ?? "open") === "open")
      .map((w) => ({
        id: w.id,
        programCode: w.fields.programCode ?? null,
        places: w.fields.headcount,
        features: workItemFeatures({
          programCode: w.fields.programCode ?? null,
          location: w.fields.location ?? null,
          remote: w.fields.remote ?? false,
          schedule: w.fields.schedule,
          hoursPerWeek: w.fields.hoursPerWeek,
          headcount: w.fields.headcount,
          category: w.fields.category,
          requiredSkills: w.fields.requiredSkills ?? [],
          preferredSkills: w.fields.preferredSkills ?? [],
          requiredCertificates: w.fields.requiredCertificates ?? [],
          preferredCertificates: w.fields.preferredCertificates ?? [],
          targetGroups: w.fields.targetGroups ?? [],
        }),
      }));
    const arrival = new SeededRandom(`arrival:${code}`).sample(
      people.map((_, i) => i),
      people.length,
    );
    const places = items.reduce((n, i) => n + i.places, 0);
    totalItems += items.length;

    // 1. Allocation: Maeul's optimum of the pair scores.
    const pairs: CandidatePair[] = [];
    const pairStart = new Int32Array(people.length + 1);
    people.forEach((person, a) => {
      pairStart[a] = pairs.length;
      items.forEach((item, i) => {
        const score = matchTotal(person.features, item.features, table.weightsFor(item.programCode), {
          year: YEAR,
        });
        if (score !== EXCLUDED)
          pairs.push({ applicant: a, item: i, matchPoints: score, priorityPoints: 0, score });
      });
    });
    pairStart[people.length] = pairs.length;
    const problem: CohortAllocationProblem = {
      input: {
        cohortPlaces: places,
        held: { total: 0, senior: 0 },
        seniorCap: null,
        year: YEAR,
        weights: table.default,
        options: { quotas: [], priorityWeight: 0 },
        applicants: people.map((p) => ({
          applicationId: p.id,
          residentId: p.id,
          priorityScore: 0,
          appliedAt: "",
          age: p.age,
          groups: p.groups,
          features: p.features,
          clash: null,
        })),
        workItems: items.map((i) => ({
          workItemId: i.id,
          title: i.id,
          freePlaces: i.places,
          features: i.features,
        })),
      },
      candidates: people.map((_, a) => a),
      pairs,
      pairStart,
      nearestMiss: new Map(),
      excludedPairs: people.length * items.length - pairs.length,
      isSenior: () => false,
    };
    const solveStarted = performance.now();
    const solution = await solveCohortAllocation(problem);
    solveSeconds += (performance.now() - solveStarted) / 1000;
    optimalEverywhere &&= solution.optimal;
    const maeulOffers = people.map((_, a) =>
      solution.pairOf[a]! >= 0 ? pairs[solution.pairOf[a]!]!.item : -1,
    );

    // 1'. Allocation: nearest first, in arrival order.
    const free = items.map((i) => i.places);
    const nearestOffers = new Array<number>(people.length).fill(-1);
    for (const a of arrival) {
      const ranked = byDistance(people[a]!, items).filter((i) => free[i]! > 0);
      if (ranked.length > 0) {
        nearestOffers[a] = ranked[0]!;
        free[ranked[0]!]!--;
      }
    }
    const districtFill: string[] = [];
    for (const [name, offers] of [
      ["allocationMaeul", maeulOffers],
      ["allocationNearest", nearestOffers],
    ] as const) {
      const tally = methods[name];
      const before = tally.placed;
      tally.places += places;
      tally.residents += people.length;
      people.forEach((person, a) => {
        if (isPriority(person)) tally.priorityMembers++;
        const i = offers[a]!;
        if (i < 0) return;
        tally.offers++;
        if (accepts(person, items[i]!)) place(tally, person, items[i]!);
      });
      districtFill.push(pct((tally.placed - before) / places));
    }

    // 2. Recommendations and self-service.
    const store = new WorkItemStore(items.length);
    items.forEach((item) => {
      store.add(item.features, table.indexOf(item.programCode), Number(code), item.id);
    });
    store.finish();
    const itemOfStore = new Map(items.map((item, i) => [item.id, i]));
    const ledger = new ExposureLedger(store.size, table.default.congestion.halfLifeHours);
    const lists = {
      recommendMaeul: [] as number[][],
      recommendUncontrolled: [] as number[][],
      recommendNearest: [] as number[][],
    };
    let nowMs = Date.UTC(YEAR, 2, 2, 0, 0);
    for (const a of arrival) {
      const ranked = recommendWorkItems(store, people[a]!.features, Number(code), {
        weights: table,
        year: YEAR,
        limit: LIST_LENGTH,
        ledger,
        nowMs,
      });
      ledger.recordShown(people[a]!.id, ranked.indices, nowMs);
      lists.recommendMaeul[a] = [...ranked.indices].map((s) => itemOfStore.get(store.ids[s]!)!);
      const plain = recommendWorkItems(store, people[a]!.features, Number(code), {
        weights: table,
        year: YEAR,
        limit: LIST_LENGTH,
      });
      lists.recommendUncontrolled[a] = [...plain.indices].map((s) => itemOfStore.get(store.ids[s]!)!);
      lists.recommendNearest[a] = nearestList(people[a]!, items, store, itemOfStore);
      nowMs += 60_000;
    }
    for (const name of ["recommendMaeul", "recommendUncontrolled", "recommendNearest"] as const) {
      const tally = methods[name];
      const before = tally.placed;
      tally.places += places;
      tally.residents += people.length;
      const shown = new Float64Array(items.length);
      const room = items.map((i) => i.places);
      for (const a of arrival) {
        const person = people[a]!;
        if (isPriority(person)) tally.priorityMembers++;
        for (const i of lists[name][a]!) shown[i]!++;
        for (const i of lists[name][a]!) {
          if (room[i]! <= 0) continue;
          tally.offers++;
          if (accepts(person, items[i]!)) {
            room[i]!--;
            place(tally, person, items[i]!);
            break;
          }
        }
      }
      tally.shown.push(gini(shown));
      districtFill.push(pct((tally.placed - before) / places));
    }
    perDistrict.push(
      `  ${code} ${region.nameKo.padEnd(10)} ${String(people.length).padStart(4)} residents, ${String(items.length).padStart(3)} items, ` +
        `${String(places).padStart(4)} places · fill: allocation ${districtFill[0]} vs ${districtFill[1]}, self-service ${districtFill[2]} vs ${districtFill[4]}`,
    );
  }

  console.log(
    "Demo population of the ten pilot districts (in memory); acceptance: p = 0.9·exp(−km/4)·coverage, " +
      "institutions decline missing requirements; one seeded draw per (resident, item).",
  );
  console.log(perDistrict.join("\n"));
  console.log(
    `  all: ${methods.allocationMaeul.residents} residents, ${totalItems} open work items, ${methods.allocationMaeul.places} places`,
  );
  const rows = [
    ["Allocation: Maeul (optimal)", methods.allocationMaeul],
    ["Allocation: nearest first", methods.allocationNearest],
    ["Recommendations: Maeul (top 10)", methods.recommendMaeul],
    ["  same, congestion control off", methods.recommendUncontrolled],
    ["Recommendations: nearest 10", methods.recommendNearest],
  ] as const;
  const header = [
    "method",
    "offers",
    "placed",
    "fill rate",
    "mean km",
    "schedule fit",
    "priority placed",
    "all placed",
    "Gini (shown)",
  ];
  const body = rows.map(([label, t]) => [
    label,
    String(t.offers),
    String(t.placed),
    pct(t.placed / t.places),
    t.onSite ? (t.km / t.onSite).toFixed(2) : "—",
    t.placed ? pct(t.coverage / t.placed) : "—",
    pct(t.priorityPlaced / Math.max(1, t.priorityMembers)),
    pct(t.placed / t.residents),
    t.shown.length ? (t.shown.reduce((s, g) => s + g, 0) / t.shown.length).toFixed(3) : "—",
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((r) => r[c]!.length)));
  const render = (cells: readonly string[]) =>
    `| ${cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(" | ")} |`;
  console.log(render(header));
  console.log(`|${widths.map((w, c) => (c === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`);
  for (const row of body) console.log(render(row));
  console.log(
    `Gini: mean over districts of how often each open item was shown. Allocation solved in ${solveSeconds.toFixed(2)} s ` +
      `(${optimalEverywhere ? "proven optimal in every district" : "NOT proven optimal everywhere"}); ` +
      `whole run ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function isPriority(person: Person): boolean {
  return person.groups.some((g) => PRIORITY_GROUPS.includes(g));
}

function distanceOf(person: Person, item: Item): number {
  const r = person.features;
  const w = item.features;
  if (w.remote || Number.isNaN(r.lat) || Number.isNaN(w.lat)) return 0;
  return haversineKm(r.lat, r.lng, w.lat, w.lng);
}

function coverageOf(person: Person, item: Item): number {
  const w = item.features;
  if (w.scheduleSlots === 0) return 0;
  const r = person.features;
  return countOverlap(r.availability, r.availabilityAt, w.schedule, w.scheduleAt) / w.scheduleSlots;
}

/** The acceptance model of the header, with the draw seeded by both ids. */
function accepts(person: Person, item: Item): boolean {
  const r = person.features;
  const w = item.features;
  if ((w.requiredSkills & ~r.skills) !== 0 || (w.requiredCertificates & ~r.certificates) !== 0) return false;
  if (w.remote ? r.remote === 0 : r.remote === 2) return false;
  const p = 0.9 * Math.exp(-distanceOf(person, item) / DISTANCE_SCALE_KM) * coverageOf(person, item);
  return new SeededRandom(`accept:${person.id}:${item.id}`).next() < p;
}

function place(tally: Tally, person: Person, item: Item) {
  tally.placed++;
  tally.coverage += coverageOf(person, item);
  if (!item.features.remote && !Number.isNaN(person.features.lat)) {
    tally.km += distanceOf(person, item);
    tally.onSite++;
  }
  if (isPriority(person)) tally.priorityPlaced++;
}

/** Items within the person's travel limit, nearest first (remote items first for those who work remotely). */
function byDistance(person: Person, items: readonly Item[]): number[] {
  const remote = person.features.remote;
  return items
    .map((item, i) => ({ i, km: distanceOf(person, item), remote: item.features.remote }))
    .filter((x) => (x.remote ? remote > 0 : remote < 2 && x.km <= person.maxTravelKm))
    .sort((a, b) => Number(b.remote) - Number(a.remote) || a.km - b.km || a.i - b.i)
    .map((x) => x.i);
}

/** The nearest LIST_LENGTH items within the travel limit, through the store's spatial index. */
function nearestList(
  person: Person,
  items: readonly Item[],
  store: WorkItemStore,
  itemOfStore: Map<string, number>,
): number[] {
  const r = person.features;
  if (r.remote === 2 || Number.isNaN(r.lat) || !store.spatial)
    return byDistance(person, items).slice(0, LIST_LENGTH);
  const ids = around(store.spatial, r.lng, r.lat, LIST_LENGTH, person.maxTravelKm) as number[];
  return ids.map((id) => itemOfStore.get(store.ids[store.storeIndexOf(id)]!)!);
}
