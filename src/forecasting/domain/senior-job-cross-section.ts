import type { CrossSectionUnit } from "./cold-start-validation.ts";
import { mergeProfiles } from "./cold-start-validation.ts";
import type { DemandProfile } from "./demand-profile.ts";

/**
 * The real cross-section for the cold-start check: 2022 노인일자리 target jobs (한국노인인력개발원)
 * per district. Cities split into 일반구 (수원시 → 장안·권선·팔달·영통구) publish many projects for
 * the city as a whole, so such a city counts as one unit: its 일반구 profiles merged, its
 * city-wide and 구 projects added up. Projects run by a 시도 directly belong to no district and
 * are left out.
 */
export type SeniorJobType = "public_interest" | "social_service" | "market";

export interface SeniorJobProjectFigures {
  regionCode: string | null;
  sourceRegionCode: string;
  scope: "sigungu" | "city" | "sido";
  projectType: SeniorJobType;
  targetJobs: number;
}

export interface DistrictRef {
  code: string;
  /** The city an 일반구 belongs to ("수원시"), null for any other 시군구. */
  cityNameKo: string | null;
}

/** 41115 (수원시 팔달구) → 41110 (수원시), the code under which the city's own projects are published. */
export function cityCodeOf(code: string): string {
  return `${code.slice(0, 4)}0`;
}

export function seniorJobUnits(
  projects: readonly SeniorJobProjectFigures[],
  districts: readonly DistrictRef[],
  profiles: ReadonlyMap<string, DemandProfile>,
  type: SeniorJobType | "all" = "all",
): CrossSectionUnit[] {
  const unitOf = new Map<string, string>();
  const parts = new Map<string, DemandProfile[]>();
  for (const district of districts) {
    const profile = profiles.get(district.code);
    if (!profile) continue;
    const unit = district.cityNameKo ? cityCodeOf(district.code) : district.code;
    unitOf.set(district.code, unit);
    parts.set(unit, [...(parts.get(unit) ?? []), profile]);
  }
  const jobs = new Map<string, number>();
  for (const project of projects) {
    if (type !== "all" && project.projectType !== type) continue;
    const unit =
      project.scope === "sigungu" && project.regionCode
        ? unitOf.get(project.regionCode)
        : project.scope === "city" && parts.has(project.sourceRegionCode)
          ? project.sourceRegionCode
          : undefined;
    if (unit) jobs.set(unit, (jobs.get(unit) ?? 0) + project.targetJobs);
  }
  return [...parts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([unit, members]) => ({
      profile: members.length === 1 ? members[0]! : mergeProfiles(unit, members),
      value: jobs.get(unit) ?? 0,
    }));
}
