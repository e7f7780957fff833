import type { OrganizationType } from "../../organizations/domain/organization-types.ts";
import type { ProgramCode } from "../../programs/domain/program-catalogue.ts";
import type { LatLng } from "../../shared/domain/geo.ts";
import type { SeededRandom } from "../../shared/domain/seeded-random.ts";
import { scheduleHours } from "../../shared/domain/weekly-schedule.ts";
import type { TWorkItemCreateInput } from "../../work-items/work-item.schema.ts";
import { pickPeriod, seasonLabel } from "./demo-dates.ts";
import type { DistrictNames } from "./demo-region.ts";
import type { DemoScale } from "./demo-scale.ts";
import { buildSchedule, pickHoursPerWeek } from "./demo-schedules.ts";
import type { RegionSampler } from "./region-sampler.ts";
import { type Season, templatesFor, type WorkItemTemplate } from "./work-item-templates.ts";

export interface PostingOrganization {
  id: string;
  key: string;
  type: OrganizationType;
  name: string;
  location: LatLng;
}

export interface DemoWorkItem {
  id: string;
  /** Stable within the district: "<organization key>/<template key>". */
  key: string;
  fields: TWorkItemCreateInput;
}

/** Work items a kind of institution typically posts in the standard demo: [min, max]. */
const ITEMS_PER_ORGANIZATION: Record<OrganizationType, readonly [number, number]> = {
  local_government: [6, 9],
  health_centre: [2, 3],
  welfare_centre: [2, 3],
  school: [1, 2],
  culture_foundation: [2, 3],
  sports_facility: [1, 2],
  village_community: [1, 2],
  social_enterprise: [1, 2],
  village_enterprise: [1, 1],
  cooperative: [1, 2],
  self_sufficiency_centre: [2, 3],
  senior_club: [2, 3],
  job_centre: [2, 2],
};

const WAGE_STEPS = [10_320, 10_500, 10_700, 11_000, 11_500, 12_000, 12_500, 13_000, 13_500, 14_000, 15_000];
const ALL_SEASONS: readonly Season[] = ["spring", "summer", "autumn", "winter"];

export interface WorkItemContext {
  regionCode: string;
  names: DistrictNames;
  sampler: RegionSampler;
  spreadKm: number;
  scale: DemoScale;
}

export function generateWorkItems(
  organizations: readonly PostingOrganization[],
  context: WorkItemContext,
  random: SeededRandom,
  makeId: (key: string) => string,
): DemoWorkItem[] {
  const items: DemoWorkItem[] = [];
  for (const organization of organizations) {
    const [min, max] = ITEMS_PER_ORGANIZATION[organization.type];
    const count = Math.max(1, Math.round(random.int(min, max) * context.scale.workItemFactor));
    for (const template of random.sample(templatesFor(organization.type), count)) {
      const key = `${organization.key}/${template.key}`;
      items.push({ id: makeId(key), key, fields: buildWorkItem(template, organization, context, random) });
    }
  }
  return items;
}

function fill(text: string, organization: PostingOrganization, names: DistrictNames): string {
  return text
    .replaceAll("{district}", names.district)
    .replaceAll("{stem}", names.stem)
    .replaceAll("{org}", organization.name);
}

function buildWorkItem(
  template: WorkItemTemplate,
  organization: PostingOrganization,
  context: WorkItemContext,
  random: SeededRandom,
): TWorkItemCreateInput {
  const kind = random.pick(template.kinds);
  const season = random.pick(template.seasons ?? ALL_SEASONS);
  const schedulePattern = random.pick(template.schedules);
  const schedule = buildSchedule(schedulePattern, random);
  const remote = template.remote === "always" || (template.remote === "sometimes" && random.chance(0.3));
  const atOrganization = template.place === "organization";
  const placeName = remote
    ? null
    : atOrganization
      ? organization.name
      : fill(template.place, organization, context.names);
  const location = remote
    ? null
    : atOrganization
      ? organization.location
      : context.sampler.pointNearHub(context.spreadKm);
  const wages = WAGE_STEPS.filter((w) => w >= template.wage[0] && w <= template.wage[1]);
  const groups = template.targetGroups ?? [];
  const title =
    (kind === "seasonal" ? `[${seasonLabel(season)}] ` : "") +
    fill(template.title, organization, context.names);
  const where = !remote
    ? ` 근무 장소: ${placeName}.`
    : template.remote === "always"
      ? ""
      : " 재택(원격)으로 근무합니다.";
  return {
    organizationId: organization.id,
    regionCode: context.regionCode,
    programCode: programFor(random.pick(template.programs ?? ["k_flex"]), context.regionCode),
    title,
    description: `${fill(template.description, organization, context.names)}${where} 모집 기관: ${organization.name}.`,
    category: template.category,
    kind,
    status: "open",
    remote,
    placeName,
    location,
    schedule,
    hoursPerWeek: pickHoursPerWeek(scheduleHours(schedule), random),
    ...pickPeriod(kind, random, { season, weekendEvent: schedulePattern === "weekend_event" }),
    headcount: random.int(template.headcount[0], template.headcount[1]),
    hourlyWage: random.pick(wages.length > 0 ? wages : [template.wage[0]]),
    requiredSkills: [...(template.requiredSkills ?? [])],
    preferredSkills: [...(template.preferredSkills ?? [])],
    requiredCertificates: [...(template.requiredCertificates ?? [])],
    preferredCertificates: [...(template.preferredCertificates ?? [])],
    targetGroups: groups.length > 1 ? random.sample(groups, random.int(1, groups.length)) : [...groups],
  };
}

/** Seoul runs 공공근로 as 동행일자리 and has its own 뉴딜일자리; elsewhere those become 공공근로. */
function programFor(program: ProgramCode, regionCode: string): ProgramCode {
  const seoul = regionCode.startsWith("11");
  if (seoul && program === "public_works") return "seoul_companion";
  if (!seoul && (program === "seoul_companion" || program === "seoul_new_deal")) return "public_works";
  return program;
}
