import { z } from "zod";
import {
  noRrn,
  paginated,
  text,
  ZId,
  ZLatitude,
  ZLongitude,
  ZPagination,
  ZRegionCode,
  ZSigunguCode,
} from "../shared/common.schema.ts";
import { ORGANIZATION_STATUSES, ORGANIZATION_TYPES } from "./domain/organization-types.ts";

export const ZOrganizationType = z.enum(ORGANIZATION_TYPES);

export const ZLocation = z.object({ lat: ZLatitude, lng: ZLongitude }).strict().meta({ id: "Location" });

/** PostgreSQL cannot store U+0000 in text or jsonb; unchecked, it would be a 500 instead of a 400. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly the character refused here.
const NO_NUL = /^[^\u0000]*$/;

/**
 * Free text as it is stored: trimmed, bounded, never a 주민등록번호, without NUL, and in NFC so
 * that decomposed Hangul (as some macOS keyboards send it) matches a search typed elsewhere.
 * Shared by organizations, work items and residents.
 */
export function storedText(min: number, max: number) {
  return noRrn(text(min, max))
    .regex(NO_NUL)
    .overwrite((s) => s.normalize("NFC"));
}

/** A free-text search box (`q`): words separated by spaces, every one of which must appear. */
export const ZSearchText = z.string().trim().max(100).regex(NO_NUL);

export const ZOrganizationCreate = z
  .object({
    name: storedText(2, 120),
    type: ZOrganizationType,
    regionCode: ZSigunguCode,
    address: storedText(1, 200).nullish(),
    location: ZLocation.nullish(),
    phone: z
      .string()
      .trim()
      .regex(/^0\d{1,2}-?\d{3,4}-?\d{4}$/, { message: "invalid_phone" })
      .nullish(),
    description: storedText(0, 2000).nullish(),
  })
  .strict()
  .meta({ id: "OrganizationCreate" });
export type TOrganizationCreate = z.infer<typeof ZOrganizationCreate>;

/** No field of the create has a default, so .partial() leaves absent fields absent. */
export const ZOrganizationUpdate = ZOrganizationCreate.partial().strict().meta({ id: "OrganizationUpdate" });
export type TOrganizationUpdate = z.infer<typeof ZOrganizationUpdate>;

export const ZOrganization = z
  .object({
    id: ZId,
    name: z.string(),
    type: ZOrganizationType,
    regionCode: z.string(),
    address: z.string().nullable(),
    location: ZLocation.nullable(),
    phone: z.string().nullable(),
    description: z.string().nullable(),
    status: z.enum(ORGANIZATION_STATUSES),
    synthetic: z.boolean().meta({ description: "Generated demo data, not a real institution" }),
    openWorkItems: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Organization" });
export type TOrganization = z.infer<typeof ZOrganization>;

export const ZOrganizationQuery = ZPagination.extend({
  region: ZRegionCode.optional().meta({ description: "시도 (2 digits) or 시군구 (5 digits)" }),
  type: ZOrganizationType.optional(),
  status: z.enum(ORGANIZATION_STATUSES).optional(),
  q: ZSearchText.optional().meta({
    description: "Words in the name (Korean or English), all of which must appear",
  }),
});
export type TOrganizationQuery = z.infer<typeof ZOrganizationQuery>;

export const ZOrganizationIdParam = z.object({ id: ZId });

export const ZOrganizationPage = paginated(ZOrganization).meta({ id: "OrganizationPage" });
