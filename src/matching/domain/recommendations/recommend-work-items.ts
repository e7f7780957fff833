/**
 * Work items for one resident, best first: candidates from the spatial index within the
 * resident's travel limit (about the nearest `maxCandidates` in a dense city), every remote item
 * for those who work remotely, the district's items for a resident without a location; cheap
 * exclusions on the columns first (pass 1, which also measures the local congestion pressure),
 * then an upper bound on each survivor's total (most parts exact), matchTotal (congestion
 * included when a ledger is given) for the `limit` best bounds first and then for the others only
 * while their bound can beat the heap's worst kept total, the best `limit` kept in a heap.
 * Explanations are computed for the kept items only, from the same measures.
 */
import { around } from "geokdbush";
import type KDBush from "kdbush";
import { RESIDENT_GROUPS } from "../../../residents/domain/resident-vocabulary.ts";
import { boundingBox } from "../../../shared/domain/geo.ts";
import { haversineKm } from "../scoring/distance-component.ts";
import { targetHoursFor } from "../scoring/hours-component.ts";
import type { ResidentFeatures } from "../scoring/match-features.ts";
import type { EligibilityVerdict, MatchContext } from "../scoring/match-measures.ts";
import { hoursCapFor, type WeightsTable } from "../scoring/match-weights.ts";
import {
  congestionPoints,
  EXCLUDED,
  type ExplainOptions,
  type MatchScore,
  matchTotal,
  scoreMatch,
} from "../scoring/score-match.ts";
import { countOverlap, dayMask, popcount32, SLOT_WORDS } from "../scoring/slot-words.ts";
import { countInBox } from "./count-in-box.ts";
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
  bounds: new Float64Array(8192),
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
  scratch.bounds = grow(scratch.bounds, (k) => new Float64Array(k));
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
  const {
    active,
    requiredSkills,
    requiredCertificates,
    preferredSkills,
    preferredCertificates,
    days,
    schedule,
    scheduleSlots,
    program,
    headcount,
  } = store;
  const availability = r.availability.subarray(r.availabilityAt, r.availabilityAt + SLOT_WORDS);
  const byProgram = options.weights.byIndex;
  const exclude = options.exclude;
  const eligibilityFor = options.eligibilityFor;
  const bounds = boundsOf(options.weights);
  const { lat, lng, remote, category, hours } = store;
  const { careerMonths, careerAt } = r;
  const perRequest = residentBounds(r, options);
  // Without the hook the eligibility part is 0 (status unknown); with it, at most its weight.
  const eligibilityBound = options.eligibilityFor ? bounds.eligibility : bounds.none;
  const located = !Number.isNaN(r.lat);
  let considered = 0;
  // Pass 1: the cheap exclusions, on the columns; survivors are kept with their overlap, and
  // their recent recommendations summed for the local pressure of congestion control.
  let survivors = 0;
  let recentSum = 0;
  let placesSum = 0;
  const ledger = options.ledger;
  const fade = ledger ? ledger.fadeAt(nowMs) : 0;
  const screen = (i: number) => {
    considered++;
    if (active[i] === 0) return;
    if (((requiredSkills[i]! & lacksSkills) | (requiredCertificates[i]! & lacksCertificates)) !== 0) return;
    if (needOverlap && (days[i]! & residentDays) === 0) return;
    const overlap = countOverlap(availability, 0, schedule, i * SLOT_WORDS);
    if (overlap < minCoverage * scheduleSlots[i]!) return;
    if (exclude?.(i)) return;
    if (eligibilityFor?.(i)?.status === "ineligible") return;
    if (survivors === scratch.items.length) growScratch();
    scratch.items[survivors] = i;
    scratch.overlaps[survivors] = overlap;
    if (ledger) {
      const recent = ledger.recentAt(i, fade);
      scratch.recent[survivors] = recent;
      recentSum += recent;
      placesSum += Math.max(1, headcount[i]!);
    }
    survivors++;
  };
  // Pass 2: an upper bound on each survivor's total, then the full measure of the items whose
  // bound can still beat the worst kept total. The parts that cost a few operations are taken
  // exactly (distance, schedule, hours, skills, interests, experience, congestion), priority at
  // the resident's best group and eligibility at its weight when a hook decides it, so that the
  // bound is close to the total; the best `limit` bounds are measured first, which fills the heap
  // with good totals at once and leaves most of the others below its threshold.
  const boundOf = (i: number, overlap: number, recent: number): number => {
    const p = program[i]!;
    const slots = scheduleSlots[i]!;
    const c = category[i]!;
    const h = hours[i]!;
    const t = perRequest.target[p]!;
    const hoursFit = t <= 0 ? 0 : h <= t ? h / t : Math.max(0, 1 - (h - t) / t);
    const askedSkills = (requiredSkills[i]! | preferredSkills[i]!) >>> 0;
    const askedCertificates = (requiredCertificates[i]! | preferredCertificates[i]!) >>> 0;
    const asked = popcount32(askedSkills) + popcount32(askedCertificates);
    const skillsFit =
      asked === 0
        ? bounds.noRequirementSkillsFit[p]!
        : (popcount32((askedSkills & r.skills) >>> 0) +
            popcount32((askedCertificates & r.certificates) >>> 0)) /
          asked;
    let bound =
      eligibilityBound[p]! +
      perRequest.priority[p]! +
      bounds.skills[p]! * skillsFit +
      bounds.hours[p]! * hoursFit +
      bounds.interests[p]! * (r.interests === 0 ? bounds.noInterestsFit[p]! : (r.interests >>> c) & 1) +
      bounds.continuity[p]! * Math.min(1, (careerMonths[careerAt + c] ?? 0) / bounds.careerFullMonths[p]!) +
      bounds.schedule[p]! * (slots > 0 ? overlap / slots : 1);
    if (ledger) bound += congestionPoints(recent, headcount[i]!, byProgram[p]!, localPerPlace);
    if (remote[i]) bound += bounds.distance[p]!;
    else if (located && !Number.isNaN(lat[i]!)) {
      const reach = Math.max(0, r.maxTravelKm) + bounds.slack[p]!;
      const d = haversineKm(r.lat, r.lng, lat[i]!, lng[i]!);
      // Too far for this program: matchTotal would exclude it.
      if (d > reach) return Number.NEGATIVE_INFINITY;
      bound += bounds.distance[p]! * (1 - d / reach) * (r.remote === 1 ? bounds.onSiteFactor[p]! : 1);
    }
    return bound;
  };
  const measure = (k: number) => {
    const i = scratch.items[k]!;
    store.featuresAt(i, cursor);
    if (context.exposure) context.exposure.recent = scratch.recent[k]!;
    if (options.eligibilityFor) context.eligibility = options.eligibilityFor(i);
    const total = matchTotal(r, cursor, byProgram[program[i]!]!, context);
    if (total !== EXCLUDED) heap.push(total, i);
  };
  const consider = screen;

  if (r.remote !== 2 && located && store.spatial) {
    const reach = Math.max(0, r.maxTravelKm) + maxSlackKm(options.weights);
    const cap = options.maxCandidates ?? DEFAULT_MAX_CANDIDATES;
    // Dense city: narrow the box to about `cap` items (items spread evenly, the count falls with
    // the area), and if that is still far too many, take exactly the nearest (geokdbush). The
    // widest box is only counted (count-in-box.ts), not listed: the same count, hence the same
    // narrower box and the same candidates as listing it.
    const inReach = countAround(store.spatial, r, reach);
    let ids = rangeAround(store.spatial, r, inReach > cap ? reach * Math.sqrt(cap / inReach) : reach);
    if (ids.length > 2 * cap) ids = around(store.spatial, r.lng, r.lat, cap, reach);
    // In store order (kdbush ids follow it), so that the columns are read front to back.
    const sorted = Int32Array.from(ids).sort();
    for (let k = 0; k < sorted.length; k++) consider(store.storeIndexOf(sorted[k]!));
  }
  if (r.remote >= 1) for (const i of store.remoteItems) consider(i);
  if (!located && r.remote !== 2) {
    for (const i of store.itemsInRegion(residentRegion)) if (!store.remote[i]) consider(i);
  }
  for (const i of store.overflow) consider(i);
  const localPerPlace = options.localExposurePerPlace ?? (placesSum > 0 ? recentSum / placesSum : 0);
  if (context.exposure) context.exposure.localPerPlace = localPerPlace;
  const first = new TopK(options.limit);
  for (let k = 0; k < survivors; k++) {
    const bound = boundOf(scratch.items[k]!, scratch.overlaps[k]!, ledger ? scratch.recent[k]! : 0);
    scratch.bounds[k] = bound;
    if (bound !== Number.NEGATIVE_INFINITY) first.push(bound, k);
  }
  const seeds = first.sorted().indices;
  for (const k of seeds) {
    measure(k);
    scratch.bounds[k] = Number.NEGATIVE_INFINITY;
  }
  for (let k = 0; k < survivors; k++) {
    const bound = scratch.bounds[k]!;
    if (bound === Number.NEGATIVE_INFINITY || bound < heap.threshold() - 1e-9) continue;
    measure(k);
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
  const fade = options.ledger ? options.ledger.fadeAt(options.nowMs ?? 0) : 0;
  const scores: MatchScore[] = [];
  const item = emptyWorkItemFeatures();
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k]!;
    store.featuresAt(i, item);
    if (context.exposure) context.exposure.recent = options.ledger!.recentAt(i, fade);
    if (options.eligibilityFor) context.eligibility = options.eligibilityFor(i);
    scores.push(scoreMatch(r, item, options.weights.byIndex[store.program[i]!]!, context, explain));
  }
  return scores;
}

