import type { AllocationInstance } from "./allocation-instance.ts";

export interface QuotaTarget {
  /** Index into the instance's groupNames. */
  group: number;
  minShare: number;
  penalty: number;
  /** ceil(minShare × fillable positions): units the group should hold. */
  target: number;
  /** Whether the quota changes anything (a positive target and a positive penalty). */
  active: boolean;
}

/**
 * Quota targets are a share of the *fillable positions*, a number known before solving:
 * min(total slot capacity, total capacity of the people who have at least one candidate slot).
 * A share of the allocation's own size would couple every assignment to every other and leave
 * a linear program that is no longer a network flow (and no longer integral); a fixed target
 * keeps the quota an exact min-cost-flow gadget (see successive-shortest-paths.ts). Decision 0008.
 */
export function quotaTargets(instance: AllocationInstance): {
  fillablePositions: number;
  targets: QuotaTarget[];
} {
  let slotUnits = 0;
  for (const c of instance.slotCapacity) slotUnits += c;
  let personUnits = 0;
  const P = instance.personCapacity.length;
  for (let p = 0; p < P; p++) {
    if (instance.edgeStart[p + 1]! > instance.edgeStart[p]!) personUnits += instance.personCapacity[p]!;
  }
  const fillablePositions = Math.min(slotUnits, personUnits);
  const targets = instance.quotas.map((q) => {
    // The small allowance keeps 0.3 × 10 at 3 despite floating point (0.30000000000000004 × 10).
    const target = Math.max(0, Math.ceil(q.minShare * fillablePositions - 1e-9));
    return { ...q, target, active: target > 0 && q.penalty > 0 };
  });
  return { fillablePositions, targets };
}
