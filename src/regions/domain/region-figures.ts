/**
 * Figures derived from a region's population by single year of age: the groups that public-job
 * programs and demand forecasts care about.
 */
export interface AgeBands {
  children0to17: number;
  youth19to34: number;
  working15to64: number;
  newMiddleAge50to64: number;
  seniors65plus: number;
  seniors75plus: number;
}

/** Sum of ages from..to inclusive (index 100 stands for "100 and over"). */
export function sumAges(byAge: readonly number[], from: number, to = 100): number {
  let sum = 0;
  for (let age = Math.max(0, from); age <= Math.min(100, to); age++) sum += byAge[age] ?? 0;
  return sum;
}

export function ageBands(byAge: readonly number[]): AgeBands {
  return {
    children0to17: sumAges(byAge, 0, 17),
    youth19to34: sumAges(byAge, 19, 34),
    working15to64: sumAges(byAge, 15, 64),
    newMiddleAge50to64: sumAges(byAge, 50, 64),
    seniors65plus: sumAges(byAge, 65),
    seniors75plus: sumAges(byAge, 75),
  };
}

/** A share in percent with one decimal, or null when the base is zero. */
export function percent(part: number, whole: number): number | null {
  if (!whole) return null;
  return Math.round((part / whole) * 1000) / 10;
}
