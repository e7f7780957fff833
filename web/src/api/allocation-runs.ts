import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  TAllocationRun,
  TAllocationRunConfirm,
  TAllocationRunStart,
} from "../../../src/allocation-runs/allocation-run.schema.ts";
import { getJson, postJson } from "./http.ts";

export type { TAllocationRun, TAllocationRunConfirm, TAllocationRunStart };

const runsKey = (cohortId: string) => ["allocation-runs", cohortId] as const;
const runKey = (cohortId: string, runId: string | null) => ["allocation-run", cohortId, runId] as const;

/** Work still going on: the page asks again until it ends. */
export const isWorking = (run: Pick<TAllocationRun, "status"> | undefined) =>
  run?.status === "queued" || run?.status === "running";

/** GET /api/cohorts/{id}/allocation-runs: the cohort's runs, newest first (no proposals). */
export function useAllocationRuns(cohortId: string, enabled = true) {
  return useQuery({
    queryKey: runsKey(cohortId),
    queryFn: ({ signal }) =>
      getJson<{ items: TAllocationRun[] }>(`/cohorts/${cohortId}/allocation-runs`, {}, signal),
    select: (data) => data.items,
    enabled,
  });
}

/** GET /api/cohorts/{id}/allocation-runs/{runId}: one run, polled every second while it works. */
export function useAllocationRun(cohortId: string, runId: string | null) {
  return useQuery({
    queryKey: runKey(cohortId, runId),
    queryFn: ({ signal }) =>
      getJson<TAllocationRun>(`/cohorts/${cohortId}/allocation-runs/${runId}`, {}, signal),
    enabled: Boolean(runId),
    refetchInterval: (query) => (isWorking(query.state.data) ? 1000 : false),
  });
}

/** POST /api/cohorts/{id}/allocation-runs: compute (or find) the run of the cohort's current input. */
export function useStartAllocationRun(cohortId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TAllocationRunStart) =>
      postJson<TAllocationRun>(`/cohorts/${cohortId}/allocation-runs`, body),
    onSuccess: (run) => {
      client.setQueryData(runKey(cohortId, run.id), run);
      void client.invalidateQueries({ queryKey: runsKey(cohortId) });
    },
  });
}

/**
 * POST /api/cohorts/{id}/allocation-runs/{runId}/confirm: select and place the proposal (less the
 * pairs taken out); the cohort, its counts and its applicants change, so they are asked again.
 */
export function useConfirmAllocationRun(cohortId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ runId, ...body }: TAllocationRunConfirm & { runId: string }) =>
      postJson<{ changed: boolean; run: TAllocationRun }>(
        `/cohorts/${cohortId}/allocation-runs/${runId}/confirm`,
        body,
      ),
    onSuccess: ({ run }) => client.setQueryData(runKey(cohortId, run.id), run),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: runsKey(cohortId) });
      void client.invalidateQueries({ queryKey: ["allocation-run", cohortId] });
      void client.invalidateQueries({ queryKey: ["cohort", cohortId] });
      void client.invalidateQueries({ queryKey: ["cohort-applications", cohortId] });
      void client.invalidateQueries({ queryKey: ["cohorts"] });
    },
  });
}