function rangeAround(index: KDBush, r: ResidentFeatures, km: number): number[] {
  const box = boundingBox({ lat: r.lat, lng: r.lng }, km);
  return index.range(box.minLng, box.minLat, box.maxLng, box.maxLat);
}

function countAround(index: KDBush, r: ResidentFeatures, km: number): number {
  const box = boundingBox({ lat: r.lat, lng: r.lng }, km);
  return countInBox(index, box.minLng, box.minLat, box.maxLng, box.maxLat);
}

function contextFor(options: RecommendOptions): MatchContext {
  return {
    year: options.year,
    exposure: options.ledger ? { recent: 0, localPerPlace: options.localExposurePerPlace ?? 0 } : undefined,
  };
}

/** Per program index: the most each part can add, for the bound in recommendWorkItems. */
interface Bounds {
  skills: Float64Array;
  noRequirementSkillsFit: Float64Array;
  eligibility: Float64Array;
  none: Float64Array;
  schedule: Float64Array;
  distance: Float64Array;
  slack: Float64Array;
  onSiteFactor: Float64Array;
  hours: Float64Array;
  interests: Float64Array;
  noInterestsFit: Float64Array;
  continuity: Float64Array;
  careerFullMonths: Float64Array;
}
const boundsCache = new WeakMap<WeightsTable, Bounds>();

