import { CholeskyDecomposition, Matrix } from "ml-matrix";

/**
 * Ridge regression with an unpenalised intercept on standardised features, the penalty chosen
 * by exact leave-one-out error (for ridge, the LOO residual is e_i / (1 − h_ii), so no refits).
 * Small problems only (a few hundred rows, a handful of features): what the cold-start model of
 * regional demand needs. ml-matrix does the linear algebra.
 */
export interface RidgeModel {
  means: number[];
  scales: number[];
  coefficients: number[];
  intercept: number;
  lambda: number;
  /** Root mean square of the leave-one-out residuals at the chosen penalty. */
  looRmse: number;
  n: number;
}

export const DEFAULT_LAMBDAS = [0.01, 0.1, 0.3, 1, 3, 10, 30, 100, 300];

export function fitRidge(x: readonly (readonly number[])[], y: readonly number[], lambdas = DEFAULT_LAMBDAS) {
  const n = x.length;
  if (n === 0 || n !== y.length) throw new Error("fitRidge: needs as many targets as rows, at least one");
  const p = x[0]!.length;
  const means = Array.from({ length: p }, (_, j) => x.reduce((s, row) => s + row[j]!, 0) / n);
  const scales = means.map((mean, j) => {
    const sd = Math.sqrt(x.reduce((s, row) => s + (row[j]! - mean) ** 2, 0) / n);
    // A constant column carries no information; a scale of 1 keeps it at zero instead of NaN.
    return sd > 1e-12 ? sd : 1;
  });
  const z = new Matrix(x.map((row) => row.map((v, j) => (v - means[j]!) / scales[j]!)));
  const yMean = y.reduce((s, v) => s + v, 0) / n;
  const yc = Matrix.columnVector(y.map((v) => v - yMean));
  const zt = z.transpose();
  const gram = zt.mmul(z);
  const zty = zt.mmul(yc);

  let best: RidgeModel | null = null;
  for (const lambda of lambdas) {
    const a = gram.clone();
    for (let j = 0; j < p; j++) a.set(j, j, a.get(j, j) + lambda);
    const cholesky = new CholeskyDecomposition(a);
    const beta = cholesky.solve(zty);
    const aInverseZt = cholesky.solve(zt);
    let squared = 0;
    for (let i = 0; i < n; i++) {
      let fitted = 0;
      let leverage = 1 / n;
      for (let j = 0; j < p; j++) {
        fitted += z.get(i, j) * beta.get(j, 0);
        leverage += z.get(i, j) * aInverseZt.get(j, i);
      }
      const residual = yc.get(i, 0) - fitted;
      squared += (residual / Math.max(1e-9, 1 - leverage)) ** 2;
    }
    const looRmse = Math.sqrt(squared / n);
    if (!best || looRmse < best.looRmse) {
      best = {
        means,
        scales,
        coefficients: beta.getColumn(0),
        intercept: yMean,
        lambda,
        looRmse,
        n,
      };
    }
  }
  return best!;
}

export function predictRidge(model: RidgeModel, x: readonly number[]): number {
  let y = model.intercept;
  for (let j = 0; j < model.coefficients.length; j++) {
    y += model.coefficients[j]! * ((x[j]! - model.means[j]!) / model.scales[j]!);
  }
  return y;
}
