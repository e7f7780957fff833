/**
 * Rows → the typed-array stores: the one place database rows become matching features, used by
 * the server's indexes and by the single resident or item a request is about.
 */
import { ResidentStore } from "./domain/recommendations/resident-store.ts";
import { WorkItemStore } from "./domain/recommendations/work-item-store.ts";
import {
  type ResidentFeatures,
  residentFeatures,
  type WorkItemFeatures,
  workItemFeatures,
} from "./domain/scoring/match-features.ts";
import type { WeightsTable } from "./domain/scoring/match-weights.ts";
import type { MatchingResidentRow, MatchingWorkItemRow } from "./recommendation.repository.ts";

export function featuresOfWorkItem(row: MatchingWorkItemRow): WorkItemFeatures {
  return workItemFeatures({
    programCode: row.programCode,
    location: row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : null,
    remote: row.remote,
    schedule: row.schedule,
    hoursPerWeek: row.hoursPerWeek,
    headcount: row.headcount,
    category: row.category,
    requiredSkills: row.requiredSkills,
    preferredSkills: row.preferredSkills,
    requiredCertificates: row.requiredCertificates,
    preferredCertificates: row.preferredCertificates,
    targetGroups: row.targetGroups,
  });
}

export function featuresOfResident(
  row: MatchingResidentRow,
  careerMonths: Record<string, number> = {},
): ResidentFeatures {
  return residentFeatures({
    location:
      row.approxLat !== null && row.approxLng !== null ? { lat: row.approxLat, lng: row.approxLng } : null,
    birthYear: row.birthYear,
    groups: row.groups,
    availability: row.availability,
    desiredHoursPerWeek: row.desiredHoursPerWeek,
    maxTravelKm: row.maxTravelKm,
    remotePreference: row.remotePreference,
    skills: row.skills,
    certificates: row.certificates,
    interests: row.interests,
    careerMonths,
  });
}

export function buildWorkItemStore(
  rows: readonly MatchingWorkItemRow[],
  weights: WeightsTable,
): WorkItemStore {
  const store = new WorkItemStore(rows.length);
  for (const row of rows) {
    store.add(featuresOfWorkItem(row), weights.indexOf(row.programCode), Number(row.regionCode), row.id);
  }
  return store.finish();
}

export function buildResidentStore(
  rows: readonly MatchingResidentRow[],
  careerMonths: ReadonlyMap<string, Record<string, number>>,
): ResidentStore {
  const store = new ResidentStore(rows.length);
  for (const row of rows) {
    store.add(featuresOfResident(row, careerMonths.get(row.id)), Number(row.regionCode), row.id);
  }
  return store.finish();
}
