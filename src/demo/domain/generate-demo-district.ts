import type { TOrganizationCreate } from "../../organizations/organization.schema.ts";
import { SeededRandom } from "../../shared/domain/seeded-random.ts";
import { areaCode, bboxAreaKm2, type DemoRegion, districtNames, roughDensity } from "./demo-region.ts";
import { type DemoScale, residentCount } from "./demo-scale.ts";
import { demoOrganizationId, demoResidentId, demoWorkItemId } from "./deterministic-id.ts";
import { type DemoResident, generateResidents } from "./generate-residents.ts";
import { type DemoWorkItem, generateWorkItems, type PostingOrganization } from "./generate-work-items.ts";
import { planOrganizations } from "./organization-names.ts";
import { hubSpreadKm, RegionSampler } from "./region-sampler.ts";

export interface DemoOrganization {
  id: string;
  /** Stable within the district: "<type>:<ordinal>", e.g. "local_government:0". */
  key: string;
  fields: TOrganizationCreate;
}

export interface DemoDistrict {
  regionCode: string;
  scale: DemoScale["name"];
  organizations: DemoOrganization[];
  workItems: DemoWorkItem[];
  residents: DemoResident[];
}

/**
 * The synthetic population of one 시군구, the same on every machine: each part draws from its
 * own SeededRandom seeded by the region code, and ids are name-based UUIDs. Residents follow the
 * district's real registered age structure and disability rate; institutions, work items and
 * homes lie inside its real boundary.
 */
export function generateDemoDistrict(region: DemoRegion, scale: DemoScale): DemoDistrict {
  const names = districtNames(region);
  const area = bboxAreaKm2(region.bbox);
  const spreadKm = hubSpreadKm(area);
  const hubCount = Math.min(12, Math.max(3, Math.round(Math.sqrt(region.population) / 60)));
  const sampler = new RegionSampler(region, new SeededRandom(`${region.code}:places`), hubCount);

  const orgRandom = new SeededRandom(`${region.code}:organizations`);
  const ordinals = new Map<string, number>();
  const organizations = planOrganizations(names, region.population, orgRandom, scale).map(
    (plan, i): DemoOrganization => {
      const ordinal = ordinals.get(plan.type) ?? 0;
      ordinals.set(plan.type, ordinal + 1);
      const key = `${plan.type}:${ordinal}`;
      const location = i === 0 ? sampler.hubs[0]! : sampler.pointNearHub(spreadKm / 2);
      return {
        id: demoOrganizationId(region.code, key),
        key,
        fields: {
          name: plan.name,
          type: plan.type,
          regionCode: region.code,
          address: region.fullNameKo,
          location,
          phone: `${areaCode(region.code)}-0000-${String(orgRandom.int(0, 9999)).padStart(4, "0")}`,
          description: plan.description,
        },
      };
    },
  );

  const posting: PostingOrganization[] = organizations.map((o) => ({
    id: o.id,
    key: o.key,
    type: o.fields.type,
    name: o.fields.name,
    location: o.fields.location!,
  }));
  const workItems = generateWorkItems(
    posting,
    { regionCode: region.code, names, sampler, spreadKm, scale },
    new SeededRandom(`${region.code}:work-items`),
    (key) => demoWorkItemId(region.code, key),
  );

  const residents = generateResidents(
    residentCount(region.population, scale),
    { region, sampler, spreadKm, density: roughDensity(region) },
    new SeededRandom(`${region.code}:residents`),
    (index) => demoResidentId(region.code, index),
  );

  return { regionCode: region.code, scale: scale.name, organizations, workItems, residents };
}
