import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { auditActorOf } from "../../access/audit-actor.ts";
import { withinScope } from "../../access/domain/resolve-access.ts";
import { requirePermission } from "../../access/require-permission.ts";
import {
  type AppEnv,
  createRouter,
  deniedResponses,
  errorResponses,
  jsonResponse,
} from "../../server/router.ts";
import { AppError, forbidden } from "../../shared/errors.ts";
import { readImportTable } from "../../work-items/import/read-import-file.ts";
import { formatParticipationSummary } from "./format-participation-import.ts";
import { importParticipations } from "./import-participations.ts";
import {
  ZParticipationImportQuery,
  ZParticipationImportRefusal,
  ZParticipationImportReport,
} from "./participation-import.schema.ts";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** 5,000 rows of a dozen short cells is well under this; a bigger upload is not a history file. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

const binary = { type: "string", format: "binary" } as const;

const importRoute = createRoute({
  middleware: [
    requirePermission("participations.import"),
    bodyLimit({
      maxSize: MAX_IMPORT_BYTES,
      onError: () => {
        throw new AppError("bad_request", {
          ko: `파일이 너무 큽니다 (최대 ${MAX_IMPORT_BYTES / 1024 / 1024}MB).`,
          en: `The file is too large (at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`,
        });
      },
    }),
  ] as const,
  method: "post",
  path: "/participations/import",
  tags: ["participations"],
  summary:
    "Import participation history (CSV UTF-8/cp949 or XLSX, Korean headers): every row checked for its person, program, dates and overlaps; all rows or none; audited",
  request: {
    query: ZParticipationImportQuery,
    // Plain OpenAPI schemas, not zod: the handler reads the bytes itself, whatever the type.
    body: {
      required: true,
      content: {
        "text/csv": { schema: binary },
        [XLSX_TYPE]: { schema: binary },
        "application/octet-stream": { schema: binary },
        "multipart/form-data": {
          schema: { type: "object", properties: { file: binary }, required: ["file"] },
        },
      },
    },
  },
  responses: {
    200: jsonResponse(ZParticipationImportReport, "Dry run: every row is valid; nothing written"),
    201: jsonResponse(ZParticipationImportReport, "Imported"),
    400: { ...errorResponses[400], description: "The file cannot be read (format, empty, columns, size)" },
    ...deniedResponses,
    422: jsonResponse(ZParticipationImportRefusal, "Rows with errors (each named); nothing written"),
  },
});

export const participationImportRoutes = createRouter().openapi(importRoute, async (c) => {
  const { db, now } = c.get("deps");
  const query = c.req.valid("query");
  const scope = c.get("scope");
  if (query.region && !withinScope(scope, { regionCode: query.region })) throw forbidden();
  const upload = await readUpload(c);
  const table = await readImportTable(upload.bytes, upload.fileName);
  const report = await importParticipations(db, table, {
    actor: auditActorOf(c),
    now: now(),
    scope,
    region: query.region,
    dryRun: query.dryRun,
  });
  if (report.errors.length > 0) {
    const summary = formatParticipationSummary(report);
    return c.json(
      {
        error: {
          code: "unprocessable",
          messageKo: summary.ko,
          messageEn: summary.en,
          fields: report.errors.map((e) => ({
            field: `rows.${e.row}.${e.field}`,
            reason: e.reason,
            messageKo: `${e.row}행 ${e.column}: ${e.messageKo}`,
            messageEn: `Row ${e.row}, ${e.column}: ${e.messageEn}`,
          })),
        },
        report,
      },
      422,
    );
  }
  return report.dryRun ? c.json(report, 200) : c.json(report, 201);
});

/** The uploaded file's bytes and name, from a multipart form or from the body itself. */
async function readUpload(c: Context<AppEnv>): Promise<{ bytes: Uint8Array; fileName: string }> {
  const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "multipart/form-data") {
    const form = await c.req.parseBody().catch(() => {
      throw unreadable();
    });
    const file = form.file;
    if (!(file instanceof File)) {
      throw new AppError("bad_request", {
        ko: "양식에 file 항목(가져올 파일)이 없습니다.",
        en: "The form has no `file` field with the file to import.",
      });
    }
    return { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name };
  }
  const names: Record<string, string> = {
    "text/csv": "upload.csv",
    "text/plain": "upload.csv",
    "text/tab-separated-values": "upload.tsv",
    [XLSX_TYPE]: "upload.xlsx",
    "application/octet-stream": "",
  };
  const fileName = names[type];
  if (fileName === undefined) throw unreadable();
  return { bytes: new Uint8Array(await c.req.arrayBuffer()), fileName };
}

function unreadable(): AppError {
  return new AppError("bad_request", {
    ko: "CSV 또는 XLSX 파일을 보내 주세요 (Content-Type: text/csv, XLSX, application/octet-stream, 또는 multipart/form-data의 file 항목).",
    en: "Send a CSV or XLSX file (Content-Type text/csv, the XLSX type, application/octet-stream, or multipart/form-data with a `file` field).",
  });
}
