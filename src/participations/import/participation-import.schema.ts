import { z } from "zod";
import { ZErrorResponse } from "../../server/router.ts";
import { ZQueryBoolean, ZRegionCode } from "../../shared/common.schema.ts";

/** POST /api/participations/import: the file comes as the body (CSV or XLSX) or as the multipart field `file`. */
export const ZParticipationImportQuery = z.object({
  region: ZRegionCode.optional().meta({
    description: "The 시군구 (or 시도) the file is for: every person must live there",
  }),
  dryRun: ZQueryBoolean.optional().meta({ description: "Check every row, write nothing" }),
});

export const ZImportRowError = z
  .object({
    row: z.number().int().meta({ description: "The row number as the spreadsheet shows it" }),
    column: z.string().meta({ description: "The column header as written in the file" }),
    field: z.string(),
    reason: z.string(),
    messageKo: z.string(),
    messageEn: z.string(),
  })
  .meta({ id: "ImportRowError" });

export const ZParticipationImportReport = z
  .object({
    rows: z.number().int(),
    imported: z.number().int(),
    dryRun: z.boolean(),
    errors: z.array(ZImportRowError),
    ignoredColumns: z.array(z.string()),
    residents: z.number().int(),
    importId: z.string().nullable(),
  })
  .meta({ id: "ParticipationImportReport" });

/** 422: the usual error (with a field per problem, "rows.<row>.<field>") and the whole report. */
export const ZParticipationImportRefusal = ZErrorResponse.extend({ report: ZParticipationImportReport }).meta(
  {
    id: "ParticipationImportRefusal",
  },
);
