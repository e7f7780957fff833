import { z } from "zod";
import { PROGRAM_CODES } from "../programs/domain/program-catalogue.ts";
import { storedText, ZId, ZStoredDate } from "../shared/common.schema.ts";

export const ZParticipationCreate = z
  .object({
    programCode: z.enum(PROGRAM_CODES),
    startDate: ZStoredDate,
    endDate: ZStoredDate.optional(),
    field: storedText(1, 40).optional(),
    /**
     * Scheduled hours a week; 52 is the statutory ceiling (40 + 12 overtime). At least half an
     * hour (the schedule's step): a tiny positive figure (1e-50) underflows PostgreSQL's real.
     */
    hoursPerWeek: z.number().min(0.5).max(52).optional(),
    source: z.enum(["recorded", "imported"]).default("recorded"),
  })
  .strict()
  .refine((p) => p.endDate === undefined || p.endDate >= p.startDate, {
    message: "end_date_before_start",
    path: ["endDate"],
  })
  .meta({ id: "ParticipationCreate" });

export const ZParticipationRecord = z
  .object({
    id: ZId,
    programCode: z.string(),
    programNameKo: z.string(),
    programNameEn: z.string(),
    regionCode: z.string(),
    startDate: z.string(),
    endDate: z.string().nullable(),
    field: z.string().nullable(),
    hoursPerWeek: z.number().nullable(),
    source: z.enum(["imported", "recorded", "cohort"]),
  })
  .meta({ id: "Participation" });

export const ZParticipationHistory = z
  .object({
    items: z.array(ZParticipationRecord),
    /** Months worked per service field, and the longest unbroken run (career continuity). */
    careerMonths: z.record(
      z.string(),
      z.object({ totalMonths: z.number().int(), longestRunMonths: z.number().int() }),
    ),
  })
  .meta({ id: "ParticipationHistory" });

export const ZResidentIdParam = z.object({ id: ZId.meta({ param: { name: "id", in: "path" } }) });
