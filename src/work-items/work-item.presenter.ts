import type { WorkItemRow } from "./work-item.repository.ts";
import type { TWorkItem } from "./work-item.schema.ts";

/** Shapes a database row into the API's work item object. */
export function presentWorkItem({
  item,
  organization,
  regionNameKo,
  regionNameEn,
  distanceKm,
}: WorkItemRow): TWorkItem {
  return {
    id: item.id,
    organizationId: item.organizationId,
    organization,
    regionCode: item.regionCode,
    regionNameKo,
    regionNameEn,
    programCode: item.programCode,
    title: item.title,
    description: item.description,
    category: item.category,
    kind: item.kind,
    status: item.status,
    remote: item.remote,
    placeName: item.placeName,
    location: item.lat !== null && item.lng !== null ? { lat: item.lat, lng: item.lng } : null,
    schedule: item.schedule,
    hoursPerWeek: item.hoursPerWeek,
    startDate: item.startDate,
    endDate: item.endDate,
    headcount: item.headcount,
    hourlyWage: item.hourlyWage,
    requiredSkills: item.requiredSkills,
    preferredSkills: item.preferredSkills,
    requiredCertificates: item.requiredCertificates,
    preferredCertificates: item.preferredCertificates,
    targetGroups: item.targetGroups,
    synthetic: item.synthetic,
    createdAt: item.createdAt.toISOString(),
    updatedAt: item.updatedAt.toISOString(),
    closedAt: item.closedAt?.toISOString() ?? null,
    // Metres are precision enough for "how far is it".
    ...(distanceKm != null ? { distanceKm: Math.round(distanceKm * 1000) / 1000 } : {}),
  };
}
