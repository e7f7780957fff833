/**
 * Work items for one resident, best first: candidates from the spatial index within the
 * resident's travel limit (about the nearest `maxCandidates` in a dense city), every remote item
 * for those who work remotely, the district's items for a resident without a location; cheap
 * exclusions on the columns first (pass 1, which also measures the local congestion pressure),
 * then an upper bound against the heap's worst kept total, then matchTotal (congestion included
 * when a ledger is given), the best `limit` kept in a heap. Explanations are computed for the
 * kept items only, from the same measures.
 */
import { around } from "geokdbush";
import type KDBush from "kdbush";
import { boundingBox } from "../../../shared/domain/geo.ts";
import { haversineKm } from "../scoring/distance-component.ts";
import type { ResidentFeatures } from "../scoring/match-features.ts";
import type { EligibilityVerdict, MatchContext } from "../scoring/match-measures.ts";
import type { WeightsTable } from "../scoring/match-weights.ts";
import {
  EXCLUDED,
  type ExplainOptions,
  type MatchScore,
  matchTotal,
  scoreMatch,
} from "../scoring/score-match.ts";
import { countOverlap, dayMask, SLOT_WORDS } from "../scoring/slot-words.ts";
import type { ExposureLedger } from "./exposure-ledger.ts";
import { TopK } from "./top-k.ts";
import { emptyWorkItemFeatures, type WorkItemStore } from "./work-item-store.ts";

export interface RecommendOptions {
  weights: WeightsTable;
  /** The year ages are counted in. */
  year: number;
  limit: number;
  /** Congestion control: recent recommendations per item (none: no congestion component). */
  ledger?: ExposureLedger | null;
  nowMs?: number;
  /** On-site candidates scored at most (about the nearest); default 2,000. */
  maxCandidates?: number;
  /** The eligibility hook: a verdict for the item's program, or undefined when unknown. */
  eligibilityFor?: (itemIndex: number) => EligibilityVerdict | undefined;
  /** Items to leave out (e.g. applied to already). */
  exclude?: (itemIndex: number) => boolean;
  /**
   * Congestion: the local mean of recent recommendations per place. recommendWorkItems measures
   * it over the items that pass the cheap exclusions and returns it; pass it back when explaining
   * (explainRecommendations) so that the words and the ranked total agree.
   */
  localExposurePerPlace?: number;
}

export interface Ranked {
  /** Store indices, best first. */
  indices: Int32Array;
  totals: Float64Array;
  /** How many candidates the index gave (for the benchmark). */
  considered: number;
  /** The local pressure congestion control used (recommendations only; 0 without a ledger). */
  localExposurePerPlace?: number;
}

/** Reused between requests (one thread): the survivors of the cheap exclusions. */
const scratch = {
  items: new Int32Array(8192),
  overlaps: new Int32Array(8192),
  recent: new Float64Array(8192),
};
function growScratch() {
  const n = scratch.items.length * 2;
  const grow = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T) => {
    const b = make(n);
    b.set(a);
    return b;
  };
  scratch.items = grow(scratch.items, (k) => new Int32Array(k));
  scratch.overlaps = grow(scratch.overlaps, (k) => new Int32Array(k));
  scratch.recent = grow(scratch.recent, (k) => new Float64Array(k));
}

const DEFAULT_MAX_CANDIDATES = 2000;

