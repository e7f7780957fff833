import type { TFunction } from "i18next";
import { wonShort } from "../../../../src/programs/domain/rule-outcome.ts";
import type { RuleSections } from "../../api/programs.ts";

/** Every section, in the order the rules data and the engine use. */
export const SECTION_ORDER = [
  "availability",
  "age",
  "income",
  "property",
  "basicPension",
  "employment",
  "exclusions",
  "needBasis",
  "experience",
  "targetGroups",
  "hours",
  "pay",
  "stages",
  "funding",
  "crossProgram",
  "priority",
] as const satisfies readonly (keyof RuleSections)[];
export type SectionKey = (typeof SECTION_ORDER)[number];

/** A "no upper band" sentinel in the data (300% of the median, 1,000억원): read as "otherwise". */
const TOP_PERCENT = 300;
const TOP_WON = 100_000_000_000;

export interface TextHelpers {
  t: TFunction;
  language: "ko" | "en";
  /** A 시도 or 시군구 name for a code prefix. */
  place: (prefix: string) => string;
  group: (code: string) => string;
  pick: <T>(ko: T, en: T) => T;
}

const percent = (share: number) => Math.round(share * 1000) / 10;

function amount(won: number, h: TextHelpers): string {
  return h.language === "en" ? `KRW ${won.toLocaleString("en-US")}` : wonShort(won);
}

function ageText(min: number | undefined, max: number | undefined, h: TextHelpers): string {
  if (min !== undefined && max !== undefined) return h.t("programs.text.ageRange", { min, max });
  if (min !== undefined) return h.t("programs.text.ageMin", { min });
  if (max !== undefined) return h.t("programs.text.ageMax", { max });
  return h.t("programs.text.ageAny");
}

