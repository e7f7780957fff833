import type { WorkCategory } from "../../work-items/domain/work-item-vocabulary.ts";
import { DEMAND_DRIVERS } from "./demand-drivers.ts";
import type { Suggestion } from "./design-jobs.ts";

/**
 * Why a suggestion was made, in Korean and English, from the figures that made it: the region's
 * strongest demand drivers against the national average, the category's forecast gap, the size
 * of the team, and the program that would fund it. The summary joins the first three, e.g.
 * "인구 대비 65세 이상 1인 가구 비율이 전국 평균의 1.4배 · 돌봄 수요 예측 대비 공백 월 1,200시간 · 6명 × 4개월".
 */

export type ReasonKind = "profile" | "gap" | "size" | "program" | "caveat";

export interface Reason {
  kind: ReasonKind;
  ko: string;
  en: string;
}

export type SuggestionFacts = Omit<Suggestion, "reasons" | "summaryKo" | "summaryEn">;

/** Server-side labels of the categories, as in the web app's locale files (vocab.category). */
export const CATEGORY_LABELS: Record<WorkCategory, { ko: string; en: string }> = {
  care: { ko: "돌봄", en: "care" },
  maintenance: { ko: "정비·수리", en: "maintenance" },
  environment: { ko: "환경", en: "environment" },
  safety: { ko: "안전", en: "safety" },
  culture: { ko: "문화", en: "culture" },
  education: { ko: "교육", en: "education" },
  sports: { ko: "체육", en: "sports" },
  admin_support: { ko: "행정 지원", en: "admin support" },
  digital_help: { ko: "디지털 도움", en: "digital help" },
};

const int = (n: number) => Math.round(n).toLocaleString("en-US");
const ratio = (n: number) => n.toFixed(1);
const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** Drivers worth naming: above the national average by 10%, at most two; else the weightiest one. */
function profileReasons(facts: SuggestionFacts): Reason[] {
  const available = facts.fit.drivers.filter((d) => d.available);
  const strong = available.filter((d) => d.index >= 1.1).slice(0, 2);
  const named =
    strong.length > 0
      ? strong
      : available
          .slice()
          .sort((a, b) => b.weight - a.weight)
          .slice(0, 1);
  return named.map((d) => {
    const definition = DEMAND_DRIVERS[d.driver];
    const region = definition.format(d.regionValue!);
    const nation = definition.format(d.nationalValue!);
    const note = definition.noteKo ? { ko: ` — ${definition.noteKo}`, en: ` (${definition.noteEn})` } : null;
    const figures = { ko: ` (${region.ko} · 전국 ${nation.ko})`, en: ` (${region.en} vs ${nation.en})` };
    if (definition.direction === "lower") {
      const below = d.regionValue! < d.nationalValue!;
      return {
        kind: "profile" as const,
        ko: `${definition.subjectKo} 전국보다 ${below ? "낮음" : "높음"}${note?.ko ?? ""}${figures.ko}`,
        en: `${definition.labelEn} ${below ? "below" : "above"} the national average${note?.en ?? ""}${figures.en}`,
      };
    }
    const times = ratio(d.regionValue! / d.nationalValue!);
    return {
      kind: "profile" as const,
      ko: `${definition.subjectKo} 전국 평균의 ${times}배${note?.ko ?? ""}${figures.ko}`,
      en: `${definition.labelEn} is ${times}× the national average${note?.en ?? ""}${figures.en}`,
    };
  });
}

