/**
 * The facts a score is computed from (distance, overlap, hours, held skills…), measured once per
 * pair into a reusable object. The fast ranking path and the explained score both read these
 * same measures, so that a ranking and its explanation can never disagree.
 */
import type { EligibilityStatus } from "../../../programs/domain/evaluate-eligibility.ts";
import { HARD_FAILURE_KEYS, type HardFailureKey, MATCH_COMPONENT_KEYS } from "./match-vocabulary.ts";

/** A verdict of the eligibility engine (or the cohort's screening) for the item's program. */
export interface EligibilityVerdict {
  status: EligibilityStatus;
  /** The rules' reasons, shown when the verdict excludes the pair. */
  reasons?: readonly { messageKo: string; messageEn: string }[];
}

export interface MatchContext {
  /** The year ages are counted in (the age in that year), for age-dependent hour caps. */
  year: number;
  /** The eligibility hook: the caller's verdict for the item's program, or undefined if unknown. */
  eligibility?: EligibilityVerdict | undefined;
  /**
   * Congestion control: how often the item was recommended recently (decayed count), and the
   * mean recent recommendations per open place of the items this resident could be shown (the
   * local pressure; 0 or absent: not known). Absent: no congestion component (allocation scores
   * pairs, it does not recommend).
   */
  exposure?: { recent: number; localPerPlace?: number } | undefined;
}

export const COMPONENT = Object.fromEntries(MATCH_COMPONENT_KEYS.map((key, i) => [key, i])) as {
  [K in (typeof MATCH_COMPONENT_KEYS)[number]]: number;
};

export const FAILURE = Object.fromEntries(HARD_FAILURE_KEYS.map((key, i) => [key, 1 << i])) as {
  [K in HardFailureKey]: number;
};

export interface MatchMeasures {
  /** Bit per HARD_FAILURE_KEYS index. */
  failures: number;
  /** Per MATCH_COMPONENT_KEYS index: how well the pair does on that part, 0–1 (congestion 0 to −1). */
  fit: Float64Array;
  /** Great-circle distance home → place; NaN for remote work or an unknown place. */
  distanceKm: number;
  /** The resident's travel limit with the grid slack. */
  reachKm: number;
  overlapSlots: number;
  coverage: number;
  age: number;
  /** Weekly hours the resident is aiming at (desired, within the program's band and caps). */
  targetHours: number;
  /** The strictest hard cap on weekly hours for this person in this program (Infinity: none). */
  hoursCap: number;
  heldSkills: number;
  heldCertificates: number;
  missingSkills: number;
  missingCertificates: number;
  careerMonths: number;
  /** RESIDENT_GROUPS index of the group that gave the priority points, or −1. */
  priorityGroup: number;
  /** Whether that group is one the item itself targets (otherwise the program's general weight). */
  priorityTargeted: boolean;
}

export function newMeasures(): MatchMeasures {
  return {
    failures: 0,
    fit: new Float64Array(MATCH_COMPONENT_KEYS.length),
    distanceKm: Number.NaN,
    reachKm: 0,
    overlapSlots: 0,
    coverage: 0,
    age: 0,
    targetHours: 0,
    hoursCap: Number.POSITIVE_INFINITY,
    heldSkills: 0,
    heldCertificates: 0,
    missingSkills: 0,
    missingCertificates: 0,
    careerMonths: 0,
    priorityGroup: -1,
    priorityTargeted: false,
  };
}
