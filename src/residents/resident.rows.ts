import { snapToGrid } from "../shared/domain/geo.ts";
import { normalizeSchedule } from "../shared/domain/weekly-schedule.ts";
import type { TResidentCreate, TResidentUpdate } from "./resident.schema.ts";
import type { residentPersonalData, residents } from "./resident.table.ts";

export type ResidentInsert = typeof residents.$inferInsert;
export type ResidentPersonalInsert = Omit<typeof residentPersonalData.$inferInsert, "residentId">;

/** A validated registration → the matching row (coarse location only) and the personal row. */
export function toResidentRows(
  input: TResidentCreate,
  options: { synthetic?: boolean } = {},
): { resident: ResidentInsert; personal: ResidentPersonalInsert } {
  const approx = input.location ? snapToGrid(input.location) : null;
  return {
    resident: {
      regionCode: input.regionCode,
      approxLat: approx?.lat ?? null,
      approxLng: approx?.lng ?? null,
      birthYear: input.birthYear,
      groups: input.groups,
      availability: normalizeSchedule(input.availability),
      desiredHoursPerWeek: input.desiredHoursPerWeek,
      maxTravelKm: input.maxTravelKm,
      remotePreference: input.remotePreference,
      skills: input.skills,
      certificates: input.certificates,
      interests: input.interests,
      synthetic: options.synthetic ?? false,
    },
    personal: {
      name: input.personal.name,
      phone: input.personal.phone ?? null,
      address: input.personal.address ?? null,
    },
  };
}

/**
 * A validated edit → the columns to set in each table. Absent fields stay as they are; null
 * clears a nullable one. The location is snapped to the grid exactly as on registration.
 */
export function toResidentChanges(patch: TResidentUpdate): {
  resident: Partial<ResidentInsert>;
  personal: Partial<ResidentPersonalInsert>;
} {
  const { location, availability, personal, ...matching } = patch;
  const resident: Partial<ResidentInsert> = { ...matching };
  if (location !== undefined) {
    const approx = location ? snapToGrid(location) : null;
    resident.approxLat = approx?.lat ?? null;
    resident.approxLng = approx?.lng ?? null;
  }
  if (availability !== undefined) resident.availability = normalizeSchedule(availability);
  return { resident, personal: { ...personal } };
}
