import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  ZParticipationCreate,
  ZParticipationHistory,
} from "../../../src/participations/participation.schema.ts";
import { getJson, postJson } from "./http.ts";

export type ParticipationHistory = z.infer<typeof ZParticipationHistory>;
export type ParticipationCreate = z.input<typeof ZParticipationCreate>;

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
