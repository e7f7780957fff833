/**
 * Priority groups: a resident in a group the item targets (or, for an item that targets nobody,
 * in a group the program weighs) scores that group's weight from the program's configuration;
 * the best of the resident's groups counts.
 */
import { RESIDENT_GROUPS } from "../../../residents/domain/resident-vocabulary.ts";
import type { ResidentFeatures, WorkItemFeatures } from "./match-features.ts";
import { COMPONENT, type MatchMeasures } from "./match-measures.ts";
import { GROUP_WORDS, type Words } from "./match-vocabulary.ts";
import type { MatchWeights } from "./match-weights.ts";

export function measurePriority(
  r: ResidentFeatures,
  w: WorkItemFeatures,
  weights: MatchWeights,
  m: MatchMeasures,
): void {
  const targeted = w.targetGroups !== 0;
  const groups = targeted ? r.groups & w.targetGroups : r.groups;
  const share = targeted ? 1 : weights.untargetedGroupShare;
  let best = 0;
  let bestGroup = -1;
  for (let g = 0; g < RESIDENT_GROUPS.length; g++) {
    if (!(groups & (1 << g))) continue;
    const value = weights.groupWeights[RESIDENT_GROUPS[g]!] * share;
    if (value > best) {
      best = value;
      bestGroup = g;
    }
  }
  m.fit[COMPONENT.priority] = best;
  m.priorityGroup = bestGroup;
  m.priorityTargeted = targeted && bestGroup >= 0;
}

export function explainPriority(w: WorkItemFeatures, m: MatchMeasures): Words {
  if (m.priorityGroup < 0) {
    return w.targetGroups !== 0
      ? { ko: "이 일감의 우선 대상 아님", en: "Not in a group this item gives priority to" }
      : { ko: "우선 대상 가점 없음", en: "No priority-group points" };
  }
  const group = GROUP_WORDS[RESIDENT_GROUPS[m.priorityGroup]!];
  return m.priorityTargeted
    ? { ko: `우선 대상(${group.ko})에 해당`, en: `In a priority group of this item (${group.en})` }
    : { ko: `사업 우선 대상(${group.ko})`, en: `In a group the program gives priority to (${group.en})` };
}

/** The same reason without naming the group (disability and income are sensitive information). */
export function explainPriorityWithoutGroup(w: WorkItemFeatures, m: MatchMeasures): Words {
  if (m.priorityGroup < 0) return explainPriority(w, m);
  return m.priorityTargeted
    ? { ko: "이 일감의 우선 대상에 해당", en: "In a priority group of this item" }
    : { ko: "사업 우선 대상에 해당", en: "In a group the program gives priority to" };
}