export function explainSuggestion(
  facts: SuggestionFacts,
  context: { positionsGiven: boolean },
): { reasons: Reason[]; summaryKo: string; summaryEn: string } {
  const category = CATEGORY_LABELS[facts.occupation.category];
  const { gap } = facts;
  const reasons: Reason[] = profileReasons(facts);
  if (facts.fit.drivers.length === 0) {
    reasons.push({
      kind: "profile",
      ko: "지역 특성 지표와 무관한 직무 — 수요 공백만으로 제안",
      en: "No regional figure drives this role: suggested on the forecast gap alone",
    });
  }
  const gapReason: Reason = {
    kind: "gap",
    ko: `${category.ko} 수요 예측 대비 공백 월 ${int(gap.gapHours)}시간 (예측 월 ${int(gap.demandHours)}시간, 80% 구간 공백 ${int(gap.gapLo80)}~${int(gap.gapHi80)}시간, 이미 충족 ${int(gap.coveredHours)}시간)`,
    en: `${int(gap.gapHours)} h a month of forecast ${category.en} demand unmet (forecast ${int(gap.demandHours)} h, 80% interval of the gap ${int(gap.gapLo80)}–${int(gap.gapHi80)} h, ${int(gap.coveredHours)} h already covered)`,
  };
  reasons.push(gapReason);
  const share = context.positionsGiven
    ? { ko: "인원은 담당자가 지정", en: "team size set by the officer" }
    : {
        ko: `이 직무 몫 월 ${int(facts.assignedGapHours)}시간`,
        en: `this role's share ${int(facts.assignedGapHours)} h a month`,
      };
  const season = facts.seasonMonths
    ? { ko: ` (${facts.seasonMonths.join("·")}월)`, en: ` (months ${facts.seasonMonths.join(", ")})` }
    : { ko: "", en: "" };
  reasons.push({
    kind: "size",
    ko: `${facts.positions}명 × ${facts.months}개월${season.ko} · 1인 주 ${facts.hoursPerWeek}시간 · ${share.ko}`,
    en: `${facts.positions} ${facts.positions === 1 ? "person" : "people"} × ${facts.months} months${season.en} · ${facts.hoursPerWeek} h a week each · ${share.en}`,
  });
  const funding = facts.program.funding!;
  reasons.push({
    kind: "program",
    ko: `${facts.program.nameKo}: 국비 ${percent(funding.national)} · 시도비 ${percent(funding.metropolitan)} · 시군구비 ${percent(funding.district)}`,
    en: `${facts.program.nameEn}: national ${percent(funding.national)}, metropolitan ${percent(funding.metropolitan)}, district ${percent(funding.district)}`,
  });
  if (funding.confidence === "unconfirmed") {
    reasons.push({
      kind: "caveat",
      ko: "분담률 검토 필요 (사업 규칙에 미확인으로 표시)",
      en: "Funding shares need review (marked unconfirmed in the program rules)",
    });
  }
  reasons.push({
    kind: "caveat",
    ko: `시급 ${int(facts.pay.hourlyWage)}원${facts.pay.weeklyHolidayPay > 0 ? " + 주휴수당" : ""} 기준, 4대보험 사업주 부담분 제외`,
    en: `At ${int(facts.pay.hourlyWage)} won an hour${facts.pay.weeklyHolidayPay > 0 ? " plus weekly paid rest day" : ""}; employer social insurance not included`,
  });

  const lead = reasons.find((r) => r.kind === "profile");
  const sizeShort = {
    ko: `${facts.positions}명 × ${facts.months}개월`,
    en: `${facts.positions} × ${facts.months} months`,
  };
  const gapShort = {
    ko: `${category.ko} 수요 예측 대비 공백 월 ${int(gap.gapHours)}시간`,
    en: `${category.en} gap ${int(gap.gapHours)} h a month`,
  };
  const strongLead = lead && facts.fit.drivers.some((d) => d.available && d.index >= 1.1) ? lead : null;
  return {
    reasons,
    summaryKo: [strongLead?.ko.replace(/ \([^()]*\)$/, ""), gapShort.ko, sizeShort.ko]
      .filter(Boolean)
      .join(" · "),
    summaryEn: [strongLead?.en.replace(/ \([^()]*\)$/, ""), gapShort.en, sizeShort.en]
      .filter(Boolean)
      .join(" · "),
  };
}
