import { z } from "zod";
import { minimumWageFor } from "../contracts/domain/minimum-wage.ts";
import { PROGRAM_CODES } from "../programs/domain/program-catalogue.ts";
import { RESIDENT_GROUPS } from "../residents/domain/resident-vocabulary.ts";
import {
  codeList,
  csvQuery,
  paginated,
  storedText,
  ZDateString,
  ZId,
  ZLatitude,
  ZLocation,
  ZLongitude,
  ZPagination,
  ZQueryBoolean,
  ZRegionCode,
  ZSearchText,
  ZSigunguCode,
  ZTimeSlot,
  ZWeeklySchedule,
} from "../shared/common.schema.ts";
import { CERTIFICATE_CODES, SKILL_CODES } from "../shared/domain/skill-catalogue.ts";
import { scheduleHours } from "../shared/domain/weekly-schedule.ts";
import { WORK_CATEGORIES, WORK_ITEM_STATUSES, WORK_KINDS } from "./domain/work-item-vocabulary.ts";

export const ZWorkCategory = z.enum(WORK_CATEGORIES);
export const ZWorkKind = z.enum(WORK_KINDS);
export const ZWorkItemStatus = z.enum(WORK_ITEM_STATUSES);

/**
 * A working date. The bounds keep out dates that parse in JavaScript but not in PostgreSQL
 * (year 0000) and dates no public job can have.
 */
const ZWorkDate = ZDateString.refine((s) => s >= "2000-01-01" && s <= "2099-12-31", {
  message: "invalid_date",
});

/** The fields an institution fills in; also what one row of an import file becomes. */
export const ZWorkItemFields = z
  .object({
    organizationId: ZId,
    /** Defaults to the organization's 시군구. */
    regionCode: ZSigunguCode.optional(),
    programCode: z.enum(PROGRAM_CODES).nullish(),
    title: storedText(2, 120),
    description: storedText(1, 4000),
    category: ZWorkCategory,
    kind: ZWorkKind,
    status: z.enum(["draft", "open"]).default("open"),
    remote: z.boolean().default(false),
    placeName: storedText(1, 200).nullish(),
    location: ZLocation.nullish(),
    schedule: ZWeeklySchedule.min(1),
    // At least 0.5 rather than > 0: zod's multipleOf passes 1e-50, which PostgreSQL's real refuses.
    hoursPerWeek: z.number().min(0.5).max(52).multipleOf(0.5),
    startDate: ZWorkDate,
    endDate: ZWorkDate,
    headcount: z.number().int().min(1).max(1000),
    hourlyWage: z.number().int().min(0).max(1_000_000),
    requiredSkills: codeList(SKILL_CODES).default([]),
    preferredSkills: codeList(SKILL_CODES).default([]),
    requiredCertificates: codeList(CERTIFICATE_CODES).default([]),
    preferredCertificates: codeList(CERTIFICATE_CODES).default([]),
    targetGroups: codeList(RESIDENT_GROUPS).default([]),
  })
  .strict();

type WorkItemFields = z.infer<typeof ZWorkItemFields>;

/**
 * Rules that involve several fields. Applied to a create and to the merged result of an update,
 * so that no sequence of edits can leave a work item inconsistent.
 */
export function checkWorkItemConsistency(item: WorkItemFields, ctx: z.RefinementCtx) {
  if (item.endDate < item.startDate) {
    ctx.addIssue({ code: "custom", message: "end_date_before_start", path: ["endDate"] });
  }
  const scheduled = scheduleHours(item.schedule);
  if (item.hoursPerWeek > scheduled) {
    ctx.addIssue({
      code: "custom",
      message: "hours_exceed_schedule",
      path: ["hoursPerWeek"],
      params: { hours: item.hoursPerWeek, scheduled },
    });
  }
  if (!item.remote && (!item.placeName || !item.location)) {
    ctx.addIssue({
      code: "custom",
      message: "place_required",
      path: [item.placeName ? "location" : "placeName"],
    });
  }
  const minimum = minimumWageFor(Number(item.startDate.slice(0, 4)));
  if (minimum && item.hourlyWage < minimum.wage) {
    ctx.addIssue({
      code: "custom",
      message: "below_minimum_wage",
      path: ["hourlyWage"],
      params: { year: minimum.year, minimum: minimum.wage },
    });
  }
}

export const ZWorkItemCreate = ZWorkItemFields.superRefine(checkWorkItemConsistency).meta({
  id: "WorkItemCreate",
});
export type TWorkItemCreate = z.infer<typeof ZWorkItemCreate>;
export type TWorkItemCreateInput = z.input<typeof ZWorkItemCreate>;

