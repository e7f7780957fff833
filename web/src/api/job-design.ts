import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  TDraftResult,
  TJobDesign,
  TJobSuggestion,
  TOccupation,
  ZDraftRequest,
} from "../../../src/job-design/job-design.schema.ts";
import { getJson, postJson } from "./http.ts";

export type { TDraftResult, TJobDesign, TJobSuggestion, TOccupation };
export type DraftRequest = z.input<typeof ZDraftRequest>;

/** GET /api/occupations: the public catalogue, optionally one category. */
export function useOccupations(category?: string) {
  return useQuery({
    queryKey: ["occupations", category ?? null],
    queryFn: ({ signal }) =>
      getJson<{ items: TOccupation[]; total: number }>("/occupations", { category }, signal),
    staleTime: 60 * 60 * 1000,
  });
}

/** GET /api/job-design/regions/{code}/suggestions: officers of the district or its 시도, the ministry. */
export function useJobDesign(code: string | undefined, limit = 20) {
  return useQuery({
    queryKey: ["job-design", code ?? null, limit],
    queryFn: ({ signal }) =>
      getJson<TJobDesign>(`/job-design/regions/${code}/suggestions`, { limit }, signal),
    enabled: Boolean(code && /^\d{5}$/.test(code)),
    staleTime: 5 * 60 * 1000,
  });
}

/** POST /api/job-design/regions/{code}/draft-work-items: one suggestion → draft work items. */
export function useCreateDrafts(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: DraftRequest) =>
      postJson<TDraftResult>(`/job-design/regions/${code}/draft-work-items`, body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ["work-items"] });
    },
  });
}
