import { z } from "zod";
import { RRN_PATTERN, storedText, ZRegionCode } from "../shared/common.schema.ts";
import { PROGRAM_CODES } from "./domain/program-catalogue.ts";
import { ZRuleSections } from "./domain/rule-set.ts";

export const ZProgramRulesParams = z.object({
  code: z.enum(PROGRAM_CODES).meta({ param: { name: "code", in: "path" }, example: "public_works" }),
});

export const ZProgramRulesQuery = z
  .object({
    year: z.coerce
      .number()
      .int()
      .min(2020)
      .max(2100)
      .optional()
      .meta({ description: "Default: the current year" }),
    region: ZRegionCode.optional().meta({ description: "Show the rules in force for this 시도/시군구" }),
  })
  .strict();

export const ZOverrideParams = z.object({
  code: z.enum(PROGRAM_CODES).meta({ param: { name: "code", in: "path" }, example: "public_works" }),
  year: z.coerce
    .number()
    .int()
    .min(2020)
    .max(2100)
    .meta({ param: { name: "year", in: "path" }, example: 2026 }),
  regionCode: ZRegionCode.meta({ param: { name: "regionCode", in: "path" }, example: "11620" }),
});

export const ZRuleOverrideBody = z
  .object({
    /** The sections this region replaces; an absent section follows the national (or 시도) rule. */
    rules: ZRuleSections,
    reason: storedText(5, 500).meta({ description: "Why the region differs (kept in the audit log)" }),
  })
  .strict()
  // An officer's text (sources, reasons shown to residents) must not carry a 주민등록번호. The
  // shipped data is exempt: its sources cite news article numbers that merely look like one.
  .superRefine((body, ctx) => {
    const walk = (value: unknown, path: (string | number)[]) => {
      if (typeof value === "string") {
        if (RRN_PATTERN.test(value)) ctx.addIssue({ code: "custom", message: "looks_like_rrn", path });
      } else if (value && typeof value === "object") {
        for (const [k, v] of Object.entries(value)) walk(v, [...path, Array.isArray(value) ? Number(k) : k]);
      }
    };
    walk(body.rules, ["rules"]);
  });

export const ZRuleOverrideDelete = z.object({ reason: storedText(5, 500) }).strict();

export const ZProgramRules = z
  .object({
    program: z.enum(PROGRAM_CODES),
    nameKo: z.string(),
    nameEn: z.string(),
    year: z.number().int(),
    directJob: z.boolean(),
    region: z.string().nullable(),
    notesKo: z.string().nullable(),
    notesEn: z.string().nullable(),
    /** The rules in force (national, then 시도, then 시군구 sections). */
    effective: ZRuleSections,
    /** Which level each section comes from: "national", a 시도 or a 시군구 code. */
    sectionOrigin: z.record(z.string(), z.string()),
    needsReview: z.array(z.string()),
    /** Years that have rules, newest first. */
    availableYears: z.array(z.number().int()),
    overrides: z.array(
      z.object({
        regionPrefix: z.string(),
        sections: z.array(z.string()),
        version: z.number().int(),
        updatedAt: z.string(),
      }),
    ),
  })
  .meta({ id: "ProgramRules" });
export type TProgramRules = z.infer<typeof ZProgramRules>;
