import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { auditActorOf } from "../access/audit-actor.ts";
import { withinScope } from "../access/domain/resolve-access.ts";
import { requirePermission } from "../access/require-permission.ts";
import {
  type AppEnv,
  createRouter,
  deniedResponses,
  errorResponses,
  jsonBody,
  jsonResponse,
} from "../server/router.ts";
import { forbidden, notFound } from "../shared/errors.ts";
import { listResidentsLogged } from "./list-residents.ts";
import { readResident } from "./read-resident.ts";
import { editResident, RESIDENT, registerResident, withdrawResident } from "./resident.commands.ts";
import { presentResident } from "./resident.presenter.ts";
import { findResident } from "./resident.repository.ts";
import {
  ZResident,
  ZResidentCreate,
  ZResidentIdParam,
  ZResidentPage,
  ZResidentQuery,
  ZResidentUpdate,
} from "./resident.schema.ts";
import { ZUnmaskedPersonalData, ZUnmaskRequest } from "./unmask.schema.ts";
import { unmaskResident } from "./unmask-resident.ts";

const tags = ["residents"];
const conflict = { 409: { ...errorResponses[404], description: "The resident has withdrawn" } };
const unprocessable = { 422: { ...errorResponses[404], description: "Unknown region (field regionCode)" } };

const list = createRoute({
  middleware: [requirePermission("residents.list")] as const,
  method: "get",
  path: "/residents",
  tags,
  summary: "Registered residents (personal fields masked); each page is audited as one `list` entry",
  request: { query: ZResidentQuery },
  responses: {
    200: jsonResponse(ZResidentPage, "A page of residents"),
    400: errorResponses[400],
    ...deniedResponses,
  },
});

const create = createRoute({
  middleware: [requirePermission("residents.create")] as const,
  method: "post",
  path: "/residents",
  tags,
  summary: "Register a resident; the home location is kept only as a ~250 m grid cell",
  request: { body: jsonBody(ZResidentCreate) },
  responses: {
    201: jsonResponse(ZResident, "Registered"),
    400: errorResponses[400],
    ...deniedResponses,
    409: { ...errorResponses[404], description: "This resident account is already registered" },
    ...unprocessable,
  },
});

const detail = createRoute({
  middleware: [requirePermission("residents.read")] as const,
  method: "get",
  path: "/residents/{id}",
  tags,
  summary: "A resident (personal fields masked); the read is audited",
  request: { params: ZResidentIdParam },
  responses: { 200: jsonResponse(ZResident, "Resident"), ...errorResponses, ...deniedResponses },
});

const update = createRoute({
  middleware: [requirePermission("residents.update")] as const,
  method: "patch",
  path: "/residents/{id}",
  tags,
  summary: "Edit a resident, personal fields included (absent fields stay, null clears)",
  request: { params: ZResidentIdParam, body: jsonBody(ZResidentUpdate) },
  responses: {
    200: jsonResponse(ZResident, "Updated"),
    ...errorResponses,
    ...deniedResponses,
    ...conflict,
    ...unprocessable,
  },
});

const close = createRoute({
  middleware: [requirePermission("residents.close")] as const,
  method: "post",
  path: "/residents/{id}/close",
  tags,
  summary: "Withdraw a resident from matching (repeating it is harmless)",
  request: { params: ZResidentIdParam },
  responses: { 200: jsonResponse(ZResident, "Withdrawn"), ...errorResponses, ...deniedResponses },
});

const unmask = createRoute({
  middleware: [requirePermission("residents.unmask")] as const,
  method: "post",
  path: "/residents/{id}/unmask",
  tags,
  summary: "See a resident's name, phone and address unmasked; the reason is audited",
  request: { params: ZResidentIdParam, body: jsonBody(ZUnmaskRequest) },
  responses: {
    200: jsonResponse(ZUnmaskedPersonalData, "Personal fields in the clear"),
    ...errorResponses,
    ...deniedResponses,
  },
});

export const residentRoutes = createRouter()
  .openapi(list, async (c) => {
    const { db, now } = c.get("deps");
    const query = c.req.valid("query");
    const { rows, total } = await listResidentsLogged(db, query, c.get("scope"), auditActorOf(c), now());
    return c.json(
      { items: rows.map(presentResident), page: query.page, pageSize: query.pageSize, total },
      200,
    );
  })
  .openapi(create, async (c) => {
    const { db, now } = c.get("deps");
    const input = c.req.valid("json");
    const principal = c.get("principal");
    if (
      !withinScope(c.get("scope"), { regionCode: input.regionCode, residentId: null }) &&
      principal?.role !== "resident"
    ) {
      throw forbidden();
    }
    const linkToUserId = principal?.role === "resident" ? principal.userId : undefined;
    const row = await registerResident(
      db,
      input,
      now(),
      auditActorOf(c),
      linkToUserId ? { linkToUserId } : {},
    );
    return c.json(presentResident(row), 201);
  })
  .openapi(detail, async (c) => {
    const { db, now } = c.get("deps");
    const { id } = c.req.valid("param");
    const row = await readResident(db, id, c.get("scope"), auditActorOf(c), now());
    return c.json(presentResident(row), 200);
  })
  .openapi(update, async (c) => {
    const { db, now } = c.get("deps");
    const { id } = c.req.valid("param");
    await requireInScope(c, id);
    const patch = c.req.valid("json");
    if (patch.regionCode && !withinScope(c.get("scope"), { regionCode: patch.regionCode, residentId: id })) {
      throw forbidden();
    }
    return c.json(presentResident(await editResident(db, id, patch, now(), auditActorOf(c))), 200);
  })
  .openapi(close, async (c) => {
    const { db, now } = c.get("deps");
    const { id } = c.req.valid("param");
    await requireInScope(c, id);
    return c.json(presentResident(await withdrawResident(db, id, now(), auditActorOf(c))), 200);
  });

residentRoutes.openapi(unmask, async (c) => {
  const { db, now } = c.get("deps");
  const { id } = c.req.valid("param");
  const { reason } = c.req.valid("json");
  c.header("Cache-Control", "no-store");
  return c.json(await unmaskResident(db, id, c.get("scope"), reason, auditActorOf(c), now()), 200);
});

/** 404 for a resident outside the caller's scope, exactly as for one that does not exist. */
async function requireInScope(c: Context<AppEnv>, id: string): Promise<void> {
  if (!(await findResident(c.get("deps").db, id, c.get("scope")))) throw notFound(RESIDENT, id);
}
