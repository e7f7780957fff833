import { DEMAND_DRIVER_CODES, DEMAND_DRIVERS, type DriverIndex } from "./domain/demand-drivers.ts";
import type { Suggestion } from "./domain/design-jobs.ts";
import { CATEGORY_LABELS } from "./domain/explain-suggestion.ts";
import type { Occupation } from "./domain/occupation.ts";
import type { TJobDesign, TJobSuggestion, TOccupation } from "./job-design.schema.ts";
import type { RegionJobDesign } from "./region-job-design.ts";

/** Catalogue entries and job designs → the API's shapes (figures rounded for reading). */

const round1 = (v: number) => Math.round(v * 10) / 10;
const round3 = (v: number) => Math.round(v * 1000) / 1000;
const round6 = (v: number | null) => (v === null ? null : Math.round(v * 1e6) / 1e6);

export function presentOccupation(o: Occupation): TOccupation {
  return {
    code: o.code,
    nameKo: o.nameKo,
    nameEn: o.nameEn,
    category: o.category,
    dutiesKo: o.dutiesKo,
    dutiesEn: o.dutiesEn,
    targetGroups: o.targetGroups,
    skills: o.skills,
    certificates: o.certificates,
    requiredCertificates: o.requiredCertificates ?? [],
    hoursPerWeek: o.hoursPerWeek,
    months: o.months,
    seasonMonths: o.seasonMonths ?? null,
    remote: o.remote ?? false,
    programs: o.programs,
    demandDrivers: o.demandDrivers,
    seniorJobTypes: o.seniorJobTypes ?? [],
    sources: o.sources,
  };
}

function presentDriver(d: DriverIndex) {
  const definition = DEMAND_DRIVERS[d.driver];
  return {
    driver: d.driver,
    labelKo: definition.labelKo,
    labelEn: definition.labelEn,
    regionValue: round6(d.regionValue),
    nationalValue: round6(d.nationalValue),
    index: round3(d.index),
    available: d.available,
  };
}

export function presentSuggestion(
  s: Suggestion,
  rank: number,
  seniorJobTargets: ReadonlyMap<string, number>,
): TJobSuggestion {
  const types = s.occupation.seniorJobTypes ?? [];
  const seniorJobs = types.reduce((sum, t) => sum + (seniorJobTargets.get(t) ?? 0), 0);
  return {
    rank,
    score: round1(s.score),
    profileFactor: round3(s.fit.factor),
    occupation: presentOccupation(s.occupation),
    program: {
      code: s.program.program,
      nameKo: s.program.nameKo,
      nameEn: s.program.nameEn,
      fundingConfidence: s.program.funding!.confidence,
      fundingSource: s.program.funding!.source,
    },
    assignedGapHours: round1(s.assignedGapHours),
    positions: s.positions,
    hoursPerWeek: s.hoursPerWeek,
    months: s.months,
    seasonMonths: s.seasonMonths,
    pay: {
      hourlyWage: s.pay.hourlyWage,
      weeklyHolidayPay: s.pay.weeklyHolidayPay,
      monthlyPerPerson: s.pay.perPerson,
    },
    budget: s.budget,
    drivers: s.fit.drivers.map((d) => ({ ...presentDriver(d), weight: d.weight })),
    seniorJobs2022: types.length > 0 && seniorJobs > 0 ? seniorJobs : null,
    reasons: s.reasons,
    summaryKo: s.summaryKo,
    summaryEn: s.summaryEn,
  };
}

export function presentJobDesign(result: RegionJobDesign, limit: number): TJobDesign {
  const { design, demand } = result;
  const items = design.suggestions.slice(0, limit);
  const notes: { ko: string; en: string }[] = [];
  const byCategory = new Map(demand.categories.map((c) => [c.category, c]));
  const unforecast = demand.categories.filter((c) => c.method === "none").map((c) => c.category);
  if (unforecast.length > 0) {
    notes.push({
      ko: `예측할 수 없는 분야(기록 부족): ${unforecast.map((c) => CATEGORY_LABELS[c].ko).join(", ")}`,
      en: `No forecast (too little history) for: ${unforecast.map((c) => CATEGORY_LABELS[c].en).join(", ")}`,
    });
  }
  if (demand.categories.some((c) => c.synthetic)) {
    notes.push({
      ko: "수요 이력의 일부는 실제 인구 구조로 생성한 시연용 합성 자료입니다.",
      en: "Part of the demand history is synthetic demo data generated from real demographics.",
    });
  }
  if (design.withoutProgram.length > 0) {
    notes.push({
      ko: `이 지역에서 운영하는 사업이 없어 제외한 직무 ${design.withoutProgram.length}개`,
      en: `${design.withoutProgram.length} occupations left out: none of their programs runs here`,
    });
  }
  return {
    region: {
      code: result.region.code,
      nameKo: result.region.nameKo,
      nameEn: result.region.nameEn,
      fullNameKo: result.region.fullNameKo,
      fullNameEn: result.region.fullNameEn,
    },
    asOf: demand.asOf,
    horizon: demand.horizon,
    window: demand.window,
    startDate: result.startDate,
    rulesYear: result.rulesYear,
    minimumWage: result.input.minimumWage,
    demand: design.gaps.map((g) => {
      const source = byCategory.get(g.category);
      return {
        category: g.category,
        method: source?.method ?? "none",
        synthetic: source?.synthetic ?? false,
        demandHours: round1(g.demandHours),
        demandLo80: round1(g.demandLo80),
        demandHi80: round1(g.demandHi80),
        coveredHours: round1(g.coveredHours),
        gapHours: round1(g.gapHours),
        gapLo80: round1(g.gapLo80),
        gapHi80: round1(g.gapHi80),
      };
    }),
    profile: DEMAND_DRIVER_CODES.map((code) => presentDriver(result.profile[code])),
    items: items.map((s, i) => presentSuggestion(s, i + 1, result.seniorJobTargets)),
    total: design.suggestions.length,
    totals: {
      positions: items.reduce((sum, s) => sum + s.positions, 0),
      budget: items.reduce((sum, s) => sum + s.budget.total, 0),
    },
    notes,
  };
}
