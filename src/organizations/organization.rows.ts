import type { TOrganizationCreate, TOrganizationUpdate } from "./organization.schema.ts";
import type { organizations } from "./organization.table.ts";

export type OrganizationInsert = typeof organizations.$inferInsert;

/** A validated create request → the row to insert. */
export function toOrganizationRow(
  input: TOrganizationCreate,
  options: { synthetic?: boolean } = {},
): OrganizationInsert {
  return {
    name: input.name,
    type: input.type,
    regionCode: input.regionCode,
    address: input.address ?? null,
    lat: input.location?.lat ?? null,
    lng: input.location?.lng ?? null,
    phone: input.phone ?? null,
    description: input.description ?? null,
    synthetic: options.synthetic ?? false,
  };
}

/** A validated edit → the columns to set. Absent fields stay as they are; null clears a field. */
export function toOrganizationChanges(patch: TOrganizationUpdate): Partial<OrganizationInsert> {
  const { location, ...columns } = patch;
  if (location === undefined) return columns;
  return { ...columns, lat: location?.lat ?? null, lng: location?.lng ?? null };
}
