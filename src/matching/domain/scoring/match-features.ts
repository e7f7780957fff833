/**
 * What scoring reads about a resident and a work item, in two forms:
 * - `ResidentForMatching` / `WorkItemForMatching`: the plain fields, as stored (codes, time
 *   slots), which callers build from rows;
 * - `ResidentFeatures` / `WorkItemFeatures`: the same facts packed for speed (bit masks for code
 *   lists, schedule words addressed by offset into a shared Uint32Array), which the scoring
 *   functions take. Stores of a million residents fill one reusable features object per row
 *   instead of allocating one per person.
 */
import {
  REMOTE_PREFERENCES,
  RESIDENT_GROUPS,
  type RemotePreference,
  type ResidentGroup,
} from "../../../residents/domain/resident-vocabulary.ts";
import type { LatLng } from "../../../shared/domain/geo.ts";
import { CERTIFICATE_CODES, SKILL_CODES } from "../../../shared/domain/skill-catalogue.ts";
import type { TimeSlot } from "../../../shared/domain/weekly-schedule.ts";
import { WORK_CATEGORIES, type WorkCategory } from "../../../work-items/domain/work-item-vocabulary.ts";
import { countSlots, SLOT_WORDS, writeSlotWords } from "./slot-words.ts";

export interface ResidentForMatching {
  location: LatLng | null;
  birthYear: number;
  groups: readonly string[];
  availability: readonly TimeSlot[];
  desiredHoursPerWeek: number;
  maxTravelKm: number;
  remotePreference: RemotePreference;
  skills: readonly string[];
  certificates: readonly string[];
  interests: readonly string[];
  /** Months worked per field (work category), e.g. from careerMonthsInField; absent = none. */
  careerMonths?: Partial<Record<string, number>>;
}

export interface WorkItemForMatching {
  programCode: string | null;
  location: LatLng | null;
  remote: boolean;
  schedule: readonly TimeSlot[];
  hoursPerWeek: number;
  headcount: number;
  category: string;
  requiredSkills: readonly string[];
  preferredSkills: readonly string[];
  requiredCertificates: readonly string[];
  preferredCertificates: readonly string[];
  targetGroups: readonly string[];
}

/** 0 on-site only, 1 prefers remote, 2 remote only (REMOTE_PREFERENCES order). */
export type RemoteCode = 0 | 1 | 2;

export interface ResidentFeatures {
  /** NaN when the resident registered no location. */
  lat: number;
  lng: number;
  birthYear: number;
  /** SLOT_WORDS words from `availabilityAt`. */
  availability: Uint32Array;
  availabilityAt: number;
  desiredHours: number;
  maxTravelKm: number;
  remote: RemoteCode;
  skills: number;
  certificates: number;
  /** Bit per WORK_CATEGORIES index. */
  interests: number;
  /** Bit per RESIDENT_GROUPS index. */
  groups: number;
  /** WORK_CATEGORIES.length months from `careerAt`. */
  careerMonths: Uint16Array;
  careerAt: number;
}

export interface WorkItemFeatures {
  /** NaN for a remote item without a place. */
  lat: number;
  lng: number;
  remote: boolean;
  schedule: Uint32Array;
  scheduleAt: number;
  /** Half hours in the schedule (cached popcount). */
  scheduleSlots: number;
  hoursPerWeek: number;
  headcount: number;
  /** Index in WORK_CATEGORIES. */
  category: number;
  requiredSkills: number;
  preferredSkills: number;
  requiredCertificates: number;
  preferredCertificates: number;
  targetGroups: number;
}

function codeBits(vocabulary: readonly string[]): Map<string, number> {
  if (vocabulary.length > 31) {
    throw new Error(`A matching bit mask holds 31 codes; this vocabulary has ${vocabulary.length}`);
  }
  return new Map(vocabulary.map((code, i) => [code, 1 << i]));
}

const SKILL_BITS = codeBits(SKILL_CODES);
const CERTIFICATE_BITS = codeBits(CERTIFICATE_CODES);
const CATEGORY_BITS = codeBits(WORK_CATEGORIES);
const GROUP_BITS = codeBits(RESIDENT_GROUPS);

/** Unknown codes (a catalogue entry added since) are ignored rather than guessed. */
function maskOf(bits: Map<string, number>, codes: readonly string[]): number {
  let mask = 0;
  for (const code of codes) mask |= bits.get(code) ?? 0;
  return mask >>> 0;
}

export const skillMask = (codes: readonly string[]) => maskOf(SKILL_BITS, codes);
export const certificateMask = (codes: readonly string[]) => maskOf(CERTIFICATE_BITS, codes);
export const categoryMask = (codes: readonly string[]) => maskOf(CATEGORY_BITS, codes);
export const groupMask = (codes: readonly string[]) => maskOf(GROUP_BITS, codes);

/** The codes of a mask, in vocabulary order. */
export function codesOf<T extends string>(vocabulary: readonly T[], mask: number): T[] {
  const codes: T[] = [];
  for (let i = 0; i < vocabulary.length; i++) if (mask & (1 << i)) codes.push(vocabulary[i]!);
  return codes;
}

export function categoryIndex(category: string): number {
  const index = WORK_CATEGORIES.indexOf(category as WorkCategory);
  if (index < 0) throw new Error(`Unknown work category: ${category}`);
  return index;
}

export function remoteCode(preference: RemotePreference): RemoteCode {
  return REMOTE_PREFERENCES.indexOf(preference) as RemoteCode;
}

export function residentFeatures(r: ResidentForMatching): ResidentFeatures {
  const careerMonths = new Uint16Array(WORK_CATEGORIES.length);
  for (const [field, months] of Object.entries(r.careerMonths ?? {})) {
    const index = WORK_CATEGORIES.indexOf(field as WorkCategory);
    if (index >= 0 && months) careerMonths[index] = Math.min(65_535, Math.max(0, Math.round(months)));
  }
  return {
    lat: r.location?.lat ?? Number.NaN,
    lng: r.location?.lng ?? Number.NaN,
    birthYear: r.birthYear,
    availability: writeSlotWords(r.availability, new Uint32Array(SLOT_WORDS)),
    availabilityAt: 0,
    desiredHours: r.desiredHoursPerWeek,
    maxTravelKm: r.maxTravelKm,
    remote: remoteCode(r.remotePreference),
    skills: skillMask(r.skills),
    certificates: certificateMask(r.certificates),
    interests: categoryMask(r.interests),
    groups: groupMask(r.groups as readonly ResidentGroup[]),
    careerMonths,
    careerAt: 0,
  };
}

export function workItemFeatures(w: WorkItemForMatching): WorkItemFeatures {
  const schedule = writeSlotWords(w.schedule, new Uint32Array(SLOT_WORDS));
  return {
    lat: w.location?.lat ?? Number.NaN,
    lng: w.location?.lng ?? Number.NaN,
    remote: w.remote,
    schedule,
    scheduleAt: 0,
    scheduleSlots: countSlots(schedule, 0),
    hoursPerWeek: w.hoursPerWeek,
    headcount: w.headcount,
    category: categoryIndex(w.category),
    requiredSkills: skillMask(w.requiredSkills),
    preferredSkills: skillMask(w.preferredSkills),
    requiredCertificates: certificateMask(w.requiredCertificates),
    preferredCertificates: certificateMask(w.preferredCertificates),
    targetGroups: groupMask(w.targetGroups),
  };
}
