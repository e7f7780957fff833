import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  TResident,
  TResidentCreateInput,
  ZResidentPage,
  ZResidentQuery,
} from "../../../src/residents/resident.schema.ts";
import type { ZResidentLookupResult } from "../../../src/residents/resident-lookup.schema.ts";
import type { TUnmaskedPersonalData, TUnmaskRequest } from "../../../src/residents/unmask.schema.ts";
import { SESSION_KEY } from "./auth.ts";
import { getJson, postJson, type QueryValue } from "./http.ts";

export type { TResident, TResidentCreateInput, TUnmaskedPersonalData };
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

export type ResidentLookup = z.infer<typeof ZResidentLookupResult>;
export interface ResidentLookupQuery {
  name: string;
  phoneLast4?: string;
  birthYear?: string;
  region?: string;
}

/**
 * GET /api/residents/lookup: the walk-in lookup (names matched through blind indexes, results
 * masked). Every search is written to the audit log, so it runs only when the officer asks: not
 * again on focus, on remount or as a retry.
 */
export function useResidentLookup(query: ResidentLookupQuery | null) {
  return useQuery({
    queryKey: ["resident-lookup", query],
    queryFn: ({ signal }) => getJson<ResidentLookup>("/residents/lookup", { ...query }, signal),
    enabled: query !== null,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

export function useResident(id: string | null | undefined) {
  return useQuery({
    queryKey: ["resident", id],
    queryFn: ({ signal }) => getJson<TResident>(`/residents/${id}`, {}, signal),
    enabled: Boolean(id),
  });
}

/**
 * POST /api/residents/{id}/unmask: the personal fields in the clear, for a stated reason that the
 * server logs. Never cached: the answer lives only in the mutation until the dialog resets it.
 */
export function useUnmaskResident() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string } & TUnmaskRequest) =>
      postJson<TUnmaskedPersonalData>(`/residents/${id}/unmask`, { reason }),
    // The audit page shows the new entry when next opened.
    onSuccess: () => void client.invalidateQueries({ queryKey: ["audit"] }),
  });
}