function boundsOf(table: WeightsTable): Bounds {
  let b = boundsCache.get(table);
  if (b) return b;
  const n = table.byIndex.length;
  const column = () => new Float64Array(n);
  b = {
    skills: column(),
    noRequirementSkillsFit: column(),
    eligibility: column(),
    none: column(),
    schedule: column(),
    distance: column(),
    slack: column(),
    onSiteFactor: column(),
    hours: column(),
    interests: column(),
    noInterestsFit: column(),
    continuity: column(),
    careerFullMonths: column(),
  };
  for (let p = 0; p < n; p++) {
    const w = table.byIndex[p]!;
    b.skills[p] = w.weights.skills;
    b.noRequirementSkillsFit[p] = w.noRequirementSkillsFit;
    b.eligibility[p] = w.weights.eligibility;
    b.schedule[p] = w.weights.schedule;
    b.distance[p] = w.weights.distance;
    b.slack[p] = w.travelSlackKm;
    b.onSiteFactor[p] = w.remotePreferOnSiteFactor;
    b.hours[p] = w.weights.hours;
    b.interests[p] = w.weights.interests;
    b.noInterestsFit[p] = w.noInterestsFit;
    b.continuity[p] = w.weights.continuity;
    b.careerFullMonths[p] = w.careerFullMonths;
  }
  boundsCache.set(table, b);
  return b;
}

/**
 * Per program, for this resident: the hours aimed at (as measureHours computes them) and the most
 * the priority part can add (the resident's best group, at the larger of the targeted and
 * untargeted shares).
 */
function residentBounds(r: ResidentFeatures, options: RecommendOptions) {
  const n = options.weights.byIndex.length;
  const target = new Float64Array(n);
  const priority = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    const w = options.weights.byIndex[p]!;
    target[p] = targetHoursFor(r.desiredHours, w, hoursCapFor(w, options.year - r.birthYear));
    let best = 0;
    for (let g = 0; g < RESIDENT_GROUPS.length; g++) {
      if (r.groups & (1 << g)) best = Math.max(best, w.groupWeights[RESIDENT_GROUPS[g]!]);
    }
    priority[p] = w.weights.priority * best * Math.max(1, w.untargetedGroupShare);
  }
  return { target, priority };
}

/** The largest travel slack of any program, so the box holds every item some program allows. */
export function maxSlackKm(weights: WeightsTable): number {
  return Math.max(...weights.byIndex.map((w) => w.travelSlackKm));
}
