import { normalizeSchedule } from "../shared/domain/weekly-schedule.ts";
import type { TWorkItemCreate, TWorkItemCreateInput } from "./work-item.schema.ts";
import type { workItems } from "./work-item.table.ts";

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

export type WorkItemRecord = typeof workItems.$inferSelect;

/**
 * A stored item → the fields of a create request, so that an edit can be merged into it and the
 * result checked by the same rules as a new item. The status is left out: it has its own rules.
 */
export function toWorkItemFields(row: WorkItemRecord): Omit<TWorkItemCreateInput, "status"> {
  return {
    organizationId: row.organizationId,
    regionCode: row.regionCode,
    programCode: row.programCode as TWorkItemCreateInput["programCode"],
    title: row.title,
    description: row.description,
    category: row.category,
    kind: row.kind,
    remote: row.remote,
    placeName: row.placeName,
    location: row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : null,
    schedule: row.schedule,
    hoursPerWeek: row.hoursPerWeek,
    startDate: row.startDate,
    endDate: row.endDate,
    headcount: row.headcount,
    hourlyWage: row.hourlyWage,
    requiredSkills: row.requiredSkills as TWorkItemCreateInput["requiredSkills"],
    preferredSkills: row.preferredSkills as TWorkItemCreateInput["preferredSkills"],
    requiredCertificates: row.requiredCertificates as TWorkItemCreateInput["requiredCertificates"],
    preferredCertificates: row.preferredCertificates as TWorkItemCreateInput["preferredCertificates"],
    targetGroups: row.targetGroups,
  };
}
