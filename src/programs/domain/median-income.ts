import { z } from "zod";
import { CONFIDENCES } from "./rule-set.ts";

/**
 * 기준중위소득 (보건복지부 고시) per year and household size, as data (data/program-rules/
 * median-income.json). The 고시 lists sizes 1–6 (or 1–7); larger households add the gap
 * between the two largest listed sizes per extra member, a rule marked unconfirmed.
 */
export const ZMedianIncomeYear = z
  .object({
    year: z.number().int().min(2020).max(2100),
    /** Monthly won for household sizes 1, 2, …, in order. */
    bySize: z.array(z.number().int().positive()).min(2),
    confidence: z.enum(CONFIDENCES),
    source: z.string().min(3),
    extraMemberRule: z.object({ confidence: z.enum(CONFIDENCES), source: z.string().min(3) }),
  })
  .strict();
export type MedianIncomeYear = z.infer<typeof ZMedianIncomeYear>;

export interface MedianIncome {
  year: number;
  householdSize: number;
  monthlyWon: number;
  /** True when the figure is extrapolated (size beyond the table) or the year is a fallback. */
  needsReview: boolean;
}

/** The median for a size in the latest table at or before `year` (a later year falls back, flagged). */
export function medianIncomeFor(
  tables: readonly MedianIncomeYear[],
  year: number,
  householdSize: number,
): MedianIncome | null {
  const table = [...tables].filter((t) => t.year <= year).sort((a, b) => b.year - a.year)[0];
  if (!table || householdSize < 1 || !Number.isInteger(householdSize)) return null;
  const listed = table.bySize.length;
  const fallbackYear = table.year !== year;
  if (householdSize <= listed) {
    return {
      year: table.year,
      householdSize,
      monthlyWon: table.bySize[householdSize - 1]!,
      needsReview: fallbackYear || table.confidence === "unconfirmed",
    };
  }
  const gap = table.bySize[listed - 1]! - table.bySize[listed - 2]!;
  return {
    year: table.year,
    householdSize,
    monthlyWon: table.bySize[listed - 1]! + gap * (householdSize - listed),
    needsReview: true,
  };
}

/** The income limit in won: `percent` of the median, truncated or rounded as the agency does. */
export function incomeLimitWon(median: number, percent: number, rounding: "floor" | "round"): number {
  // Integer arithmetic in hundredths of a percent avoids 0.7 × 4,546,316-style float drift.
  const exact = (median * Math.round(percent * 100)) / 10_000;
  return rounding === "floor" ? Math.floor(exact + 1e-9) : Math.round(exact);
}

/** A household income as a % of the median, one decimal, for messages ("78.3%"). */
export function percentOfMedian(income: number, median: number): number {
  return Math.round((income / median) * 1000) / 10;
}
