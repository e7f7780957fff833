import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  TResident,
  TResidentCreateInput,
  ZResidentPage,
  ZResidentQuery,
} from "../../../src/residents/resident.schema.ts";
import { SESSION_KEY } from "./auth.ts";
import { getJson, postJson, type QueryValue } from "./http.ts";

export type { TResident, TResidentCreateInput };
export type ResidentPage = z.infer<typeof ZResidentPage>;
export type ResidentSearch = { [K in keyof z.input<typeof ZResidentQuery>]?: QueryValue };

/** Registers a resident; a signed-in resident's own record is linked to their account (residentId). */
export function useCreateResident() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TResidentCreateInput) => postJson<TResident>("/residents", body),
    onSuccess: (resident) => {
      client.setQueryData(["resident", resident.id], resident);
      void client.invalidateQueries({ queryKey: SESSION_KEY });
      void client.invalidateQueries({ queryKey: ["residents"] });
    },
  });
}

/** GET /api/residents: a page of residents, personal fields masked (officers, in their region). */
export function useResidents(search: ResidentSearch) {
  return useQuery({
    queryKey: ["residents", search],
    queryFn: ({ signal }) => getJson<ResidentPage>("/residents", search, signal),
    placeholderData: keepPreviousData,
  });
}

export function useResident(id: string | null | undefined) {
  return useQuery({
    queryKey: ["resident", id],
    queryFn: ({ signal }) => getJson<TResident>(`/residents/${id}`, {}, signal),
    enabled: Boolean(id),
  });
}
