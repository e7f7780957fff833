import { scheduleHours } from "../shared/domain/weekly-schedule.ts";
import { maskAddress, maskName, maskPhone } from "./domain/mask-personal-data.ts";
import type { ResidentRow } from "./resident.repository.ts";
import { openPersonal } from "./resident.rows.ts";
import type { TResident } from "./resident.schema.ts";

/**
 * Shapes a database row into the API's resident object. Personal fields are stored encrypted:
 * they are opened here only to be masked, and leave the server only masked, whoever asks, until
 * the permission layer adds an audited unmasking. Notes are never in the response.
 */
export function presentResident({
  resident: r,
  personal: sealed,
  regionNameKo,
  regionNameEn,
}: ResidentRow): TResident {
  const personal = openPersonal(r.id, sealed);
  return {
    id: r.id,
    regionCode: r.regionCode,
    regionNameKo,
    regionNameEn,
    location: r.approxLat !== null && r.approxLng !== null ? { lat: r.approxLat, lng: r.approxLng } : null,
    birthYear: r.birthYear,
    groups: r.groups,
    availability: r.availability,
    availableHoursPerWeek: scheduleHours(r.availability),
    desiredHoursPerWeek: r.desiredHoursPerWeek,
    maxTravelKm: r.maxTravelKm,
    remotePreference: r.remotePreference,
    skills: r.skills,
    certificates: r.certificates,
    interests: r.interests,
    status: r.status,
    synthetic: r.synthetic,
    personal: {
      name: maskName(personal.name),
      phone: personal.phone === null ? null : maskPhone(personal.phone),
      address: personal.address === null ? null : maskAddress(personal.address),
      masked: true,
    },
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
