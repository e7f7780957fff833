import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { auditActorOf } from "../access/audit-actor.ts";
import { withinScope } from "../access/domain/resolve-access.ts";
import { requirePermission } from "../access/require-permission.ts";
import { createRouter, deniedResponses, errorResponses, jsonBody, jsonResponse } from "../server/router.ts";
import { forbidden, notFound } from "../shared/errors.ts";
import { todayInSeoul } from "./check-eligibility.ts";
import { listPrograms } from "./program.repository.ts";
import { ZProgram } from "./program.schema.ts";
import { removeRuleOverride, saveRuleOverride } from "./program-rule.commands.ts";
import {
  findRuleRow,
  listOverrides,
  listRuleYears,
  rulesYearFor,
  toRuleSet,
} from "./program-rule.repository.ts";
import { presentProgramRules } from "./program-rules.presenter.ts";
import {
  ZOverrideParams,
  ZProgramRules,
  ZProgramRulesParams,
  ZProgramRulesQuery,
  ZRuleOverrideBody,
  ZRuleOverrideDelete,
} from "./program-rules.schema.ts";

const tags = ["programs"];
const RULES = { ko: "사업 규칙", en: "program rules" };

const list = createRoute({
  method: "get",
  path: "/programs",
  tags,
  summary: "The direct-job programs Maeul covers",
  responses: { 200: jsonResponse(z.object({ items: z.array(ZProgram) }), "Programs") },
});

const rules = createRoute({
  method: "get",
  path: "/programs/{code}/rules",
  tags,
  summary: "A program's rules for a year, as in force for a region, with sources and review flags",
  request: { params: ZProgramRulesParams, query: ZProgramRulesQuery },
  responses: { 200: jsonResponse(ZProgramRules, "Rules"), ...errorResponses },
});

const saveOverride = createRoute({
  middleware: [requirePermission("programs.rules_update")] as const,
  method: "put",
  path: "/programs/{code}/rules/{year}/regions/{regionCode}",
  tags,
  summary: "Replace sections of a program's rules for the officer's region (validated, audited)",
  request: { params: ZOverrideParams, body: jsonBody(ZRuleOverrideBody) },
  responses: {
    200: jsonResponse(ZProgramRules, "Rules now in force"),
    ...errorResponses,
    ...deniedResponses,
  },
});

const dropOverride = createRoute({
  middleware: [requirePermission("programs.rules_update")] as const,
  method: "delete",
  path: "/programs/{code}/rules/{year}/regions/{regionCode}",
  tags,
  summary: "Remove a region's override so the national rules apply again (audited)",
  request: { params: ZOverrideParams, body: jsonBody(ZRuleOverrideDelete) },
  responses: {
    200: jsonResponse(ZProgramRules, "Rules now in force"),
    ...errorResponses,
    ...deniedResponses,
  },
});

export const programRoutes = createRouter()
  .openapi(list, async (c) => {
    const { db } = c.get("deps");
    return c.json({ items: await listPrograms(db) }, 200);
  })
  .openapi(rules, async (c) => {
    const { db, now } = c.get("deps");
    const { code } = c.req.valid("param");
    const query = c.req.valid("query");
    const year = query.year ?? (await rulesYearFor(db, Number(todayInSeoul(now()).slice(0, 4)))) ?? 0;
    return c.json(await rulesView(db, code, year, query.region ?? null), 200);
  })
  .openapi(saveOverride, async (c) => {
    const { db, now } = c.get("deps");
    const { code, year, regionCode } = c.req.valid("param");
    if (!withinScope(c.get("scope"), { regionCode })) throw forbidden();
    const body = c.req.valid("json");
    await saveRuleOverride(
      db,
      { program: code, year, regionCode, rules: body.rules, reason: body.reason },
      auditActorOf(c),
      now(),
    );
    return c.json(await rulesView(db, code, year, regionCode), 200);
  })
  .openapi(dropOverride, async (c) => {
    const { db, now } = c.get("deps");
    const { code, year, regionCode } = c.req.valid("param");
    if (!withinScope(c.get("scope"), { regionCode })) throw forbidden();
    await removeRuleOverride(
      db,
      { program: code, year, regionCode, reason: c.req.valid("json").reason },
      auditActorOf(c),
      now(),
    );
    return c.json(await rulesView(db, code, year, regionCode), 200);
  });

async function rulesView(
  db: Parameters<typeof findRuleRow>[0],
  code: string,
  year: number,
  region: string | null,
) {
  const nationalRow = await findRuleRow(db, code, year, "");
  if (!nationalRow) throw notFound(RULES, `${code}/${year}`);
  const programRow = (await listPrograms(db)).find((p) => p.code === code);
  const overrides = await listOverrides(db, code, year);
  return presentProgramRules(
    toRuleSet(nationalRow),
    nationalRow,
    overrides,
    { ko: programRow?.nameKo ?? code, en: programRow?.nameEn ?? code },
    region,
    await listRuleYears(db, code),
  );
}
