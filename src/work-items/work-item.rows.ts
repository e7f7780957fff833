import { normalizeSchedule } from "../shared/domain/weekly-schedule.ts";
import type { workItems } from "./work-item.table.ts";
import type { TWorkItemCreate } from "./work-item.schema.ts";

export type WorkItemInsert = typeof workItems.$inferInsert;

/** A validated create request → the row to insert. The region defaults to the organization's. */
export function toWorkItemRow(
  input: TWorkItemCreate,
  organization: { regionCode: string },
  options: { synthetic?: boolean } = {},
): WorkItemInsert {
  return {
    organizationId: input.organizationId,
    regionCode: input.regionCode ?? organization.regionCode,
    programCode: input.programCode ?? null,
    title: input.title,
    description: input.description,
    category: input.category,
    kind: input.kind,
    status: input.status,
    remote: input.remote,
    placeName: input.placeName ?? null,
    lat: input.location?.lat ?? null,
    lng: input.location?.lng ?? null,
    schedule: normalizeSchedule(input.schedule),
    hoursPerWeek: input.hoursPerWeek,
    startDate: input.startDate,
    endDate: input.endDate,
    headcount: input.headcount,
    hourlyWage: input.hourlyWage,
    requiredSkills: input.requiredSkills,
    preferredSkills: input.preferredSkills,
    requiredCertificates: input.requiredCertificates,
    preferredCertificates: input.preferredCertificates,
    targetGroups: input.targetGroups,
    synthetic: options.synthetic ?? false,
  };
}
