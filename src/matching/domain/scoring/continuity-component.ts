/**
 * Continuity in the same field (career recognition): months already worked in the item's field
 * count towards experience, fully at the program's threshold (practitioners in seed 004 ask for
 * about three years). Months come from the participation history (careerMonthsInField).
 */
import { WORK_CATEGORIES } from "../../../work-items/domain/work-item-vocabulary.ts";
import type { ResidentFeatures, WorkItemFeatures } from "./match-features.ts";
import { COMPONENT, type MatchMeasures } from "./match-measures.ts";
import { CATEGORY_WORDS, type Words } from "./match-vocabulary.ts";
import type { MatchWeights } from "./match-weights.ts";

export function measureContinuity(
  r: ResidentFeatures,
  w: WorkItemFeatures,
  weights: MatchWeights,
  m: MatchMeasures,
): void {
  m.careerMonths = r.careerMonths[r.careerAt + w.category] ?? 0;
  m.fit[COMPONENT.continuity] = Math.min(1, m.careerMonths / weights.careerFullMonths);
}

function duration(months: number): Words {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return { ko: `${months}개월`, en: `${months} month${months === 1 ? "" : "s"}` };
  return {
    ko: rest ? `${years}년 ${rest}개월` : `${years}년`,
    en: `${years} year${years === 1 ? "" : "s"}${rest ? ` ${rest} month${rest === 1 ? "" : "s"}` : ""}`,
  };
}

export function explainContinuity(w: WorkItemFeatures, m: MatchMeasures): Words {
  const field = CATEGORY_WORDS[WORK_CATEGORIES[w.category]!];
  if (m.careerMonths === 0)
    return { ko: `${field.ko} 분야 경력 없음`, en: `No experience in ${field.en} yet` };
  const d = duration(m.careerMonths);
  return { ko: `${field.ko} 분야 경력 ${d.ko}`, en: `${d.en} of experience in ${field.en}` };
}