export function recommendWorkItems(
  store: WorkItemStore,
  r: ResidentFeatures,
  residentRegion: number,
  options: RecommendOptions,
): Ranked {
  const heap = new TopK(options.limit);
  const cursor = emptyWorkItemFeatures();
  const context = contextFor(options);
  const nowMs = options.nowMs ?? 0;
  // Cheap exclusions first, on the columns, before the item is read into the cursor: a missing
  // required skill or certificate, or less schedule overlap than any program accepts.
  const residentDays = dayMask(r.availability, r.availabilityAt);
  const minCoverage = Math.min(...options.weights.byIndex.map((w) => w.minScheduleCoverage)) - 1e-9;
  const needOverlap = minCoverage > 0;
  const lacksSkills = ~r.skills;
  const lacksCertificates = ~r.certificates;
  // The columns and the resident's availability in locals: this loop runs thousands of times
  // per request, and reading them through the store object each time is measurably slower.
  const { active, requiredSkills, requiredCertificates, days, schedule, scheduleSlots, program, headcount } =
    store;
  const availability = r.availability.subarray(r.availabilityAt, r.availabilityAt + SLOT_WORDS);
  const byProgram = options.weights.byIndex;
  const exclude = options.exclude;
  const bounds = boundsOf(options.weights);
  const { lat, lng, remote } = store;
  const located = !Number.isNaN(r.lat);
  let considered = 0;
  // Pass 1: the cheap exclusions, on the columns; survivors are kept with their overlap, and
  // their recent recommendations summed for the local pressure of congestion control.
  let survivors = 0;
  let recentSum = 0;
  let placesSum = 0;
  const ledger = options.ledger;
  const screen = (i: number) => {
    considered++;
    if (active[i] === 0) return;
    if (((requiredSkills[i]! & lacksSkills) | (requiredCertificates[i]! & lacksCertificates)) !== 0) return;
    if (needOverlap && (days[i]! & residentDays) === 0) return;
    const overlap = countOverlap(availability, 0, schedule, i * SLOT_WORDS);
    if (overlap < minCoverage * scheduleSlots[i]!) return;
    if (exclude?.(i)) return;
    if (survivors === scratch.items.length) growScratch();
    scratch.items[survivors] = i;
    scratch.overlaps[survivors] = overlap;
    if (ledger) {
      const recent = ledger.recent(i, nowMs);
      scratch.recent[survivors] = recent;
      recentSum += recent;
      placesSum += Math.max(1, headcount[i]!);
    }
    survivors++;
  };
  // Pass 2: the bound, then the full measure of what is left.
  const score = (i: number, overlap: number, recent: number) => {
    // Once the heap is full, an item whose best possible total (every other part perfect) cannot
    // beat the worst kept one is not measured at all: the distance and the schedule overlap are
    // known here, and they are the parts that differ most between nearby items.
    const threshold = heap.threshold();
    if (threshold !== Number.NEGATIVE_INFINITY) {
      const p = program[i]!;
      const slots = scheduleSlots[i]!;
      let bound = bounds.rest[p]! + bounds.schedule[p]! * (slots > 0 ? overlap / slots : 1);
      if (remote[i]) bound += bounds.distance[p]!;
      else if (located && !Number.isNaN(lat[i]!)) {
        const reach = Math.max(0, r.maxTravelKm) + bounds.slack[p]!;
        const d = haversineKm(r.lat, r.lng, lat[i]!, lng[i]!);
        if (d > reach) return;
        bound += bounds.distance[p]! * (1 - d / reach);
      }
      if (bound < threshold - 1e-9) return;
    }
    store.featuresAt(i, cursor);
    if (context.exposure) context.exposure.recent = recent;
    if (options.eligibilityFor) context.eligibility = options.eligibilityFor(i);
    const total = matchTotal(r, cursor, byProgram[program[i]!]!, context);
    if (total !== EXCLUDED) heap.push(total, i);
  };
  const consider = screen;

  if (r.remote !== 2 && located && store.spatial) {
    const reach = Math.max(0, r.maxTravelKm) + maxSlackKm(options.weights);
    const cap = options.maxCandidates ?? DEFAULT_MAX_CANDIDATES;
    let ids = rangeAround(store.spatial, r, reach);
    // Dense city: narrow the box to about `cap` items (items spread evenly, the count falls with
    // the area), and if that is still far too many, take exactly the nearest (geokdbush).
    if (ids.length > cap) ids = rangeAround(store.spatial, r, reach * Math.sqrt(cap / ids.length));
    if (ids.length > 2 * cap) ids = around(store.spatial, r.lng, r.lat, cap, reach);
    for (const id of ids) consider(store.storeIndexOf(id));
  }
  if (r.remote >= 1) for (const i of store.remoteItems) consider(i);
  if (!located && r.remote !== 2) {
    for (const i of store.itemsInRegion(residentRegion)) if (!store.remote[i]) consider(i);
  }
  for (const i of store.overflow) consider(i);
  const localPerPlace = options.localExposurePerPlace ?? (placesSum > 0 ? recentSum / placesSum : 0);
  if (context.exposure) context.exposure.localPerPlace = localPerPlace;
  for (let k = 0; k < survivors; k++) {
    score(scratch.items[k]!, scratch.overlaps[k]!, ledger ? scratch.recent[k]! : 0);
  }
  const { indices, scores } = heap.sorted();
  return { indices, totals: scores, considered, localExposurePerPlace: localPerPlace };
}

/** The explained scores of ranked items, in rank order (same context, hence the same totals). */
export function explainRecommendations(
  store: WorkItemStore,
  r: ResidentFeatures,
  indices: ArrayLike<number>,
  options: RecommendOptions,
  explain: ExplainOptions = {},
): MatchScore[] {
  const context = contextFor(options);
  const scores: MatchScore[] = [];
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k]!;
    const item = store.featuresAt(i, emptyWorkItemFeatures());
    if (context.exposure) context.exposure.recent = options.ledger!.recent(i, options.nowMs ?? 0);
    if (options.eligibilityFor) context.eligibility = options.eligibilityFor(i);
    scores.push(scoreMatch(r, item, options.weights.byIndex[store.program[i]!]!, context, explain));
  }
  return scores;
}

function rangeAround(index: KDBush, r: ResidentFeatures, km: number): number[] {
  const box = boundingBox({ lat: r.lat, lng: r.lng }, km);
  return index.range(box.minLng, box.minLat, box.maxLng, box.maxLat);
}

function contextFor(options: RecommendOptions): MatchContext {
  return {
    year: options.year,
    exposure: options.ledger ? { recent: 0, localPerPlace: options.localExposurePerPlace ?? 0 } : undefined,
  };
}

/** Per program index: the most each part can add, for the bound in recommendWorkItems. */
interface Bounds {
  rest: Float64Array;
  schedule: Float64Array;
  distance: Float64Array;
  slack: Float64Array;
}
const boundsCache = new WeakMap<WeightsTable, Bounds>();

function boundsOf(table: WeightsTable): Bounds {
  let b = boundsCache.get(table);
  if (b) return b;
  const n = table.byIndex.length;
  b = {
    rest: new Float64Array(n),
    schedule: new Float64Array(n),
    distance: new Float64Array(n),
    slack: new Float64Array(n),
  };
  for (let p = 0; p < n; p++) {
    const w = table.byIndex[p]!;
    const { distance, schedule, congestion: _penaltyOnly, ...others } = w.weights;
    // Every fit is at most 1 and congestion only subtracts, so this is an upper bound.
    b.rest[p] = Object.values(others).reduce((sum, x) => sum + x, 0);
    b.schedule[p] = schedule;
    b.distance[p] = distance;
    b.slack[p] = w.travelSlackKm;
  }
  boundsCache.set(table, b);
  return b;
}

/** The largest travel slack of any program, so the box holds every item some program allows. */
export function maxSlackKm(weights: WeightsTable): number {
  return Math.max(...weights.byIndex.map((w) => w.travelSlackKm));
}
