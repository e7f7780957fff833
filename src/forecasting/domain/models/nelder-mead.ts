/**
 * Nelder–Mead minimisation over unconstrained parameters (models map them into their admissible
 * ranges with a logistic). Forty lines, deterministic, no gradient needed; the npm packages that
 * offer it (fmin and the like) are unmaintained, so it is written here.
 */
export function nelderMead(
  f: (x: number[]) => number,
  start: readonly number[],
  options: { step?: number; maxEvaluations?: number; tolerance?: number; absoluteTolerance?: number } = {},
): { x: number[]; value: number; evaluations: number } {
  const n = start.length;
  const step = options.step ?? 0.5;
  const maxEvaluations = options.maxEvaluations ?? 200 * n;
  const tolerance = options.tolerance ?? 1e-8;
  const absoluteTolerance = options.absoluteTolerance ?? 0;
  let evaluations = 0;
  const value = (x: number[]) => {
    evaluations++;
    const v = f(x);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };
  const simplex: { x: number[]; v: number }[] = [{ x: [...start], v: value([...start]) }];
  for (let i = 0; i < n; i++) {
    const x = [...start];
    x[i]! += step;
    simplex.push({ x, v: value(x) });
  }
  const at = (a: number[], b: number[], t: number) => a.map((ai, i) => ai + t * (b[i]! - ai));
  while (evaluations < maxEvaluations) {
    simplex.sort((a, b) => a.v - b.v);
    const best = simplex[0]!;
    const worst = simplex[n]!;
    const spread = Math.abs(worst.v - best.v);
    if (spread <= absoluteTolerance || spread <= tolerance * (Math.abs(best.v) + tolerance)) break;
    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j]! += simplex[i]!.x[j]! / n;
    const reflected = at(centroid, worst.x, -1);
    const vr = value(reflected);
    if (vr < best.v) {
      const expanded = at(centroid, worst.x, -2);
      const ve = value(expanded);
      simplex[n] = ve < vr ? { x: expanded, v: ve } : { x: reflected, v: vr };
    } else if (vr < simplex[n - 1]!.v) {
      simplex[n] = { x: reflected, v: vr };
    } else {
      const contracted = vr < worst.v ? at(centroid, reflected, 0.5) : at(centroid, worst.x, 0.5);
      const vc = value(contracted);
      if (vc < Math.min(vr, worst.v)) {
        simplex[n] = { x: contracted, v: vc };
      } else {
        for (let i = 1; i <= n; i++) {
          const x = at(best.x, simplex[i]!.x, 0.5);
          simplex[i] = { x, v: value(x) };
        }
      }
    }
  }
  simplex.sort((a, b) => a.v - b.v);
  return { x: simplex[0]!.x, value: simplex[0]!.v, evaluations };
}

export const logistic = (u: number) => 1 / (1 + Math.exp(-u));
export const logit = (p: number) => Math.log(p / (1 - p));
