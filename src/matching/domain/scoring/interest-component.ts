/** Interests: whether the item's field is one the resident said they want to work in. */
import { josa } from "es-hangul";
import { WORK_CATEGORIES } from "../../../work-items/domain/work-item-vocabulary.ts";
import type { ResidentFeatures, WorkItemFeatures } from "./match-features.ts";
import { COMPONENT, type MatchMeasures } from "./match-measures.ts";
import { type Audience, CATEGORY_WORDS, type Words } from "./match-vocabulary.ts";
import type { MatchWeights } from "./match-weights.ts";

export function measureInterests(
  r: ResidentFeatures,
  w: WorkItemFeatures,
  weights: MatchWeights,
  m: MatchMeasures,
): void {
  m.fit[COMPONENT.interests] = r.interests === 0 ? weights.noInterestsFit : (r.interests >>> w.category) & 1;
}

export function explainInterests(
  r: ResidentFeatures,
  w: WorkItemFeatures,
  audience: Audience = "resident",
): Words {
  const field = CATEGORY_WORDS[WORK_CATEGORIES[w.category]!];
  const whose = audience === "staff" ? { ko: "주민 ", en: "the resident's" } : { ko: "", en: "your" };
  if (r.interests === 0) return { ko: `${whose.ko}관심 분야 미등록`, en: "No interests given" };
  return (r.interests >>> w.category) & 1
    ? { ko: `${whose.ko}관심 분야(${field.ko})와 일치`, en: `Matches ${whose.en} interest in ${field.en}` }
    : {
        ko: `${josa(field.ko, "은/는")} ${whose.ko}관심 분야가 아님`,
        en: `${field.en} is not among ${whose.en} interests`,
      };
}
