/**
 * Schedule overlap: the share of the item's scheduled half hours that fall inside the resident's
 * availability. Below the program's minimum share the pair is excluded: the work happens when
 * the person cannot come.
 */
import { describeSharedTime } from "./describe-slots.ts";
import type { ResidentFeatures, WorkItemFeatures } from "./match-features.ts";
import { COMPONENT, FAILURE, type MatchMeasures } from "./match-measures.ts";
import type { Audience, Words } from "./match-vocabulary.ts";
import type { MatchWeights } from "./match-weights.ts";
import { countOverlap } from "./slot-words.ts";

/** Shares are compared with a little tolerance: 3 of 6 half hours is 50%, not 49.999…%. */
const EPSILON = 1e-9;

export function measureSchedule(
  r: ResidentFeatures,
  w: WorkItemFeatures,
  weights: MatchWeights,
  m: MatchMeasures,
): void {
  const overlap = countOverlap(r.availability, r.availabilityAt, w.schedule, w.scheduleAt);
  m.overlapSlots = overlap;
  m.coverage = w.scheduleSlots > 0 ? overlap / w.scheduleSlots : 1;
  m.fit[COMPONENT.schedule] = m.coverage;
  if (m.coverage + EPSILON < weights.minScheduleCoverage) m.failures |= FAILURE.schedule;
}

const percent = (share: number) => Math.round(share * 100);

export function explainSchedule(
  r: ResidentFeatures,
  w: WorkItemFeatures,
  m: MatchMeasures,
  audience: Audience = "resident",
): Words {
  const staff = audience === "staff";
  const when = describeSharedTime(w.schedule, w.scheduleAt, r.availability, r.availabilityAt);
  if (!when) {
    return staff
      ? { ko: "주민 가능 시간과 겹치지 않음", en: "Not within the resident's available hours" }
      : { ko: "가능 시간과 겹치지 않음", en: "Not within your available hours" };
  }
  return staff
    ? {
        ko: `${when.ko} 가능 시간 ${percent(m.coverage)}% 겹침`,
        en: `${when.en}: ${percent(m.coverage)}% within the resident's available hours`,
      }
    : {
        ko: `${when.ko} 가능 시간과 ${percent(m.coverage)}% 겹침`,
        en: `${when.en}: ${percent(m.coverage)}% within your available hours`,
      };
}

export function scheduleFailure(
  weights: MatchWeights,
  m: MatchMeasures,
  audience: Audience = "resident",
): Words {
  const whose = audience === "staff" ? { ko: "주민 ", en: "the resident's" } : { ko: "", en: "your" };
  return {
    ko: `근무 시간 중 ${percent(m.coverage)}%만 ${whose.ko}가능 시간과 겹침 (최소 ${percent(weights.minScheduleCoverage)}%)`,
    en: `Only ${percent(m.coverage)}% of the hours are within ${whose.en} available hours (at least ${percent(weights.minScheduleCoverage)}% needed)`,
  };
}
