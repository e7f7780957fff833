import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { TAuditEntry, ZAuditPage } from "../../../src/audit/audit.schema.ts";
import type { AuditAction } from "../../../src/audit/domain/audit-vocabulary.ts";
import { getJson } from "./http.ts";

export type { AuditAction, TAuditEntry };
export type AuditPage = z.infer<typeof ZAuditPage>;

/** GET /api/audit, newest first (officers in their region, administrators everywhere). */
export function useAuditLog(search: {
  region?: string | null;
  action?: AuditAction | undefined;
  page: number;
  pageSize: number;
}) {
  return useQuery({
    queryKey: ["audit", search],
    queryFn: ({ signal }) => getJson<AuditPage>("/audit", search, signal),
    placeholderData: keepPreviousData,
  });
}
