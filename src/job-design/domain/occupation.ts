import { z } from "zod";
import { PROGRAM_CODES } from "../../programs/domain/program-catalogue.ts";
import { RESIDENT_GROUPS } from "../../residents/domain/resident-vocabulary.ts";
import { CERTIFICATE_CODES, SKILL_CODES } from "../../shared/domain/skill-catalogue.ts";
import { WORK_CATEGORIES } from "../../work-items/domain/work-item-vocabulary.ts";
import { DEMAND_DRIVER_CODES } from "./demand-drivers.ts";

/**
 * One public-service occupation (적합업종) of the job-design catalogue in data/occupations/: what
 * the work is, for whom, under which programs, and which regional figures raise the need for it.
 * The catalogue is data that officers and reviewers extend, so every entry is validated on load
 * against the platform's vocabularies (categories, groups, skills, programs) and names its source.
 */

export const OCCUPATION_SOURCE_KINDS = [
  /** ../shared/seeds/000: the K-공공일자리 proposal and op-ed. */
  "seed_000",
  /** ../shared/seeds/001: Yangju city, 2021. */
  "seed_001",
  /** ../shared/seeds/002: Seoul's "100 suitable occupations" plan. */
  "seed_002",
  /** ../shared/seeds/004: Suwon community-welfare council minutes. */
  "seed_004",
  /** A 2022 노인일자리 activity type in data/programs (사업유형코드). */
  "senior_jobs_2022",
  /** A public program or service run today, named in the detail. */
  "other",
] as const;
export type OccupationSourceKind = (typeof OCCUPATION_SOURCE_KINDS)[number];

const line = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((s) => !s.includes("\u0000"), { message: "nul_character" });

const uniqueList = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .array(z.enum(values))
    .refine((list) => new Set(list).size === list.length, { message: "duplicate_values" });

export const ZDemandDriverWeight = z
  .object({ driver: z.enum(DEMAND_DRIVER_CODES), weight: z.number().gt(0).max(1) })
  .strict();

export const ZOccupationSource = z
  .object({ kind: z.enum(OCCUPATION_SOURCE_KINDS), detail: line(5, 300) })
  .strict();

/** 2022 노인일자리 activity codes as published: 공익활동 A-nn, 사회서비스 B-nn, 시장형 E-nn. */
export const SENIOR_JOB_TYPE_PATTERN = /^[ABE]-\d{2}$/;

/** An occupation's code: snake_case, stable (drafts and audit entries refer to it). */
export const OCCUPATION_CODE_PATTERN = /^[a-z][a-z0-9_]{2,59}$/;

export const ZOccupation = z
  .object({
    code: z.string().regex(OCCUPATION_CODE_PATTERN),
    nameKo: line(2, 60),
    nameEn: line(2, 80),
    category: z.enum(WORK_CATEGORIES),
    dutiesKo: z.array(line(4, 200)).min(1).max(6),
    dutiesEn: z.array(line(4, 240)).min(1).max(6),
    targetGroups: uniqueList(RESIDENT_GROUPS).min(1),
    skills: uniqueList(SKILL_CODES),
    /** Certificates that help (preferred). */
    certificates: uniqueList(CERTIFICATE_CODES),
    /** Certificates the work legally needs (e.g. 전기기능사 for electrical work). */
    requiredCertificates: uniqueList(CERTIFICATE_CODES).optional(),
    /** Typical scheduled hours a week. */
    hoursPerWeek: z.number().min(4).max(40).multipleOf(0.5),
    /** Typical months a year. */
    months: z.number().int().min(1).max(12),
    /**
     * The most people a district usually employs in the role, per 100,000 residents (at least one
     * post): a guardrail for niche roles (one health centre's HIV testing) so that a broad
     * category's gap is not poured into them. A planning estimate, not a statistic.
     */
    maxPositionsPer100k: z.number().gt(0).max(1000).optional(),
    /** Calendar months (1–12) of seasonal work; when given, as many as `months`. */
    seasonMonths: z.array(z.number().int().min(1).max(12)).min(1).max(12).optional(),
    /** The work can be done from home (no place needed). */
    remote: z.boolean().optional(),
    /** Programs it suits, most suitable first; the first one running in a region funds it. */
    programs: uniqueList(PROGRAM_CODES).min(1),
    /** Regional figures that raise the need; weights sum to 1 (empty: the profile is neutral). */
    demandDrivers: z.array(ZDemandDriverWeight).max(5),
    /** The 2022 노인일자리 activity types it corresponds to (real cross-section). */
    seniorJobTypes: z.array(z.string().regex(SENIOR_JOB_TYPE_PATTERN)).max(4).optional(),
    sources: z.array(ZOccupationSource).min(1).max(4),
  })
  .strict()
  .superRefine((o, ctx) => {
    if (o.dutiesKo.length !== o.dutiesEn.length) {
      ctx.addIssue({ code: "custom", message: "duties_ko_en_differ", path: ["dutiesEn"] });
    }
    if (o.demandDrivers.length > 0) {
      const total = o.demandDrivers.reduce((sum, d) => sum + d.weight, 0);
      if (Math.abs(total - 1) > 1e-6)
        ctx.addIssue({ code: "custom", message: "driver_weights_must_sum_to_1", path: ["demandDrivers"] });
      const drivers = o.demandDrivers.map((d) => d.driver);
      if (new Set(drivers).size !== drivers.length)
        ctx.addIssue({ code: "custom", message: "duplicate_driver", path: ["demandDrivers"] });
    }
    if (o.seasonMonths) {
      if (new Set(o.seasonMonths).size !== o.seasonMonths.length)
        ctx.addIssue({ code: "custom", message: "duplicate_values", path: ["seasonMonths"] });
      if (o.seasonMonths.length !== o.months)
        ctx.addIssue({ code: "custom", message: "season_months_differ_from_months", path: ["seasonMonths"] });
    }
    for (const required of o.requiredCertificates ?? []) {
      if (!o.certificates.includes(required))
        ctx.addIssue({
          code: "custom",
          message: "required_certificate_not_listed",
          path: ["requiredCertificates"],
        });
    }
  });
export type Occupation = z.infer<typeof ZOccupation>;

/**
 * The whole catalogue: entries valid one by one and codes unique across files. Returns the
 * problems (file, entry, path, message) rather than throwing, so that a test can list them all.
 */
export function validateCatalogue(files: { name: string; entries: unknown }[]): {
  occupations: Occupation[];
  problems: string[];
} {
  const occupations: Occupation[] = [];
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    if (!Array.isArray(file.entries)) {
      problems.push(`${file.name}: not a JSON array`);
      continue;
    }
    file.entries.forEach((entry, index) => {
      const result = ZOccupation.safeParse(entry);
      const label = `${file.name}[${index}]${typeof entry === "object" && entry && "code" in entry ? ` (${String(entry.code)})` : ""}`;
      if (!result.success) {
        for (const issue of result.error.issues)
          problems.push(`${label}: ${issue.path.join(".")}: ${issue.message}`);
        return;
      }
      const other = seen.get(result.data.code);
      if (other) {
        problems.push(`${label}: code ${result.data.code} already used in ${other}`);
        return;
      }
      seen.set(result.data.code, label);
      occupations.push(result.data);
    });
  }
  return { occupations, problems };
}
