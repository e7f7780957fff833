import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { RuleSections } from "../../../src/programs/domain/rule-set.ts";
import type { TProgram } from "../../../src/programs/program.schema.ts";
import type { TProgramRules } from "../../../src/programs/program-rules.schema.ts";
import { getJson, send } from "./http.ts";

export type { RuleSections, TProgram, TProgramRules };

/** The rules in force, typed by section (the API declares `effective` loosely as a record). */
export type ProgramRulesView = Omit<TProgramRules, "effective"> & { effective: RuleSections };

/** GET /api/programs: the catalogue (public). */
export function usePrograms() {
  return useQuery({
    queryKey: ["programs"],
    queryFn: ({ signal }) => getJson<{ items: TProgram[] }>("/programs", {}, signal),
    select: (data) => data.items,
    staleTime: 10 * 60 * 1000,
  });
}

const rulesKey = (code: string, year: number | undefined, region: string | undefined) =>
  ["program-rules", code, year ?? null, region ?? null] as const;

/** GET /api/programs/{code}/rules: the rules of a year as a region sees them (public). */
export function useProgramRules(code: string | undefined, year?: number, region?: string) {
  return useQuery({
    queryKey: rulesKey(code ?? "", year, region),
    queryFn: ({ signal }) => getJson<ProgramRulesView>(`/programs/${code}/rules`, { year, region }, signal),
    enabled: Boolean(code),
  });
}

export interface OverrideTarget {
  code: string;
  year: number;
  regionCode: string;
}

const overridePath = (t: OverrideTarget) => `/programs/${t.code}/rules/${t.year}/regions/${t.regionCode}`;

/**
 * After a change, every view of that program, year and region shows what the API answered (the
 * page may have asked for "the current year" without naming it); other views, which a 시도 change
 * can affect, are fetched again.
 */
function useStoreRules() {
  const client = useQueryClient();
  return (target: OverrideTarget, rules: ProgramRulesView) => {
    client.setQueryData(rulesKey(target.code, target.year, target.regionCode), rules);
    client.setQueriesData<ProgramRulesView>(
      {
        queryKey: ["program-rules", target.code],
        predicate: (query) => {
          const shown = query.state.data as ProgramRulesView | undefined;
          return shown?.year === target.year && shown.region === target.regionCode;
        },
      },
      rules,
    );
    void client.invalidateQueries({ queryKey: ["program-rules", target.code] });
  };
}

/** PUT …/regions/{regionCode}: the region's override (the sections it replaces), with a reason. */
export function useSaveRuleOverride() {
  const store = useStoreRules();
  return useMutation({
    mutationFn: async (input: OverrideTarget & { rules: RuleSections; reason: string }) =>
      (await send<ProgramRulesView>("PUT", overridePath(input), { rules: input.rules, reason: input.reason }))
        .data,
    onSuccess: (rules, input) => store(input, rules),
  });
}

/** DELETE …/regions/{regionCode}: back to the national (or 시도) rules, with a reason. */
export function useRemoveRuleOverride() {
  const store = useStoreRules();
  return useMutation({
    mutationFn: async (input: OverrideTarget & { reason: string }) =>
      (await send<ProgramRulesView>("DELETE", overridePath(input), { reason: input.reason })).data,
    onSuccess: (rules, input) => store(input, rules),
  });
}
