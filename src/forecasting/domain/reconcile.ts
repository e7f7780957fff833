import { CholeskyDecomposition, Matrix } from "ml-matrix";
import type { Forecast } from "./forecast-types.ts";

/**
 * Makes forecasts coherent across a hierarchy (시군구 → 시도 → national, or any tree): after
 * reconciliation every parent's forecast is exactly the sum of its children's, at every horizon.
 *
 * Method (default "wls_structural"): the linear projection of Hyndman et al. (2011) and
 * Athanasopoulos et al. (2017), ỹ = S (SᵀW⁻¹S)⁻¹ SᵀW⁻¹ ŷ, with S the summing matrix (which leaves
 * each node adds up) and W diagonal, each node weighted by the number of leaves under it, so
 * that a national forecast (large, noisy in absolute terms) moves a district's less than a
 * district's own. "ols" uses W = I; "bottom_up" keeps the leaves and adds them up. MinT-shrink
 * would be the next step but needs every node's in-sample residuals, which the Forecast contract
 * does not carry; the structural weights need only the tree.
 *
 * The projection is on the point forecasts. Interval bounds keep each node's own width and move
 * with its mean (quantiles of a sum are not sums of quantiles, so they cannot be projected). With
 * nonNegative, reconciled leaves below 0 are set to 0 before the parents are summed, which keeps
 * the sums exact.
 */
export type ReconciliationMethod = "wls_structural" | "ols" | "bottom_up";

export interface HierarchyNode {
  id: string;
  /** null for a root (a forest of several roots is allowed). */
  parent: string | null;
}

export function reconcileForecasts(
  nodes: readonly HierarchyNode[],
  base: ReadonlyMap<string, Forecast>,
  options: { method?: ReconciliationMethod; nonNegative?: boolean } = {},
): Map<string, Forecast> {
  const method = options.method ?? "wls_structural";
  const { leaves, leavesUnder } = structure(nodes);
  const horizon = base.get(nodes[0]?.id ?? "")?.mean.length ?? 0;
  for (const node of nodes) {
    const f = base.get(node.id);
    if (!f) throw new Error(`no base forecast for node ${node.id}`);
    if (f.mean.length !== horizon)
      throw new Error(`node ${node.id} has horizon ${f.mean.length}, expected ${horizon}`);
  }

  // Summing matrix S: one row per node, one column per leaf.
  const leafColumn = new Map(leaves.map((id, j) => [id, j]));
  const S = Matrix.zeros(nodes.length, leaves.length);
  nodes.forEach((node, i) => {
    for (const leaf of leavesUnder.get(node.id)!) S.set(i, leafColumn.get(leaf)!, 1);
  });

  let bottom: Matrix;
  if (method === "bottom_up") {
    bottom = new Matrix(leaves.map((id) => [...base.get(id)!.mean]));
  } else {
    const weights = nodes.map((node) => (method === "ols" ? 1 : leavesUnder.get(node.id)!.length));
    const StWinv = S.transpose().clone();
    for (let i = 0; i < nodes.length; i++) {
      for (let j = 0; j < leaves.length; j++) StWinv.set(j, i, StWinv.get(j, i) / weights[i]!);
    }
    const Yhat = new Matrix(nodes.map((node) => [...base.get(node.id)!.mean]));
    bottom = new CholeskyDecomposition(StWinv.mmul(S)).solve(StWinv.mmul(Yhat));
  }
  const clippedLeaves = new Set<string>();
  if (options.nonNegative) {
    leaves.forEach((leaf, j) => {
      for (let h = 0; h < horizon; h++) {
        if (bottom.get(j, h) < 0) {
          bottom.set(j, h, 0);
          clippedLeaves.add(leaf);
        }
      }
    });
  }
  const coherent = S.mmul(bottom);

  const out = new Map<string, Forecast>();
  nodes.forEach((node, i) => {
    const f = base.get(node.id)!;
    const mean = coherent.getRow(i);
    const shift = (xs: number[]) =>
      xs.map((x, h) => {
        const v = x + mean[h]! - f.mean[h]!;
        return options.nonNegative ? Math.max(0, v) : v;
      });
    const notes = [...f.notes, `reconciled across levels (${method})`];
    const clipped = leavesUnder.get(node.id)!.filter((leaf) => clippedLeaves.has(leaf)).length;
    if (clipped > 0) notes.push(`${clipped} reconciled bottom-level forecast(s) below 0 set to 0`);
    out.set(node.id, {
      model: f.model,
      mean,
      lo80: shift(f.lo80),
      hi80: shift(f.hi80),
      lo95: shift(f.lo95),
      hi95: shift(f.hi95),
      notes,
    });
  });
  return out;
}

/** Leaves in node order, and the leaves under each node (a leaf is under itself). */
function structure(nodes: readonly HierarchyNode[]) {
  const ids = new Set<string>();
  for (const node of nodes) {
    if (ids.has(node.id)) throw new Error(`duplicate node ${node.id}`);
    ids.add(node.id);
  }
  const children = new Map<string, string[]>();
  for (const node of nodes) {
    if (node.parent === null) continue;
    if (!ids.has(node.parent)) throw new Error(`node ${node.id} has an unknown parent ${node.parent}`);
    children.set(node.parent, [...(children.get(node.parent) ?? []), node.id]);
  }
  const leaves = nodes.filter((n) => !children.has(n.id)).map((n) => n.id);
  const leavesUnder = new Map<string, string[]>();
  const visiting = new Set<string>();
  const collect = (id: string): string[] => {
    const known = leavesUnder.get(id);
    if (known) return known;
    if (visiting.has(id)) throw new Error(`the hierarchy has a cycle through ${id}`);
    visiting.add(id);
    const kids = children.get(id);
    const under = kids ? kids.flatMap(collect) : [id];
    visiting.delete(id);
    leavesUnder.set(id, under);
    return under;
  };
  for (const node of nodes) collect(node.id);
  return { leaves, leavesUnder };
}
