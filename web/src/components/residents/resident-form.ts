import type {
  RemotePreference,
  ResidentGroup,
} from "../../../../src/residents/domain/resident-vocabulary.ts";
import type { CertificateCode, SkillCode } from "../../../../src/shared/domain/skill-catalogue.ts";
import type { TimeSlot } from "../../../../src/shared/domain/weekly-schedule.ts";
import type { WorkCategory } from "../../../../src/work-items/domain/work-item-vocabulary.ts";
import type { TResidentCreateInput } from "../../api/residents.ts";
import type { RegionValue } from "../region/region-value.ts";

/** What the registration form holds while it is being filled in (numbers as typed text). */
export interface ResidentFormState {
  region: RegionValue;
  location: { lat: number; lng: number } | null;
  birthYear: string;
  groups: string[];
  availability: TimeSlot[];
  desiredHoursPerWeek: string;
  maxTravelKm: string;
  remotePreference: RemotePreference;
  skills: string[];
  certificates: string[];
  interests: string[];
  name: string;
  phone: string;
  address: string;
  consent: boolean;
}

/** Every field key the API may report an error for, in the order the form shows them. */
export const RESIDENT_FIELD_KEYS = [
  "regionCode",
  "location",
  "birthYear",
  "groups",
  "availability",
  "desiredHoursPerWeek",
  "maxTravelKm",
  "remotePreference",
  "skills",
  "certificates",
  "interests",
  "personal.name",
  "personal.phone",
  "personal.address",
  "consent",
] as const;

function numberOrUndefined(text: string): number | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : undefined;
}

function textOrNull(text: string): string | null {
  return text.trim() ? text.trim() : null;
}

/**
 * The request body. Empty numbers are left out so that the API answers "required" for them
 * rather than the browser guessing; the API is the one place that validates.
 */
export function toResidentCreateBody(state: ResidentFormState): TResidentCreateInput {
  return {
    regionCode: state.region.sigungu,
    location: state.location,
    birthYear: numberOrUndefined(state.birthYear) as number,
    groups: state.groups as ResidentGroup[],
    availability: state.availability,
    desiredHoursPerWeek: numberOrUndefined(state.desiredHoursPerWeek) as number,
    maxTravelKm: numberOrUndefined(state.maxTravelKm) as number,
    remotePreference: state.remotePreference,
    skills: state.skills as SkillCode[],
    certificates: state.certificates as CertificateCode[],
    interests: state.interests as WorkCategory[],
    personal: { name: state.name, phone: textOrNull(state.phone), address: textOrNull(state.address) },
  };
}
