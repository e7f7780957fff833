/**
 * The score of one (resident, work item) pair: each component's fit (0–1) times the program's
 * weight for it, summed; hard failures (too far, no required certificate, a schedule that does
 * not fit, an hours cap, ineligible) exclude the pair whatever the sum. `scoreMatch` explains
 * every part in Korean and English; `matchTotal` is the same arithmetic without the words, for
 * ranking thousands of pairs per request. Both read the same measures, so they always agree.
 */
import { congestionFit, explainCongestion, measureCongestion } from "./congestion-component.ts";
import { explainContinuity, measureContinuity } from "./continuity-component.ts";
import { distanceFailure, explainDistance, measureDistance } from "./distance-component.ts";
import { eligibilityFailure, explainEligibility, measureEligibility } from "./eligibility-component.ts";
import { explainHours, hoursFailure, measureHours } from "./hours-component.ts";
import { explainInterests, measureInterests } from "./interest-component.ts";
import type { ResidentFeatures, WorkItemFeatures } from "./match-features.ts";
import { COMPONENT, FAILURE, type MatchContext, type MatchMeasures, newMeasures } from "./match-measures.ts";
import {
  type Audience,
  HARD_FAILURE_KEYS,
  type HardFailureKey,
  MATCH_COMPONENT_KEYS,
  type MatchComponentKey,
  type Words,
} from "./match-vocabulary.ts";
import type { MatchWeights } from "./match-weights.ts";
import { explainPriority, explainPriorityWithoutGroup, measurePriority } from "./priority-component.ts";
import { explainSchedule, measureSchedule, scheduleFailure } from "./schedule-component.ts";
import { explainSkills, measureSkills, skillsFailure, skillsHighlight } from "./skills-component.ts";

export interface MatchComponent {
  key: MatchComponentKey;
  /** weight × fit: what this part adds to the total (negative for congestion). */
  points: number;
  /** The program's weight for this part: the most it can add. */
  weight: number;
  /** How well the pair does on this part, 0–1 (congestion: 0 to −1). */
  fit: number;
  messageKo: string;
  messageEn: string;
}

export interface HardFailure {
  key: HardFailureKey;
  messageKo: string;
  messageEn: string;
}

export interface MatchScore {
  /** The sum of the components' points (also computed for an excluded pair, for the record). */
  total: number;
  /** False when any hard failure excludes the pair. */
  eligible: boolean;
  hardFailures: HardFailure[];
  components: MatchComponent[];
  /** The reasons in one line: "집에서 1.2km · 화/목 오전 가능 시간과 100% 겹침 · 요양보호사 자격 보유". */
  summaryKo: string;
  summaryEn: string;
}

export interface ExplainOptions {
  /** Leave the resident's priority group unnamed (for institution staff: disability, income). */
  hideGroups?: boolean;
  /** Who reads the words: the resident (second person, the default) or staff (about the resident). */
  audience?: Audience;
}

/** What `matchTotal` returns for an excluded pair. */
export const EXCLUDED = Number.NEGATIVE_INFINITY;

/**
 * Measures every component into `m`. With `stopAtFailure`, stops at the first hard failure (the
 * cheap checks run first) and returns false; the fits measured so far are then incomplete.
 */
export function measureMatch(
  r: ResidentFeatures,
  w: WorkItemFeatures,
  weights: MatchWeights,
  context: MatchContext,
  m: MatchMeasures,
  stopAtFailure: boolean,
): boolean {
  m.failures = 0;
  measureSkills(r, w, weights, m);
  if (stopAtFailure && m.failures) return false;
  measureSchedule(r, w, weights, m);
  if (stopAtFailure && m.failures) return false;
  measureEligibility(context, m);
  measureHours(r, w, weights, context, m);
  if (stopAtFailure && m.failures) return false;
  measureDistance(r, w, weights, m);
  if (stopAtFailure && m.failures) return false;
  measureInterests(r, w, weights, m);
  measureContinuity(r, w, weights, m);
  measurePriority(r, w, weights, m);
  measureCongestion(w, weights, context, m);
  return m.failures === 0;
}

/** Σ weight × fit over the components, in MATCH_COMPONENT_KEYS order. */
export function pointsOf(weights: MatchWeights, m: MatchMeasures): number {
  const w = weights.weights;
  const f = m.fit;
  return (
    w.distance * f[COMPONENT.distance]! +
    w.schedule * f[COMPONENT.schedule]! +
    w.hours * f[COMPONENT.hours]! +
    w.skills * f[COMPONENT.skills]! +
    w.interests * f[COMPONENT.interests]! +
    w.continuity * f[COMPONENT.continuity]! +
    w.priority * f[COMPONENT.priority]! +
    w.eligibility * f[COMPONENT.eligibility]! +
    w.congestion * f[COMPONENT.congestion]!
  );
}

const scratch = newMeasures();
const explainScratch = newMeasures();

/** The total for ranking, or EXCLUDED when a hard failure excludes the pair. No allocation. */
export function matchTotal(
  r: ResidentFeatures,
  w: WorkItemFeatures,
  weights: MatchWeights,
  context: MatchContext,
  m: MatchMeasures = scratch,
): number {
  return measureMatch(r, w, weights, context, m, true) ? pointsOf(weights, m) : EXCLUDED;
}

