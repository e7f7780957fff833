export interface AgeBand {
  /** First age of the band. */
  from: number;
  /** Last age, or null for "100 and over". */
  to: number | null;
  population: number;
}

/** Population by single year of age (index 100 = 100 and over) in 5-year bands: 0–4 … 95–99, 100+. */
export function fiveYearBands(byAge: readonly number[]): AgeBand[] {
  const bands: AgeBand[] = [];
  for (let from = 0; from < 100; from += 5) {
    let population = 0;
    for (let age = from; age < from + 5; age++) population += byAge[age] ?? 0;
    bands.push({ from, to: from + 4, population });
  }
  bands.push({ from: 100, to: null, population: byAge[100] ?? 0 });
  return bands;
}