/**
 * A partial edit; the server merges it with the stored item and checks the result with
 * ZWorkItemCreate. The fields with a default on create are restated without it, because zod 4
 * applies defaults even inside .partial(): an edit of the title would otherwise reset `remote`
 * and empty every skill list.
 */
export const ZWorkItemUpdate = ZWorkItemFields.omit({ organizationId: true, status: true })
  .extend({
    remote: z.boolean(),
    requiredSkills: codeList(SKILL_CODES),
    preferredSkills: codeList(SKILL_CODES),
    requiredCertificates: codeList(CERTIFICATE_CODES),
    preferredCertificates: codeList(CERTIFICATE_CODES),
    targetGroups: codeList(RESIDENT_GROUPS),
    status: z.enum(["draft", "open", "filled"]),
  })
  .partial()
  .strict()
  .meta({ id: "WorkItemUpdate" });
export type TWorkItemUpdate = z.infer<typeof ZWorkItemUpdate>;

export const ZWorkItem = z
  .object({
    id: ZId,
    organizationId: ZId,
    organization: z.object({ id: ZId, name: z.string(), type: z.string(), synthetic: z.boolean() }),
    regionCode: z.string(),
    regionNameKo: z.string().meta({ example: "서울특별시 관악구" }),
    regionNameEn: z.string().meta({ example: "Gwanak-gu, Seoul" }),
    programCode: z.string().nullable(),
    title: z.string(),
    description: z.string(),
    category: ZWorkCategory,
    kind: ZWorkKind,
    status: ZWorkItemStatus,
    remote: z.boolean(),
    placeName: z.string().nullable(),
    location: ZLocation.nullable(),
    schedule: z.array(ZTimeSlot),
    hoursPerWeek: z.number(),
    startDate: z.string(),
    endDate: z.string(),
    headcount: z.number().int(),
    hourlyWage: z.number().int(),
    requiredSkills: z.array(z.string()),
    preferredSkills: z.array(z.string()),
    requiredCertificates: z.array(z.string()),
    preferredCertificates: z.array(z.string()),
    targetGroups: z.array(z.string()),
    synthetic: z.boolean().meta({ description: "Generated demo data, not a real posting" }),
    createdAt: z.string(),
    updatedAt: z.string(),
    closedAt: z.string().nullable(),
    /** Present when the list was filtered by distance from a point. */
    distanceKm: z.number().optional(),
  })
  .meta({ id: "WorkItem" });
export type TWorkItem = z.infer<typeof ZWorkItem>;

export const ZWorkItemQuery = ZPagination.extend({
  region: ZRegionCode.optional().meta({ description: "시도 (2 digits) or 시군구 (5 digits)" }),
  organizationId: ZId.optional(),
  category: csvQuery(WORK_CATEGORIES).optional().meta({ description: "Comma-separated categories" }),
  kind: csvQuery(WORK_KINDS).optional(),
  status: csvQuery(WORK_ITEM_STATUSES).optional().meta({ description: "Default: open" }),
  targetGroup: z.enum(RESIDENT_GROUPS).optional(),
  remote: ZQueryBoolean.optional(),
  q: ZSearchText.optional().meta({
    description:
      "Words separated by spaces, each of which must appear in the title or description (Korean or English)",
  }),
  lat: z.coerce.number().pipe(ZLatitude).optional(),
  lng: z.coerce.number().pipe(ZLongitude).optional(),
  radiusKm: z.coerce
    .number()
    .gt(0)
    .max(200)
    .optional()
    .meta({ description: "With lat and lng: only items within this distance" }),
  sort: z.enum(["newest", "start_date", "distance", "wage"]).default("newest"),
}).superRefine((q, ctx) => {
  const near = [q.lat, q.lng, q.radiusKm].filter((v) => v !== undefined).length;
  if (near > 0 && near < 3) {
    ctx.addIssue({
      code: "custom",
      message: "near_needs_all",
      path: [q.lat === undefined ? "lat" : q.lng === undefined ? "lng" : "radiusKm"],
    });
  }
  if (q.sort === "distance" && near < 3)
    ctx.addIssue({ code: "custom", message: "near_needs_all", path: ["sort"] });
});
export type TWorkItemQuery = z.infer<typeof ZWorkItemQuery>;

export const ZWorkItemIdParam = z.object({ id: ZId });

export const ZWorkItemPage = paginated(ZWorkItem).meta({ id: "WorkItemPage" });
