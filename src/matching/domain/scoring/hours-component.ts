/**
 * Hours fit: how well the item's weekly hours meet the hours the resident is aiming at, which is
 * what they asked for within the program's weekly band (K-공공일자리: 20–30 h) and its hard caps
 * (공공근로: ≤ 30 h a week, ≤ 15 h from age 70). An item above a cap is excluded; a small item
 * scores in proportion and may still be part of a bundle.
 */
import type { ResidentFeatures, WorkItemFeatures } from "./match-features.ts";
import { COMPONENT, FAILURE, type MatchContext, type MatchMeasures } from "./match-measures.ts";
import { type Audience, formatHours, type Words } from "./match-vocabulary.ts";
import { hoursCapFor, type MatchWeights } from "./match-weights.ts";

/** The weekly hours the resident aims at in this program: desired, within the band top and caps. */
export function targetHoursFor(desired: number, weights: MatchWeights, cap: number): number {
  return Math.max(0, Math.min(desired, weights.hours.targetMax, cap));
}

export function measureHours(
  r: ResidentFeatures,
  w: WorkItemFeatures,
  weights: MatchWeights,
  context: MatchContext,
  m: MatchMeasures,
): void {
  m.age = context.year - r.birthYear;
  m.hoursCap = hoursCapFor(weights, m.age);
  m.targetHours = targetHoursFor(r.desiredHours, weights, m.hoursCap);
  const h = w.hoursPerWeek;
  const t = m.targetHours;
  m.fit[COMPONENT.hours] = t <= 0 ? 0 : h <= t ? h / t : Math.max(0, 1 - (h - t) / t);
  if (h > m.hoursCap) m.failures |= FAILURE.hours_cap;
}

export function explainHours(
  r: ResidentFeatures,
  w: WorkItemFeatures,
  m: MatchMeasures,
  audience: Audience = "resident",
): Words {
  const staff = audience === "staff";
  const wish = staff ? { ko: "주민 희망", en: "the resident wants" } : { ko: "희망", en: "you want" };
  const h = formatHours(w.hoursPerWeek);
  const want = formatHours(r.desiredHours);
  const capped = m.targetHours < r.desiredHours;
  const target = formatHours(m.targetHours);
  return capped
    ? {
        ko: `주 ${h}시간 (${wish.ko} 주 ${want}시간, 이 사업에서는 주 ${target}시간까지)`,
        en: `${h} h a week (${wish.en} ${want}; up to ${target} in this program)`,
      }
    : { ko: `주 ${h}시간 (${wish.ko} 주 ${want}시간)`, en: `${h} h a week (${wish.en} ${want})` };
}

export function hoursFailure(w: WorkItemFeatures, weights: MatchWeights, m: MatchMeasures): Words {
  const h = formatHours(w.hoursPerWeek);
  const cap = formatHours(m.hoursCap);
  const ageBound = weights.hours.caps.some(
    (c) => c.maxPerWeek === m.hoursCap && (c.minAge !== undefined || c.maxAge !== undefined),
  );
  return ageBound
    ? {
        ko: `주 ${h}시간: ${m.age}세의 상한 주 ${cap}시간을 넘음`,
        en: `${h} h a week, above the ${cap} h cap at age ${m.age}`,
      }
    : {
        ko: `주 ${h}시간: 사업 상한 주 ${cap}시간을 넘음`,
        en: `${h} h a week, above the program's ${cap} h cap`,
      };
}
