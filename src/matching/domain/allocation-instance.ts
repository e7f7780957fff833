import type { FieldError } from "../../shared/errors.ts";
import type { TAllocationId, TAllocationProblem } from "../allocation-file.schema.ts";

/**
 * A whole allocation problem in typed arrays: edges by person (CSR), each person's edges in input
 * order. Built once from the file (or directly by a generator, as the benchmark does).
 */
export interface AllocationInstance {
  personIds: readonly TAllocationId[];
  slotIds: readonly TAllocationId[];
  /** Group names of people, in order of first appearance. */
  groupNames: readonly string[];
  personCapacity: Int32Array;
  /** Index into groupNames, or -1. */
  personGroup: Int32Array;
  slotCapacity: Int32Array;
  edgeStart: Int32Array;
  edgeSlot: Int32Array;
  edgeScore: Float64Array;
  quotas: readonly AllocationQuota[];
}

export interface AllocationQuota {
  /** Index into groupNames. */
  group: number;
  minShare: number;
  penalty: number;
}

/** Reports at most this many problems; a broken file usually repeats one mistake. */
const MAX_ERRORS = 20;

/**
 * Checks what the shape cannot (ids that are unique and known, one edge per person and slot, a
 * quota per group for a group somebody is in) and builds the instance. Returns the problems
 * found instead, each naming the field (e.g. `edges.12.person`) in Korean and English.
 */