/** The penalty the congestion component gives, alone (for re-ranking without re-measuring). */
export function congestionPoints(
  recent: number,
  headcount: number,
  weights: MatchWeights,
  localPerPlace = 0,
): number {
  return weights.weights.congestion * congestionFit(recent, headcount, weights, localPerPlace);
}

/** The score with every component and hard failure explained in Korean and English. */
export function scoreMatch(
  r: ResidentFeatures,
  w: WorkItemFeatures,
  weights: MatchWeights,
  context: MatchContext,
  options: ExplainOptions = {},
): MatchScore {
  // The scratch measures: nothing below keeps them past this call (the words are built here).
  const m = explainScratch;
  measureMatch(r, w, weights, context, m, false);
  const components: MatchComponent[] = [];
  for (const key of MATCH_COMPONENT_KEYS) {
    if (key === "congestion" && !context.exposure) continue;
    const fit = m.fit[COMPONENT[key]]!;
    const weight = weights.weights[key];
    const words = explain(key, r, w, context, m, options);
    components.push({ key, points: weight * fit, weight, fit, messageKo: words.ko, messageEn: words.en });
  }
  const hardFailures: HardFailure[] = [];
  if (m.failures !== 0) {
    for (const key of HARD_FAILURE_KEYS) {
      if ((m.failures & FAILURE[key]) === 0) continue;
      const words = failure(key, r, w, weights, context, m, options.audience ?? "resident");
      hardFailures.push({ key, messageKo: words.ko, messageEn: words.en });
    }
  }
  const summary = summaryOf(components, hardFailures, m);
  return {
    total: pointsOf(weights, m),
    eligible: hardFailures.length === 0,
    hardFailures,
    components,
    summaryKo: summary.ko,
    summaryEn: summary.en,
  };
}

function explain(
  key: MatchComponentKey,
  r: ResidentFeatures,
  w: WorkItemFeatures,
  context: MatchContext,
  m: MatchMeasures,
  options: ExplainOptions,
): Words {
  const audience = options.audience ?? "resident";
  switch (key) {
    case "distance":
      return explainDistance(r, w, m, audience);
    case "schedule":
      return explainSchedule(r, w, m, audience);
    case "hours":
      return explainHours(r, w, m, audience);
    case "skills":
      return explainSkills(w, m);
    case "interests":
      return explainInterests(r, w, audience);
    case "continuity":
      return explainContinuity(w, m);
    case "priority":
      return options.hideGroups ? explainPriorityWithoutGroup(w, m) : explainPriority(w, m);
    case "eligibility":
      return explainEligibility(context, audience);
    case "congestion":
      return explainCongestion(w, context);
  }
}

function failure(
  key: HardFailureKey,
  r: ResidentFeatures,
  w: WorkItemFeatures,
  weights: MatchWeights,
  context: MatchContext,
  m: MatchMeasures,
  audience: Audience,
): Words {
  switch (key) {
    case "too_far":
    case "remote_only":
    case "on_site_only":
      return distanceFailure(key, r, m, audience);
    case "schedule":
      return scheduleFailure(weights, m, audience);
    case "hours_cap":
      return hoursFailure(w, weights, m);
    case "required_skill":
    case "required_certificate":
      return skillsFailure(key, m);
    case "ineligible":
      return eligibilityFailure(context);
  }
}

/**
 * One line: where, when, what the person brings, then experience and priority when they count,
 * and a congestion note when it costs more than a quarter of its weight. An excluded pair's line
 * gives the reasons it is excluded.
 */
function summaryOf(components: MatchComponent[], failures: HardFailure[], m: MatchMeasures): Words {
  if (failures.length > 0) return joined(failures);
  // Plain loops, no closures: this runs for every recommended item of every request.
  const parts: { messageKo: string; messageEn: string }[] = [];
  const distance = componentOf(components, "distance");
  if (distance) parts.push(distance);
  const schedule = componentOf(components, "schedule");
  if (schedule) parts.push(schedule);
  const held = skillsHighlight(m);
  if (held) parts.push({ messageKo: held.ko, messageEn: held.en });
  const continuity = m.careerMonths > 0 ? componentOf(components, "continuity") : undefined;
  if (continuity) parts.push(continuity);
  const priority = m.priorityGroup >= 0 ? componentOf(components, "priority") : undefined;
  if (priority) parts.push(priority);
  const congestion = componentOf(components, "congestion");
  if (congestion && congestion.fit < -0.25) parts.push(congestion);
  return joined(parts);
}

function componentOf(components: MatchComponent[], key: MatchComponentKey): MatchComponent | undefined {
  for (const c of components) if (c.key === key) return c;
  return undefined;
}

function joined(parts: readonly { messageKo: string; messageEn: string }[]): Words {
  let ko = "";
  let en = "";
  for (let k = 0; k < parts.length; k++) {
    ko += k === 0 ? parts[k]!.messageKo : ` · ${parts[k]!.messageKo}`;
    en += k === 0 ? parts[k]!.messageEn : ` · ${parts[k]!.messageEn}`;
  }
  return { ko, en };
}
