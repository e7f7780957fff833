import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  ZImportRowError,
  ZParticipationImportReport,
} from "../../../src/participations/import/participation-import.schema.ts";
import type {
  ZParticipationCreate,
  ZParticipationHistory,
} from "../../../src/participations/participation.schema.ts";
import { ApiError, getJson, NetworkError, postJson, retryAfterSeconds } from "./http.ts";

export type ParticipationHistory = z.infer<typeof ZParticipationHistory>;
export type ParticipationCreate = z.input<typeof ZParticipationCreate>;
export type ParticipationImportReport = z.infer<typeof ZParticipationImportReport>;
export type ImportRowError = z.infer<typeof ZImportRowError>;

const historyKey = (residentId: string | null | undefined) => ["participations", residentId] as const;

/** GET /api/residents/{id}/participations: the person's history across programs, with career months. */
export function useParticipations(residentId: string | null | undefined) {
  return useQuery({
    queryKey: historyKey(residentId),
    queryFn: ({ signal }) =>
      getJson<ParticipationHistory>(`/residents/${residentId}/participations`, {}, signal),
    enabled: Boolean(residentId),
  });
}

/** POST /api/residents/{id}/participations: records one (a 409 names the overlapping direct job). */
export function useRecordParticipation(residentId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ParticipationCreate) =>
      postJson<ParticipationHistory>(`/residents/${residentId}/participations`, body),
    onSuccess: (history) => client.setQueryData(historyKey(residentId), history),
  });
}

/**
 * What an import answered: the report, and when rows were refused (422) the API's summary of
 * them. A refusal is an answer to show row by row, not a failure, so it is not thrown.
 */
export interface ParticipationImportOutcome {
  report: ParticipationImportReport;
  refusal: { messageKo: string; messageEn: string } | null;
}

/**
 * POST /api/participations/import with the file as a form's `file` field (its name travels with
 * it); `dryRun` checks every row and writes nothing. An unreadable file (400) and the other
 * failures throw an ApiError as everywhere else.
 */
export async function importParticipationHistory(
  file: File,
  options: { dryRun: boolean },
): Promise<ParticipationImportOutcome> {
  const form = new FormData();
  form.append("file", file, file.name);
  let response: Response;
  try {
    response = await fetch(`/api/participations/import${options.dryRun ? "?dryRun=true" : ""}`, {
      method: "POST",
      credentials: "same-origin",
      headers: { Accept: "application/json" },
      body: form,
    });
  } catch (error) {
    throw new NetworkError(error);
  }
  const json = (await response.json().catch(() => null)) as {
    error?: ConstructorParameters<typeof ApiError>[1];
    report?: ParticipationImportReport;
  } | null;
  if (response.ok) return { report: json as unknown as ParticipationImportReport, refusal: null };
  if (response.status === 422 && json?.report) {
    return {
      report: json.report,
      refusal: { messageKo: json.error?.messageKo ?? "", messageEn: json.error?.messageEn ?? "" },
    };
  }
  throw new ApiError(
    response.status,
    json?.error ?? {},
    retryAfterSeconds(response.headers.get("Retry-After")),
  );
}

/** The import as a mutation; a real import refreshes every participation history on screen. */
export function useImportParticipations() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) =>
      importParticipationHistory(file, { dryRun }),
    onSuccess: (outcome) => {
      if (outcome.report.imported > 0) void client.invalidateQueries({ queryKey: ["participations"] });
    },
  });
}
