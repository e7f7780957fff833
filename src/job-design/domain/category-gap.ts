import type { WorkCategory } from "../../work-items/domain/work-item-vocabulary.ts";

/**
 * What job design is given per work category: the forecast monthly hours of work the region will
 * need and the hours already covered. Whoever supplies it (the region forecast service, a test)
 * says where the figures came from; this module only turns them into a gap.
 */
export interface CategoryDemand {
  category: WorkCategory;
  /** Forecast hours of work needed per month, averaged over the horizon. */
  demandHours: number;
  /** The 80% prediction interval of that average. */
  demandLo80: number;
  demandHi80: number;
  /** Hours per month already covered (work items open or filled, programs running). */
  coveredHours: number;
}

export interface CategoryGap extends CategoryDemand {
  /** Unmet hours per month: demand − covered, never below zero. */
  gapHours: number;
  /** The gap at the ends of the 80% interval of demand. */
  gapLo80: number;
  gapHi80: number;
}

const finite = (n: number) => (Number.isFinite(n) ? n : 0);

export function categoryGap(d: CategoryDemand): CategoryGap {
  const covered = Math.max(0, finite(d.coveredHours));
  const gap = (demand: number) => Math.max(0, finite(demand) - covered);
  return {
    ...d,
    gapHours: gap(d.demandHours),
    gapLo80: gap(Math.min(d.demandLo80, d.demandHours)),
    gapHi80: gap(Math.max(d.demandHi80, d.demandHours)),
  };
}