/** The lines that say one section in plain words (Korean or English). */
export function sectionLines<K extends SectionKey>(
  key: K,
  section: NonNullable<RuleSections[K]>,
  h: TextHelpers,
): string[] {
  const { t } = h;
  const s = section as NonNullable<RuleSections[SectionKey]>;
  switch (key) {
    case "availability": {
      const a = s as NonNullable<RuleSections["availability"]>;
      const lines: string[] = [];
      if (a.onlyIn) lines.push(t("programs.text.onlyIn", { places: a.onlyIn.map(h.place).join(", ") }));
      for (const n of a.notIn ?? [])
        lines.push(
          t("programs.text.notIn", { place: h.place(n.prefix), reason: h.pick(n.reasonKo, n.reasonEn) }),
        );
      return lines.length ? lines : [t("programs.text.nationwide")];
    }
    case "age": {
      const a = s as NonNullable<RuleSections["age"]>;
      return [ageText(a.min, a.max, h)];
    }
    case "income": {
      const r = s as NonNullable<RuleSections["income"]>;
      return [
        t("programs.text.income", { percent: r.maxPercentOfMedian }),
        t(`programs.text.rounding.${r.rounding}`),
      ];
    }
    case "property":
      return [
        t("programs.text.property", {
          amount: amount((s as NonNullable<RuleSections["property"]>).maxWon, h),
        }),
      ];
    case "basicPension":
      return [t("programs.text.basicPension")];
    case "employment": {
      const e = s as NonNullable<RuleSections["employment"]>;
      return [
        e.minUnemployedMonths
          ? t("programs.text.unemployedMonths", { months: e.minUnemployedMonths })
          : t("programs.text.unemployed"),
      ];
    }
    case "exclusions": {
      const e = s as NonNullable<RuleSections["exclusions"]>;
      return [
        t("programs.text.exclusions", {
          facts: e.facts.map((f) => t(`programs.text.exclusionFacts.${f}`)).join(", "),
        }),
      ];
    }
    case "needBasis":
      return [
        t("programs.text.needBasis", {
          percent: (s as NonNullable<RuleSections["needBasis"]>).livelihoodBenefitOrIncomeAtMostPercent,
        }),
      ];
    case "experience": {
      const e = s as NonNullable<RuleSections["experience"]>;
      return [
        t(e.orCertificate ? "programs.text.experienceOrCertificate" : "programs.text.experience", {
          years: e.minYears,
        }),
      ];
    }
    case "targetGroups":
      return [
        t("programs.text.targetGroups", {
          groups: (s as NonNullable<RuleSections["targetGroups"]>).anyOf.map(h.group).join(", "),
        }),
      ];
    case "hours":
      return (s as NonNullable<RuleSections["hours"]>).map((band) => {
        const limits = [
          band.maxPerWeek !== undefined ? t("programs.text.maxPerWeek", { hours: band.maxPerWeek }) : null,
          band.minPerMonth !== undefined ? t("programs.text.minPerMonth", { hours: band.minPerMonth }) : null,
          band.maxPerMonth !== undefined ? t("programs.text.maxPerMonth", { hours: band.maxPerMonth }) : null,
        ].filter(Boolean);
        const who =
          band.minAge === undefined && band.maxAge === undefined
            ? t("programs.text.hoursEveryone")
            : ageText(band.minAge, band.maxAge, h);
        return t("programs.text.hoursBand", { who, limits: limits.join(", ") });
      });
    case "pay": {
      const p = s as NonNullable<RuleSections["pay"]>;
      const kind = t(`programs.text.pay.${p.kind}`);
      return [
        p.amountWon !== undefined
          ? t("programs.text.payAmount", { kind, amount: amount(p.amountWon, h) })
          : kind,
      ];
    }
    case "stages":
      return (s as NonNullable<RuleSections["stages"]>).map((stage) =>
        t("programs.text.stage", { name: h.pick(stage.nameKo, stage.nameEn), months: stage.months }),
      );
    case "funding": {
      const f = s as NonNullable<RuleSections["funding"]>;
      return [
        t("programs.text.funding", {
          national: percent(f.national),
          metropolitan: percent(f.metropolitan),
          district: percent(f.district),
        }),
      ];
    }
    case "crossProgram": {
      const c = s as NonNullable<RuleSections["crossProgram"]>;
      return [
        c.noOverlap ? t("programs.text.noOverlap") : null,
        c.repeatLimit
          ? t("programs.text.repeatLimit", { window: c.repeatLimit.windowYears, max: c.repeatLimit.maxYears })
          : null,
        c.backOfQueue
          ? t("programs.text.backOfQueue", { window: c.backOfQueue.windowYears, min: c.backOfQueue.minYears })
          : null,
        c.seniorShareCap
          ? t("programs.text.seniorShareCap", {
              age: c.seniorShareCap.age,
              share: percent(c.seniorShareCap.maxShare),
            })
          : null,
      ].filter((line): line is string => line !== null);
    }
    case "priority":
      return (s as NonNullable<RuleSections["priority"]>).components.map((c) => {
        switch (c.kind) {
          case "income":
            return t("programs.text.priorityIncome", {
              bands: c.bands
                .map((b) =>
                  b.atMostPercent >= TOP_PERCENT
                    ? t("programs.text.otherBand", { points: b.points })
                    : t("programs.text.incomeBand", { percent: b.atMostPercent, points: b.points }),
                )
                .join(", "),
            });
          case "property":
            return t("programs.text.priorityProperty", {
              bands: c.bands
                .map((b) =>
                  b.atMostWon >= TOP_WON
                    ? t("programs.text.otherBand", { points: b.points })
                    : t("programs.text.propertyBand", { amount: amount(b.atMostWon, h), points: b.points }),
                )
                .join(", "),
            });
          case "dependants":
            return t("programs.text.priorityDependants", { each: c.pointsEach, max: c.maxPoints });
          case "groups":
            return t("programs.text.priorityGroups", {
              groups: Object.entries(c.points)
                .map(([group, points]) => t("programs.text.groupPoints", { group: h.group(group), points }))
                .join(", "),
              max: c.maxPoints,
            });
          case "previous_participation":
            return t("programs.text.priorityPrevious", { window: c.windowYears, points: c.pointsPerYear });
          case "age":
            return t("programs.text.priorityAge", { age: c.atLeast, points: c.points });
        }
        return "";
      });
  }
  return [];
}

/** The confidence and source of a section (hours: its bands'; stages carry none). */
export function provenanceOf(section: unknown): { confidence: string; sources: string[] } | null {
  const items = (Array.isArray(section) ? section : [section]) as { confidence?: string; source?: string }[];
  const withSource = items.filter((i) => i && typeof i.confidence === "string");
  if (withSource.length === 0) return null;
  const order = ["unconfirmed", "reported", "official"];
  const confidence = withSource
    .map((i) => i.confidence as string)
    .sort((a, b) => order.indexOf(a) - order.indexOf(b))[0] as string;
  return { confidence, sources: [...new Set(withSource.map((i) => i.source ?? "").filter(Boolean))] };
}