export function buildAllocationInstance(
  problem: TAllocationProblem,
): { instance: AllocationInstance; errors?: undefined } | { instance?: undefined; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const fail = (field: string, reason: string, ko: string, en: string) => {
    if (errors.length < MAX_ERRORS) errors.push({ field, reason, messageKo: ko, messageEn: en });
    else if (errors.length === MAX_ERRORS) {
      errors.push({
        field: "",
        reason: "too_many_errors",
        messageKo: "오류가 더 있지만 생략했습니다.",
        messageEn: "More errors were found and left out.",
      });
    }
  };

  const P = problem.people.length;
  const S = problem.slots.length;
  const personIndex = new Map<TAllocationId, number>();
  const groupIndex = new Map<string, number>();
  const groupNames: string[] = [];
  const personCapacity = new Int32Array(P);
  const personGroup = new Int32Array(P).fill(-1);
  problem.people.forEach((person, i) => {
    const seen = personIndex.get(person.id);
    if (seen !== undefined) {
      fail(
        `people.${i}.id`,
        "duplicate_id",
        `같은 사람 id가 두 번 나옵니다: ${show(person.id)} (people.${seen}과 같음)`,
        `Duplicate person id ${show(person.id)} (also people.${seen}).`,
      );
    } else personIndex.set(person.id, i);
    personCapacity[i] = person.capacity ?? 1;
    if (person.group !== undefined) {
      let g = groupIndex.get(person.group);
      if (g === undefined) {
        g = groupNames.length;
        groupIndex.set(person.group, g);
        groupNames.push(person.group);
      }
      personGroup[i] = g;
    }
  });

  const slotIndex = new Map<TAllocationId, number>();
  const slotCapacity = new Int32Array(S);
  problem.slots.forEach((slot, i) => {
    const seen = slotIndex.get(slot.id);
    if (seen !== undefined) {
      fail(
        `slots.${i}.id`,
        "duplicate_id",
        `같은 자리 id가 두 번 나옵니다: ${show(slot.id)} (slots.${seen}과 같음)`,
        `Duplicate slot id ${show(slot.id)} (also slots.${seen}).`,
      );
    } else slotIndex.set(slot.id, i);
    slotCapacity[i] = slot.capacity;
  });

  const E = problem.edges.length;
  const edgePerson = new Int32Array(E);
  const edgeSlotInput = new Int32Array(E);
  const degree = new Int32Array(P);
  problem.edges.forEach((edge, i) => {
    const p = personIndex.get(edge.person);
    const s = slotIndex.get(edge.slot);
    if (p === undefined) {
      fail(
        `edges.${i}.person`,
        "unknown_person",
        `people에 없는 사람 id입니다: ${show(edge.person)}`,
        `Unknown person id ${show(edge.person)}: not in people.`,
      );
    }
    if (s === undefined) {
      fail(
        `edges.${i}.slot`,
        "unknown_slot",
        `slots에 없는 자리 id입니다: ${show(edge.slot)}`,
        `Unknown slot id ${show(edge.slot)}: not in slots.`,
      );
    }
    edgePerson[i] = p ?? -1;
    edgeSlotInput[i] = s ?? -1;
    if (p !== undefined) degree[p]!++;
  });

  // CSR by person, input order kept within a person; a repeated (person, slot) pair is an error.
  const edgeStart = new Int32Array(P + 1);
  for (let p = 0; p < P; p++) edgeStart[p + 1] = edgeStart[p]! + degree[p]!;
  const fill = edgeStart.slice(0, P);
  const edgeSlot = new Int32Array(edgeStart[P]!);
  const edgeScore = new Float64Array(edgeStart[P]!);
  const edgeInput = new Int32Array(edgeStart[P]!);
  for (let i = 0; i < E; i++) {
    const p = edgePerson[i]!;
    if (p < 0) continue;
    const k = fill[p]!++;
    edgeSlot[k] = edgeSlotInput[i]!;
    edgeScore[k] = problem.edges[i]!.score;
    edgeInput[k] = i;
  }
  const lastSeen = new Int32Array(S).fill(-1);
  const lastEdge = new Int32Array(S);
  for (let p = 0; p < P; p++) {
    for (let k = edgeStart[p]!; k < edgeStart[p + 1]!; k++) {
      const s = edgeSlot[k]!;
      if (s < 0) continue;
      if (lastSeen[s] === p) {
        const i = edgeInput[k]!;
        const first = lastEdge[s]!;
        fail(
          `edges.${i}`,
          "duplicate_edge",
          `같은 사람과 자리의 연결이 두 번 나옵니다: 사람 ${show(problem.people[p]!.id)}, 자리 ${show(problem.slots[s]!.id)} (edges.${first}과 같음)`,
          `Duplicate edge: person ${show(problem.people[p]!.id)} slot ${show(problem.slots[s]!.id)} (also edges.${first}).`,
        );
      }
      lastSeen[s] = p;
      lastEdge[s] = edgeInput[k]!;
    }
  }

  const quotas: AllocationQuota[] = [];
  const quotaSeen = new Map<string, number>();
  (problem.quotas ?? []).forEach((quota, i) => {
    const seen = quotaSeen.get(quota.group);
    if (seen !== undefined) {
      fail(
        `quotas.${i}.group`,
        "duplicate_quota",
        `같은 집단의 할당 비율이 두 번 나옵니다: ${quota.group} (quotas.${seen}과 같음)`,
        `Duplicate quota for group ${quota.group} (also quotas.${seen}).`,
      );
      return;
    }
    quotaSeen.set(quota.group, i);
    const g = groupIndex.get(quota.group);
    if (g === undefined) {
      fail(
        `quotas.${i}.group`,
        "unknown_group",
        `이 집단에 속한 사람이 없습니다: ${quota.group}`,
        `No person is in group ${quota.group}.`,
      );
      return;
    }
    quotas.push({ group: g, minShare: quota.minShare, penalty: quota.penalty });
  });

  if (errors.length > 0) return { errors };
  return {
    instance: {
      personIds: problem.people.map((p) => p.id),
      slotIds: problem.slots.map((s) => s.id),
      groupNames,
      personCapacity,
      personGroup,
      slotCapacity,
      edgeStart,
      edgeSlot,
      edgeScore,
      quotas,
    },
  };
}

function show(id: TAllocationId): string {
  return typeof id === "string" ? JSON.stringify(id) : String(id);
}
