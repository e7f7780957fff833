/**
 * Bundles: sets of small work items that together make up the weekly hours a resident wants,
 * when no single item does. From the resident's best-ranked items that are each below the lower
 * end of the target (the program's band, or three quarters of a smaller wish), every set of two
 * to `maxItems` is tried: no half hour may be claimed twice, two places on the same day must be
 * reachable in the gap between them (a commute proxy: straight-line km at `travelKmh`), the items
 * may belong to at most one program (no overlapping participation in two direct-job programs),
 * and the total must land in [lower, target]. A bundle's score is the hours-weighted mean of its
 * items' scores without their own hours part, plus the hours part for the bundle's total.
 */
import { SLOTS_PER_DAY, WEEKDAYS } from "../../../shared/domain/weekly-schedule.ts";
import { haversineKm } from "../scoring/distance-component.ts";
import { targetHoursFor } from "../scoring/hours-component.ts";
import type { ResidentFeatures } from "../scoring/match-features.ts";
import { formatHours, formatKm, type Words } from "../scoring/match-vocabulary.ts";
import { hoursCapFor, type MatchWeights } from "../scoring/match-weights.ts";
import type { MatchScore } from "../scoring/score-match.ts";
import { hasSlot, SLOT_WORDS, slotsClash } from "../scoring/slot-words.ts";
import { explainRecommendations, type Ranked, type RecommendOptions } from "./recommend-work-items.ts";
import type { WorkItemStore } from "./work-item-store.ts";

export interface BundleOptions {
  /** Bundles returned at most. */
  limit: number;
  /** Items per bundle at most (2 or more). */
  maxItems: number;
  /** Small items considered, the best-ranked first. */
  poolSize: number;
  /** Average door-to-door speed between two places on the same day. */
  travelKmh: number;
  /** An item appears in at most this many of the returned bundles, so that they differ. */
  maxBundlesPerItem: number;
}

export const DEFAULT_BUNDLE_OPTIONS: BundleOptions = {
  limit: 5,
  maxItems: 3,
  poolSize: 24,
  travelKmh: 15,
  maxBundlesPerItem: 2,
};

/** Places closer than this count as the same place (no travel between them). */
const SAME_PLACE_KM = 0.3;

export interface Bundle {
  /** Store indices, in the order of their rank. */
  indices: number[];
  items: MatchScore[];
  totalHours: number;
  targetHours: number;
  score: number;
  /** The farthest place from home (null when every item is remote or distances are unknown). */
  farthestKm: number | null;
  /** The longest trip between two places worked on the same day, if any. */
  sameDayTripKm: number | null;
  messageKo: string;
  messageEn: string;
}

interface Piece {
  index: number;
  score: MatchScore;
  hours: number;
  /** Score without the item's own hours part. */
  baseScore: number;
  program: number;
  /** Runs of half hours per day: [day, start, end) in slots. */
  runs: [number, number, number][];
  distanceKm: number;
}

/** The hours band a resident aims at in a program: [lower, target]. */
export function hoursWindow(r: ResidentFeatures, weights: MatchWeights, year: number): [number, number] {
  const target = targetHoursFor(r.desiredHours, weights, hoursCapFor(weights, year - r.birthYear));
  const lower = target >= weights.hours.targetMin ? weights.hours.targetMin : 0.75 * target;
  return [lower, target];
}

export function buildBundles(
  store: WorkItemStore,
  r: ResidentFeatures,
  pool: Ranked,
  options: RecommendOptions,
  bundleOptions: BundleOptions = DEFAULT_BUNDLE_OPTIONS,
): Bundle[] {
  const weightsOf = (program: number) => options.weights.byIndex[program]!;
  const small: number[] = [];
  for (const i of pool.indices) {
    const [lower] = hoursWindow(r, weightsOf(store.program[i]!), options.year);
    if (store.hours[i]! < lower) small.push(i);
    if (small.length >= bundleOptions.poolSize) break;
  }
  const explained = explainRecommendations(store, r, small, {
    ...options,
    localExposurePerPlace: pool.localExposurePerPlace,
  });
  const pieces: Piece[] = small.map((index, k) => {
    const score = explained[k]!;
    const hoursPoints = score.components.find((c) => c.key === "hours")?.points ?? 0;
    return {
      index,
      score,
      hours: store.hours[index]!,
      baseScore: score.total - hoursPoints,
      program: store.program[index]!,
      runs: runsOf(store.schedule, index * SLOT_WORDS),
      distanceKm: store.remote[index]
        ? Number.NaN
        : haversineKm(r.lat, r.lng, store.lat[index]!, store.lng[index]!),
    };
  });
  const ceiling = Math.max(...options.weights.byIndex.map((w) => hoursWindow(r, w, options.year)[1]));
  const found: Bundle[] = [];
  const chosen: Piece[] = [];
  const trips: number[] = [];

  const visit = (from: number, hours: number, program: number) => {
    if (chosen.length >= 2) {
      const weights = weightsOf(program);
      const [lower, target] = hoursWindow(r, weights, options.year);
      if (hours >= lower - 1e-9 && hours <= target + 1e-9)
        found.push(bundleOf(chosen, hours, target, weights, trips, r));
    }
    if (chosen.length >= bundleOptions.maxItems) return;
    for (let k = from; k < pieces.length; k++) {
      const piece = pieces[k]!;
      if (hours + piece.hours > ceiling + 1e-9) continue;
      if (piece.program !== 0 && program !== 0 && piece.program !== program) continue;
      let fits = true;
      const tripsBefore = trips.length;
      for (const other of chosen) {
        if (slotsClash(store.schedule, piece.index * SLOT_WORDS, store.schedule, other.index * SLOT_WORDS)) {
          fits = false;
          break;
        }
        const trip = sameDayTrip(store, piece, other, bundleOptions.travelKmh);
        if (trip === false) {
          fits = false;
          break;
        }
        if (trip !== null) trips.push(trip);
      }
      if (!fits) {
        trips.length = tripsBefore;
        continue;
      }
      chosen.push(piece);
      visit(k + 1, hours + piece.hours, program || piece.program);
      chosen.pop();
      trips.length = tripsBefore;
    }
  };
  visit(0, 0, 0);

  found.sort((a, b) => b.score - a.score || a.indices.join().localeCompare(b.indices.join()));
  const uses = new Map<number, number>();
  const picked: Bundle[] = [];
  for (const bundle of found) {
    if (picked.length >= bundleOptions.limit) break;
    if (bundle.indices.some((i) => (uses.get(i) ?? 0) >= bundleOptions.maxBundlesPerItem)) continue;
    for (const i of bundle.indices) uses.set(i, (uses.get(i) ?? 0) + 1);
    picked.push(bundle);
  }
  return picked;
}

