import type { OrganizationRow } from "./organization.repository.ts";
import type { TOrganization } from "./organization.schema.ts";

/** Shapes a database row into the API's organization object. */
export function presentOrganization({ organization: o, openWorkItems }: OrganizationRow): TOrganization {
  return {
    id: o.id,
    name: o.name,
    type: o.type,
    regionCode: o.regionCode,
    address: o.address,
    location: o.lat !== null && o.lng !== null ? { lat: o.lat, lng: o.lng } : null,
    phone: o.phone,
    description: o.description,
    status: o.status,
    synthetic: o.synthetic,
    openWorkItems,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}
