/**
 * 최저임금 (statutory minimum hourly wage, KRW) by year, from the Minimum Wage Commission's
 * annual notices (최저임금위원회 고시) [OFFICIAL in ../shared/DOMAIN.md]. Statutory figures, one a
 * year; the contracts issue moves them into the versioned rules data with the program rules.
 */
export const MINIMUM_WAGE_BY_YEAR: Readonly<Record<number, number>> = {
  2023: 9620,
  2024: 9860,
  2025: 10030,
  2026: 10320,
};

/** The minimum wage in force in `year`; for a year not yet announced, the latest known one. */
export function minimumWageFor(year: number): { year: number; wage: number } | null {
  const years = Object.keys(MINIMUM_WAGE_BY_YEAR)
    .map(Number)
    .sort((a, b) => a - b);
  const known = years.filter((y) => y <= year);
  const used = known.at(-1);
  if (used === undefined) return null;
  return { year: used, wage: MINIMUM_WAGE_BY_YEAR[used]! };
}