function runsOf(words: Uint32Array, at: number): [number, number, number][] {
  const runs: [number, number, number][] = [];
  for (let day = 0; day < WEEKDAYS.length; day++) {
    let start = -1;
    for (let s = 0; s <= SLOTS_PER_DAY; s++) {
      const on = s < SLOTS_PER_DAY && hasSlot(words, at, day * SLOTS_PER_DAY + s);
      if (on && start < 0) start = s;
      if (!on && start >= 0) {
        runs.push([day, start, s]);
        start = -1;
      }
    }
  }
  return runs;
}

/**
 * The trip between two items worked on the same day: false when the gap between them is too
 * short for the distance, the distance when they share a day, null when they share none (or one
 * is remote, or they are at the same place).
 */
function sameDayTrip(store: WorkItemStore, a: Piece, b: Piece, kmh: number): number | false | null {
  if (store.remote[a.index] || store.remote[b.index]) return null;
  const km = haversineKm(store.lat[a.index]!, store.lng[a.index]!, store.lat[b.index]!, store.lng[b.index]!);
  if (!(km >= SAME_PLACE_KM)) return null;
  const needMinutes = (km / kmh) * 60;
  let shareDay = false;
  for (const [dayA, startA, endA] of a.runs) {
    for (const [dayB, startB, endB] of b.runs) {
      if (dayA !== dayB) continue;
      shareDay = true;
      const gapSlots = endA <= startB ? startB - endA : startA - endB;
      if (gapSlots * 30 < needMinutes) return false;
    }
  }
  return shareDay ? km : null;
}

function bundleOf(
  chosen: readonly Piece[],
  hours: number,
  target: number,
  weights: MatchWeights,
  trips: readonly number[],
  r: ResidentFeatures,
): Bundle {
  let weighted = 0;
  for (const p of chosen) weighted += p.hours * p.baseScore;
  const fit = target <= 0 ? 0 : hours <= target ? hours / target : Math.max(0, 1 - (hours - target) / target);
  const distances = chosen.map((p) => p.distanceKm).filter((d) => !Number.isNaN(d));
  const farthestKm = distances.length > 0 ? Math.max(...distances) : null;
  const sameDayTripKm = trips.length > 0 ? Math.max(...trips) : null;
  const words = describeBundle(chosen.length, hours, r.desiredHours, farthestKm, sameDayTripKm);
  return {
    indices: chosen.map((p) => p.index),
    items: chosen.map((p) => p.score),
    totalHours: hours,
    targetHours: target,
    score: weighted / hours + weights.weights.hours * fit,
    farthestKm,
    sameDayTripKm,
    messageKo: words.ko,
    messageEn: words.en,
  };
}

export function describeBundle(
  count: number,
  hours: number,
  desired: number,
  farthestKm: number | null,
  sameDayTripKm: number | null,
): Words {
  const h = formatHours(hours);
  const want = formatHours(desired);
  const ko = [`일감 ${count}개로 주 ${h}시간 (희망 주 ${want}시간)`, "시간 겹침 없음"];
  const en = [`${count} work items, ${h} h a week (you want ${want})`, "no clashing hours"];
  if (farthestKm === null) {
    ko.push("모두 재택");
    en.push("all remote");
  } else {
    const km = formatKm(farthestKm);
    ko.push(`가장 먼 일터 집에서 ${km.ko}`);
    en.push(`farthest place ${km.en} from home`);
  }
  if (sameDayTripKm !== null) {
    const km = formatKm(sameDayTripKm);
    ko.push(`같은 날 일터 사이 ${km.ko}`);
    en.push(`${km.en} between places on the same day`);
  }
  return { ko: ko.join(" · "), en: en.join(" · ") };
}
