import { z } from "zod";
import { paginated, ZPagination, ZRegionCode } from "../shared/common.schema.ts";
import { AUDIT_ACTIONS } from "./domain/audit-vocabulary.ts";

/** An instant in a query string: an ISO date-time with offset, or a date (midnight UTC). */
const ZInstant = z
  .string()
  .refine(
    (s) =>
      (z.iso.datetime({ offset: true }).safeParse(s).success || z.iso.date().safeParse(s).success) &&
      !Number.isNaN(Date.parse(s)),
    { message: "invalid_datetime" },
  )
  .transform((s) => new Date(s))
  .meta({
    description: "ISO 8601 date-time with offset, or a date (UTC midnight)",
    example: "2026-03-01T00:00:00+09:00",
  });

export const ZAuditQuery = ZPagination.extend({
  actor: z.string().trim().min(1).max(200).optional().meta({ description: "The acting user's id" }),
  subjectType: z
    .string()
    .regex(/^[a-z_]{1,40}$/)
    .optional()
    .meta({ description: "What was acted on, e.g. resident", example: "resident" }),
  subjectId: z.string().trim().min(1).max(200).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  region: ZRegionCode.optional().meta({ description: "A 시군구, or a 시도 for every 시군구 in it" }),
  from: ZInstant.optional().meta({ description: "From this instant (inclusive)" }),
  to: ZInstant.optional().meta({ description: "Until this instant (exclusive)" }),
});
export type TAuditQuery = z.infer<typeof ZAuditQuery>;

export const ZAuditEntry = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actorUserId: z.string().nullable(),
    actorRole: z.string().meta({ example: "anonymous" }),
    action: z.string().meta({ example: "update" }),
    subjectType: z.string().nullable(),
    subjectId: z.string().nullable(),
    regionCode: z.string().nullable(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    reason: z.string().nullable(),
    details: z
      .record(z.string(), z.unknown())
      .meta({ description: "Field names and counts; never personal values" }),
    prevHash: z.string().meta({ description: "SHA-256 of the previous entry (hash chain)" }),
    hash: z.string().meta({ description: "SHA-256 over prevHash and this entry's canonical JSON" }),
  })
  .meta({ id: "AuditEntry" });
export type TAuditEntry = z.infer<typeof ZAuditEntry>;

export const ZAuditPage = paginated(ZAuditEntry).meta({ id: "AuditPage" });
