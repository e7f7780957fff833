import { z } from "zod";
import { parseTimeOfDay, WEEKDAYS } from "./domain/weekly-schedule.ts";

/** Schemas shared by several domains; the web app imports these too. */

export const ZRegionCode = z
  .string()
  .regex(/^\d{2}(\d{3})?$/)
  .meta({ description: "2-digit 시도 or 5-digit 시군구 행정표준코드", example: "11620" });

export const ZSigunguCode = z
  .string()
  .regex(/^\d{5}$/)
  .meta({ description: "5-digit 시군구 행정표준코드", example: "11620" });

export const ZId = z.uuid().meta({ description: "UUID", example: "3b7e1f2a-5c4d-4e6f-8a9b-0c1d2e3f4a5b" });

/** A real calendar date in YYYY-MM-DD form. */
export const ZDateString = z
  .string()
  .refine(
    (s) =>
      /^\d{4}-\d{2}-\d{2}$/.test(s) &&
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
      new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: "invalid_date",
    },
  )
  .meta({ example: "2026-03-02" });

const NOT_YEAR_ZERO = (s: string) => !s.startsWith("0000");
/** A date as it is stored: JavaScript parses the year 0000, PostgreSQL refuses it (a 500, not a 400). */
export const ZStoredDate = ZDateString.refine(NOT_YEAR_ZERO, { message: "invalid_date" }).meta({
  example: "2026-03-02",
});

export const ZTimeSlot = z
  .object({
    day: z.enum(WEEKDAYS),
    start: z.string().refine((t) => parseTimeOfDay(t) !== null, { message: "invalid_time" }),
    end: z.string().refine((t) => parseTimeOfDay(t) !== null, { message: "invalid_time" }),
  })
  .strict()
  .refine((s) => (parseTimeOfDay(s.end) ?? 0) > (parseTimeOfDay(s.start) ?? 0), {
    message: "end_before_start",
    path: ["end"],
  })
  .meta({
    id: "TimeSlot",
    description: "A weekly time slot on the half-hour grid",
    example: { day: "tue", start: "09:00", end: "13:00" },
  });

export const ZWeeklySchedule = z.array(ZTimeSlot).max(7 * 48);

export const ZLatitude = z.number().min(33).max(39).meta({ description: "WGS84 latitude within Korea" });
export const ZLongitude = z.number().min(124).max(132).meta({ description: "WGS84 longitude within Korea" });

/** A list of codes from a fixed vocabulary, without repeats. */
export function codeList<T extends string>(codes: readonly [T, ...T[]], max = 30) {
  return z
    .array(z.enum(codes))
    .max(max)
    .refine((list) => new Set(list).size === list.length, { message: "duplicate_values" });
}

/** Plain text fields: trimmed, with a length bound so that huge strings are a 400, not a slow write. */
export function text(min: number, max: number) {
  return z.string().trim().min(min).max(max);
}

export const ZPagination = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type TPagination = z.infer<typeof ZPagination>;

export function paginated<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  });
}

/** Accepts "a,b,c" or repeated query parameters for list filters. */
export function csvQuery<T extends string>(codes: readonly [T, ...T[]]) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.enum(codes)).max(codes.length));
}

/** A query-string boolean: "true"/"false"/"1"/"0". */
export const ZQueryBoolean = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

/** A string that looks like a 주민등록번호 (YYMMDD-NNNNNNN); Maeul must never store one. */
export const RRN_PATTERN = /\d{6}\s*-?\s*[1-8]\d{6}/;

export function noRrn(schema: z.ZodString) {
  return schema.refine((s) => !RRN_PATTERN.test(s), { message: "looks_like_rrn" });
}

export const ZLocation = z.object({ lat: ZLatitude, lng: ZLongitude }).strict().meta({ id: "Location" });

/** PostgreSQL cannot store U+0000 in text or jsonb; unchecked, it would be a 500 instead of a 400. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly the character refused here.
const NO_NUL = /^[^\u0000]*$/;

/**
 * Free text as it is stored: trimmed, bounded, never a 주민등록번호, without NUL, and in NFC so
 * that decomposed Hangul (as some macOS keyboards send it) matches a search typed elsewhere.
 *  */
export function storedText(min: number, max: number) {
  return noRrn(text(min, max))
    .regex(NO_NUL)
    .overwrite((s) => s.normalize("NFC"));
}

/** A free-text search box (`q`): words separated by spaces, every one of which must appear. */
export const ZSearchText = z.string().trim().max(100).regex(NO_NUL);
