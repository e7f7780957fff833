import type { ApplicationStatus } from "./cohort-vocabulary.ts";

export interface RankableApplication {
  id: string;
  status: ApplicationStatus;
  score: number;
  /** Applied at (ISO): earlier applications win ties. */
  appliedAt: string;
  age: number;
}

export interface SelectionPlan {
  selected: string[];
  /** In waiting-list order. */
  waitlisted: string[];
  /** Held back only by the cap on participants at or above an age (공공근로: 65+ ≤ 35%). */
  cappedOut: string[];
}

/**
 * Score order (the optimal-allocation issue plugs in here): the highest priority scores fill
 * the free slots; ties go to the earlier application, then the id, so the same input always gives
 * the same plan. With a senior-share cap, people at or above the age are taken only while the
 * selected group (including those already holding a slot) stays within the share; anyone passed
 * over for that reason goes to the waiting list, ahead of nobody they outscored.
 */
export function planSelection(
  candidates: readonly RankableApplication[],
  freeSlots: number,
  alreadySelected: { total: number; senior: number },
  cap?: { age: number; maxShare: number },
): SelectionPlan {
  const ranked = [...candidates].sort(
    (a, b) => b.score - a.score || a.appliedAt.localeCompare(b.appliedAt) || a.id.localeCompare(b.id),
  );
  const selected: string[] = [];
  const cappedOut: string[] = [];
  const waitlisted: string[] = [];
  let seniors = alreadySelected.senior;
  const finalSize = alreadySelected.total + Math.min(freeSlots, candidates.length);
  const seniorLimit = cap ? Math.floor(cap.maxShare * finalSize + 1e-9) : Number.POSITIVE_INFINITY;
  for (const a of ranked) {
    if (selected.length >= freeSlots) {
      waitlisted.push(a.id);
      continue;
    }
    const senior = cap !== undefined && a.age >= cap.age;
    if (senior && seniors + 1 > seniorLimit) {
      cappedOut.push(a.id);
      continue;
    }
    selected.push(a.id);
    if (senior) seniors++;
  }
  // The waiting list is in score order, whether a person waits for a slot or for the cap.
  const order = new Map(ranked.map((a, i) => [a.id, i]));
  const queue = [...waitlisted, ...cappedOut].sort((a, b) => order.get(a)! - order.get(b)!);
  return { selected, waitlisted: queue, cappedOut };
}
