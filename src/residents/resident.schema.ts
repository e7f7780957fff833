import { z } from "zod";
import {
  codeList,
  paginated,
  storedText,
  ZId,
  ZLocation,
  ZPagination,
  ZQueryBoolean,
  ZRegionCode,
  ZSigunguCode,
  ZTimeSlot,
  ZWeeklySchedule,
} from "../shared/common.schema.ts";
import { CERTIFICATE_CODES, SKILL_CODES } from "../shared/domain/skill-catalogue.ts";
import { WORK_CATEGORIES } from "../work-items/domain/work-item-vocabulary.ts";
import { REMOTE_PREFERENCES, RESIDENT_GROUPS, RESIDENT_STATUSES } from "./domain/resident-vocabulary.ts";

export const ZResidentGroup = z.enum(RESIDENT_GROUPS);

/** Personal fields: stored apart from the matching fields, masked in every response. */
export const ZResidentPersonal = z
  .object({
    name: storedText(1, 50),
    phone: z
      .string()
      .trim()
      .regex(/^01\d-?\d{3,4}-?\d{4}$/, { message: "invalid_phone" })
      .nullish(),
    address: storedText(1, 200).nullish(),
    /** Free-text notes (e.g. how best to reach the person); encrypted at rest, never in responses. */
    notes: storedText(1, 2000).nullish(),
  })
  .strict()
  .meta({ id: "ResidentPersonal" });

export const ZResidentFields = z
  .object({
    regionCode: ZSigunguCode,
    /** Where the resident lives, roughly; stored snapped to a ~250 m grid cell. */
    location: ZLocation.nullish(),
    birthYear: z.number().int().min(1900).max(2015),
    groups: codeList(RESIDENT_GROUPS).default([]),
    availability: ZWeeklySchedule.min(1),
    // At least 0.5 rather than > 0: zod's multipleOf passes 1e-50, which PostgreSQL's real
    // refuses (underflow), a 500 instead of a 400. Likewise no distance between 0 and 100 m.
    desiredHoursPerWeek: z.number().min(0.5).max(52).multipleOf(0.5),
    maxTravelKm: z
      .number()
      .min(0)
      .max(100)
      .refine((km) => km === 0 || km >= 0.1, { message: "distance_below_100m" }),
    remotePreference: z.enum(REMOTE_PREFERENCES).default("no"),
    skills: codeList(SKILL_CODES).default([]),
    certificates: codeList(CERTIFICATE_CODES).default([]),
    interests: codeList(WORK_CATEGORIES).default([]),
    personal: ZResidentPersonal,
  })
  .strict();

export const ZResidentCreate = ZResidentFields.meta({ id: "ResidentCreate" });
export type TResidentCreate = z.infer<typeof ZResidentCreate>;
export type TResidentCreateInput = z.input<typeof ZResidentCreate>;

/**
 * A partial edit. Fields with a default on create are restated without it, because zod 4 applies
 * defaults even inside .partial(): an edit of the birth year would otherwise empty the skills.
 */
export const ZResidentUpdate = ZResidentFields.extend({
  groups: codeList(RESIDENT_GROUPS),
  remotePreference: z.enum(REMOTE_PREFERENCES),
  skills: codeList(SKILL_CODES),
  certificates: codeList(CERTIFICATE_CODES),
  interests: codeList(WORK_CATEGORIES),
  personal: ZResidentPersonal.partial().strict(),
})
  .partial()
  .strict()
  .meta({ id: "ResidentUpdate" });
export type TResidentUpdate = z.infer<typeof ZResidentUpdate>;

export const ZResident = z
  .object({
    id: ZId,
    regionCode: z.string(),
    regionNameKo: z.string(),
    regionNameEn: z.string(),
    location: ZLocation.nullable().meta({
      description: "Centre of the ~250 m grid cell, never the exact address",
    }),
    birthYear: z.number().int(),
    groups: z.array(ZResidentGroup),
    availability: z.array(ZTimeSlot),
    availableHoursPerWeek: z.number(),
    desiredHoursPerWeek: z.number(),
    maxTravelKm: z.number(),
    remotePreference: z.enum(REMOTE_PREFERENCES),
    skills: z.array(z.string()),
    certificates: z.array(z.string()),
    interests: z.array(z.string()),
    status: z.enum(RESIDENT_STATUSES),
    synthetic: z.boolean().meta({ description: "Generated demo person, not a real resident" }),
    personal: z
      .object({
        name: z.string(),
        phone: z.string().nullable(),
        address: z.string().nullable(),
        masked: z.literal(true),
      })
      .meta({ description: "Masked (홍*동, 010-****-5678)" }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Resident" });
export type TResident = z.infer<typeof ZResident>;

export const ZResidentQuery = ZPagination.extend({
  region: ZRegionCode.optional(),
  group: ZResidentGroup.optional(),
  status: z.enum(RESIDENT_STATUSES).optional().meta({ description: "Default: active" }),
  synthetic: ZQueryBoolean.optional(),
  skill: z.enum(SKILL_CODES).optional(),
  interest: z.enum(WORK_CATEGORIES).optional(),
});

export type TResidentQuery = z.infer<typeof ZResidentQuery>;

export const ZResidentIdParam = z.object({ id: ZId });

export const ZResidentPage = paginated(ZResident).meta({ id: "ResidentPage" });
