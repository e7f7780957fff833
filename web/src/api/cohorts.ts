import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  APPLICATION_DECISIONS,
  TApplication,
  TApplicationFacts,
  TCohort,
  TCohortCreate,
  ZBulkResult,
  ZCohortQuery,
  ZTransitionResult,
} from "../../../src/cohorts/cohort.schema.ts";
import type { CohortAction } from "../../../src/cohorts/domain/cohort-vocabulary.ts";
import { getJson, postJson, type QueryValue } from "./http.ts";

export type { TApplication, TApplicationFacts, TCohort, TCohortCreate };
export type ApplicationDecision = (typeof APPLICATION_DECISIONS)[number];
export type CohortSearch = { [K in keyof z.input<typeof ZCohortQuery>]?: QueryValue };
export type BulkResult = z.infer<typeof ZBulkResult>;
export type TransitionResult = z.infer<typeof ZTransitionResult>;

const cohortsKey = ["cohorts"] as const;
const cohortKey = (id: string | undefined) => ["cohort", id] as const;
const applicationsKey = (id: string | undefined) => ["cohort-applications", id] as const;
const MY_APPLICATIONS_KEY = ["my-applications"] as const;

/** GET /api/cohorts: cohorts by region (시군구 or 시도), program and status (public). */
export function useCohorts(search: CohortSearch, enabled = true) {
  return useQuery({
    queryKey: [...cohortsKey, search],
    queryFn: ({ signal }) => getJson<{ items: TCohort[] }>("/cohorts", search, signal),
    select: (data) => data.items,
    enabled,
  });
}

/** GET /api/cohorts/{id}: one cohort with its work items and applications counted by status. */
export function useCohort(id: string | undefined) {
  return useQuery({
    queryKey: cohortKey(id),
    queryFn: ({ signal }) => getJson<TCohort>(`/cohorts/${id}`, {}, signal),
    enabled: Boolean(id),
  });
}

/** GET /api/cohorts/{id}/applications: the applicants, names masked (officers of the region). */
export function useCohortApplications(id: string | undefined, enabled = true) {
  return useQuery({
    queryKey: applicationsKey(id),
    queryFn: ({ signal }) => getJson<{ items: TApplication[] }>(`/cohorts/${id}/applications`, {}, signal),
    select: (data) => data.items,
    enabled: Boolean(id) && enabled,
  });
}

/** After any change to a cohort or its applications: the cohort, its counts and its lists again. */
function useRefreshCohort() {
  const client = useQueryClient();
  return (id: string) => {
    void client.invalidateQueries({ queryKey: cohortKey(id) });
    void client.invalidateQueries({ queryKey: applicationsKey(id) });
    void client.invalidateQueries({ queryKey: cohortsKey });
    void client.invalidateQueries({ queryKey: MY_APPLICATIONS_KEY });
  };
}

/** POST /api/cohorts: a new cohort, in draft. */
export function useCreateCohort() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TCohortCreate) => postJson<TCohort>("/cohorts", body),
    onSuccess: (cohort) => {
      client.setQueryData(cohortKey(cohort.id), cohort);
      void client.invalidateQueries({ queryKey: cohortsKey });
    },
  });
}

/** POST /api/cohorts/{id}/actions/{action}: 모집 시작, 모집 마감, 사업 시작, 종료. */
export function useCohortTransition(id: string) {
  const client = useQueryClient();
  const refresh = useRefreshCohort();
  return useMutation({
    mutationFn: (action: CohortAction) =>
      postJson<{ changed: boolean; cohort: TCohort }>(`/cohorts/${id}/actions/${action}`, {}),
    onSuccess: (result) => {
      client.setQueryData(cohortKey(id), result.cohort);
      refresh(id);
    },
  });
}

/** POST /api/cohorts/{id}/screen or /select: screening, or selection in score order, of everyone. */
export function useCohortBulk(id: string, step: "screen" | "select") {
  const refresh = useRefreshCohort();
  return useMutation({
    mutationFn: () => postJson<BulkResult>(`/cohorts/${id}/${step}`, {}),
    onSettled: () => refresh(id),
  });
}

/** POST /api/cohorts/{id}/applications: a resident for themself, or an officer's walk-in (residentId). */
export function useApplyToCohort(id: string) {
  const refresh = useRefreshCohort();
  return useMutation({
    mutationFn: (body: { residentId?: string; facts: TApplicationFacts }) =>
      postJson<TApplication>(`/cohorts/${id}/applications`, body),
    onSuccess: () => refresh(id),
  });
}

export interface DecisionInput {
  applicationId: string;
  action: ApplicationDecision;
  reason?: string;
  workItemId?: string;
}

/** POST /api/applications/{id}/{action}: 선발, 대기, 미선정 (reason), 배치 (work item), 포기 처리. */
export function useDecideApplication(cohortId: string) {
  const client = useQueryClient();
  const refresh = useRefreshCohort();
  return useMutation({
    mutationFn: ({ applicationId, action, ...body }: DecisionInput) =>
      postJson<TransitionResult>(`/applications/${applicationId}/${action}`, body),
    // The row shows the new status at once; the refetch then brings what else moved (a freed
    // place taken by the waiting list, the counts).
    onSuccess: ({ application }) =>
      client.setQueryData<{ items: TApplication[] }>(applicationsKey(cohortId), (old) =>
        old ? { items: old.items.map((a) => (a.id === application.id ? application : a)) } : old,
      ),
    onSettled: () => refresh(cohortId),
  });
}

/** GET /api/me/applications: the signed-in resident's applications, with their cohorts. */
export function useMyApplications(enabled = true) {
  return useQuery({
    queryKey: MY_APPLICATIONS_KEY,
    queryFn: ({ signal }) => getJson<{ items: TApplication[] }>("/me/applications", {}, signal),
    select: (data) => data.items,
    enabled,
  });
}

/** POST /api/me/applications/{id}/withdraw: the resident withdraws their own application. */
export function useWithdrawMyApplication() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ applicationId, reason }: { applicationId: string; reason?: string }) =>
      postJson<TransitionResult>(`/me/applications/${applicationId}/withdraw`, reason ? { reason } : {}),
    onSettled: (result) => {
      void client.invalidateQueries({ queryKey: MY_APPLICATIONS_KEY });
      if (result) void client.invalidateQueries({ queryKey: cohortKey(result.application.cohortId) });
    },
  });
}
