import { eq, or } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { regions } from "../regions/region.table.ts";
import { requireRegion } from "../regions/require-region.ts";
import { AppError } from "../shared/errors.ts";
import type { EligibilityProfile } from "./domain/eligibility-profile.ts";
import { type EligibilityResult, evaluateEligibility, sortByFit } from "./domain/evaluate-eligibility.ts";
import type { EvaluationContext } from "./domain/evaluate-rules.ts";
import { PROGRAM_CODES } from "./domain/program-catalogue.ts";
import { effectiveRules, type RuleSet } from "./domain/rule-set.ts";
import type { TEligibilityAnswer, TEligibilityResult } from "./eligibility.schema.ts";
import { programs } from "./program.table.ts";
import { findMedianIncomes, findRulesForYear, rulesYearFor } from "./program-rule.repository.ts";

export interface RuleContext {
  rulesYear: number;
  /** The effective rule set of every program for the region. */
  sets: RuleSet[];
  ctx: Omit<EvaluationContext, "date" | "period">;
}

/** Loads what the engine needs for a region on a date: effective rules, medians and names. */
export async function loadRuleContext(db: Db, regionCode: string, date: string): Promise<RuleContext> {
  const context = await loadRuleContextIfAny(db, regionCode, date);
  if (context === null) {
    throw new AppError(
      "unprocessable",
      { ko: "이 날짜에 적용할 사업 규칙이 없습니다.", en: "No program rules for this date." },
      [
        {
          field: "date",
          reason: "no_rules",
          messageKo: `${date.slice(0, 4)}년 이전의 규칙이 없습니다`,
          messageEn: `No rules for ${date.slice(0, 4)} or earlier`,
        },
      ],
    );
  }
  return context;
}

/** The same, or null when no year of rules applies to the date (for callers that can do without). */
export async function loadRuleContextIfAny(
  db: Db,
  regionCode: string,
  date: string,
): Promise<RuleContext | null> {
  const rulesYear = await rulesYearFor(db, Number(date.slice(0, 4)));
  if (rulesYear === null) return null;
  const [{ national, overrides }, medianIncomes, programRows, regionRows] = await Promise.all([
    findRulesForYear(db, rulesYear, regionCode),
    findMedianIncomes(db),
    db.select().from(programs),
    db
      .select({
        code: regions.code,
        nameKo: regions.nameKo,
        nameEn: regions.nameEn,
        fullNameKo: regions.fullNameKo,
        fullNameEn: regions.fullNameEn,
      })
      .from(regions)
      .where(or(eq(regions.level, "sido"), eq(regions.code, regionCode))),
  ]);
  const names = new Map(programRows.map((p) => [p.code, { ko: p.nameKo, en: p.nameEn }]));
  const regionNames = new Map(
    regionRows.map((r) => [
      r.code,
      r.code.length === 5
        ? { ko: r.fullNameKo, en: r.fullNameEn || r.nameEn }
        : { ko: r.nameKo, en: r.nameEn },
    ]),
  );
  const directJob = new Set(national.filter((s) => s.directJob).map((s) => s.program as string));
  const sets = national
    .map((set) =>
      effectiveRules(
        set,
        overrides.filter((o) => o.program === set.program),
        regionCode,
      ),
    )
    .sort((a, b) => PROGRAM_CODES.indexOf(a.program) - PROGRAM_CODES.indexOf(b.program));
  return {
    rulesYear,
    sets,
    ctx: {
      medianIncomes,
      programName: (code) => names.get(code) ?? { ko: code, en: code },
      isDirectJob: (code) => directJob.has(code),
      regionName: (prefix) => regionNames.get(prefix),
    },
  };
}

/** Today in Korea (the platform's legal calendar), as YYYY-MM-DD. */
export function todayInSeoul(now: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Seoul" }).format(now);
}

export function presentResult(
  result: EligibilityResult,
  name: { ko: string; en: string },
): TEligibilityResult {
  return {
    program: result.program as TEligibilityResult["program"],
    nameKo: name.ko,
    nameEn: name.en,
    status: result.status,
    ...(result.score ? { score: result.score.total, scoreComponents: result.score.components } : {}),
    missing: result.missing,
    reasons: result.reasons.map((r) => ({ ...r, passed: r.outcome === "passed" })),
    rulesYear: result.rulesYear,
    needsReview: result.needsReview,
  };
}

/** The self-check: every program at once for a profile, sorted by fit. Nothing is stored. */
export async function checkEligibility(
  db: Db,
  profile: EligibilityProfile & { date?: string | undefined },
  now: Date,
): Promise<TEligibilityAnswer> {
  await requireRegion(db, profile.regionCode);
  const date = profile.date ?? todayInSeoul(now);
  const { rulesYear, sets, ctx } = await loadRuleContext(db, profile.regionCode, date);
  const results = sets.map((set) => evaluateEligibility(profile, set, { ...ctx, date }));
  return {
    date,
    rulesYear,
    results: sortByFit(results, PROGRAM_CODES).map((r) => presentResult(r, ctx.programName(r.program))),
  };
}
