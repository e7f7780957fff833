import { useQuery } from "@tanstack/react-query";
import type {
  TBundle,
  TBundleList,
  TCandidate,
  TCandidateList,
  TMatchExplanation,
  TRecommendation,
  TRecommendationList,
} from "../../../src/matching/recommendation.schema.ts";
import { getJson } from "./http.ts";

export type { TBundle, TCandidate, TMatchExplanation, TRecommendation };

/**
 * GET /api/residents/{id}/recommendations: work items ranked for a resident, with reasons. Each
 * call counts as the items being shown (congestion control), so the answer is kept for a while
 * rather than fetched again on every focus.
 */
export function useRecommendations(residentId: string | null | undefined) {
  return useQuery({
    queryKey: ["recommendations", residentId],
    queryFn: ({ signal }) =>
      getJson<TRecommendationList>(`/residents/${residentId}/recommendations`, { limit: 20 }, signal),
    enabled: Boolean(residentId),
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
  });
}

/** GET /api/residents/{id}/bundles: sets of small work items that together fill the week. */
export function useBundles(residentId: string | null | undefined) {
  return useQuery({
    queryKey: ["bundles", residentId],
    queryFn: ({ signal }) => getJson<TBundleList>(`/residents/${residentId}/bundles`, { limit: 5 }, signal),
    enabled: Boolean(residentId),
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
  });
}

/** GET /api/work-items/{id}/candidates: residents ranked for a work item, names masked. */
export function useCandidates(workItemId: string | undefined) {
  return useQuery({
    queryKey: ["candidates", workItemId],
    queryFn: ({ signal }) =>
      getJson<TCandidateList>(`/work-items/${workItemId}/candidates`, { limit: 50 }, signal),
    enabled: Boolean(workItemId),
    staleTime: 60_000,
    refetchOnWindowFocus: false,
  });
}
