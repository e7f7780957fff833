/**
 * The Gini coefficient of non-negative values (0: spread evenly; near 1: all on one), used to
 * measure how recommendations spread over work items (congestion control).
 */
export function gini(values: ArrayLike<number>): number {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  if (n === 0) return 0;
  let sum = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    sum += sorted[i]!;
    weighted += (i + 1) * sorted[i]!;
  }
  if (sum === 0) return 0;
  return (2 * weighted) / (n * sum) - (n + 1) / n;
}
