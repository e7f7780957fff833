/**
 * Residents for one work item, best first: for an on-site item, each travel tier's residents
 * within that tier's distance of the place (their own limit decides in the score), and the
 * district's residents without a location; for a remote item, everyone who works remotely.
 */
import { boundingBox } from "../../../shared/domain/geo.ts";
import type { WorkItemFeatures } from "../scoring/match-features.ts";
import type { EligibilityVerdict, MatchContext } from "../scoring/match-measures.ts";
import type { MatchWeights } from "../scoring/match-weights.ts";
import {
  EXCLUDED,
  type ExplainOptions,
  type MatchScore,
  matchTotal,
  scoreMatch,
} from "../scoring/score-match.ts";
import { countOverlap, dayMask, SLOT_WORDS } from "../scoring/slot-words.ts";
import type { Ranked } from "./recommend-work-items.ts";
import { emptyResidentFeatures, type ResidentStore } from "./resident-store.ts";
import { TopK } from "./top-k.ts";

const BEST_VERDICT: EligibilityVerdict = { status: "eligible" };

export interface CandidateOptions {
  weights: MatchWeights;
  year: number;
  limit: number;
  /** Residents the caller may see (e.g. an officer's region); others are not considered. */
  include?: (residentIndex: number) => boolean;
  eligibilityFor?: (residentIndex: number) => EligibilityVerdict | undefined;
}

export function rankCandidates(
  store: ResidentStore,
  item: WorkItemFeatures,
  itemRegion: number,
  options: CandidateOptions,
): Ranked {
  const heap = new TopK(options.limit);
  const cursor = emptyResidentFeatures();
  const context: MatchContext = { year: options.year };
  // Cheap exclusions on the columns first (as for recommendations): required skills and
  // certificates, then too little schedule overlap.
  const itemDays = dayMask(item.schedule, item.scheduleAt);
  const minOverlap = (options.weights.minScheduleCoverage - 1e-9) * item.scheduleSlots;
  let considered = 0;
  const consider = (i: number) => {
    considered++;
    if (!store.active[i] || (options.include && !options.include(i))) return;
    if (
      ((item.requiredSkills & ~store.skills[i]!) | (item.requiredCertificates & ~store.certificates[i]!)) !==
      0
    )
      return;
    if (minOverlap > 0) {
      if ((store.days[i]! & itemDays) === 0) return;
      if (countOverlap(store.availability, i * SLOT_WORDS, item.schedule, item.scheduleAt) < minOverlap)
        return;
    }
    store.featuresAt(i, cursor);
    if (options.eligibilityFor) {
      // A verdict runs the program's rules (tens to hundreds of µs): only for a resident who could
      // enter the list even when eligible, eligible being the most that part can give.
      context.eligibility = BEST_VERDICT;
      const best = matchTotal(cursor, item, options.weights, context);
      if (best === EXCLUDED || best < heap.threshold()) return;
      context.eligibility = options.eligibilityFor(i);
    }
    const total = matchTotal(cursor, item, options.weights, context);
    if (total !== EXCLUDED) heap.push(total, i);
  };
  if (item.remote) {
    for (const i of store.remoteCapable) consider(i);
  } else if (!Number.isNaN(item.lat)) {
    for (const tier of store.tiers) {
      const box = boundingBox(
        { lat: item.lat, lng: item.lng },
        tier.radiusKm + options.weights.travelSlackKm,
      );
      for (const id of tier.index.range(box.minLng, box.minLat, box.maxLng, box.maxLat)) {
        consider(tier.members[id]!);
      }
    }
  }
  if (!item.remote) for (const i of store.unlocatedInRegion(itemRegion)) consider(i);
  const { indices, scores } = heap.sorted();
  return { indices, totals: scores, considered };
}

export function explainCandidates(
  store: ResidentStore,
  item: WorkItemFeatures,
  indices: ArrayLike<number>,
  options: CandidateOptions,
  explain: ExplainOptions = {},
): MatchScore[] {
  const context: MatchContext = { year: options.year };
  const scores: MatchScore[] = [];
  const resident = emptyResidentFeatures();
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k]!;
    if (options.eligibilityFor) context.eligibility = options.eligibilityFor(i);
    scores.push(scoreMatch(store.featuresAt(i, resident), item, options.weights, context, explain));
  }
  return scores;
}
