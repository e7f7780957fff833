import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { TOrganization, ZOrganizationPage } from "../../../src/organizations/organization.schema.ts";
import { getJson } from "./http.ts";

export type { TOrganization };
export type OrganizationPage = z.infer<typeof ZOrganizationPage>;

export function useOrganizations(
  search: { region?: string; q?: string; type?: string; pageSize?: number },
  enabled = true,
) {
  return useQuery({
    queryKey: ["organizations", search],
    queryFn: ({ signal }) => getJson<OrganizationPage>("/organizations", search, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useOrganization(id: string | undefined) {
  return useQuery({
    queryKey: ["organization", id],
    queryFn: ({ signal }) => getJson<TOrganization>(`/organizations/${id}`, {}, signal),
    enabled: Boolean(id),
  });
}
