import { z } from "zod";
import {
  paginated,
  storedText,
  ZId,
  ZLocation,
  ZPagination,
  ZRegionCode,
  ZSearchText,
  ZSigunguCode,
} from "../shared/common.schema.ts";
import { ORGANIZATION_STATUSES, ORGANIZATION_TYPES } from "./domain/organization-types.ts";

export const ZOrganizationType = z.enum(ORGANIZATION_TYPES);

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
