import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
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
import {
  closeOrganization,
  createOrganization,
  editOrganization,
  ORGANIZATION,
} from "./organization.commands.ts";
import { presentOrganization } from "./organization.presenter.ts";
import { findOrganization, listOrganizations } from "./organization.repository.ts";
import {
  ZOrganization,
  ZOrganizationCreate,
  ZOrganizationIdParam,
  ZOrganizationPage,
  ZOrganizationQuery,
  ZOrganizationUpdate,
} from "./organization.schema.ts";

const tags = ["organizations"];
const conflict = { 409: { ...errorResponses[404], description: "The organization is closed" } };
const unprocessable = { 422: { ...errorResponses[404], description: "Unknown region (field regionCode)" } };

const list = createRoute({
  method: "get",
  path: "/organizations",
  tags,
  summary: "Institutions that post work, by region, type, status and name",
  request: { query: ZOrganizationQuery },
  responses: { 200: jsonResponse(ZOrganizationPage, "A page of organizations"), 400: errorResponses[400] },
});

const create = createRoute({
  middleware: [requirePermission("organizations.create")] as const,
  method: "post",
  path: "/organizations",
  tags,
  summary: "Register an organization",
  request: { body: jsonBody(ZOrganizationCreate) },
  responses: {
    201: jsonResponse(ZOrganization, "Created"),
    400: errorResponses[400],
    ...deniedResponses,
    ...unprocessable,
  },
});

const detail = createRoute({
  method: "get",
  path: "/organizations/{id}",
  tags,
  summary: "An organization with its number of open work items",
  request: { params: ZOrganizationIdParam },
  responses: { 200: jsonResponse(ZOrganization, "Organization"), ...errorResponses },
});

const update = createRoute({
  middleware: [requirePermission("organizations.update")] as const,
  method: "patch",
  path: "/organizations/{id}",
  tags,
  summary: "Edit an organization (absent fields stay, null clears)",
  request: { params: ZOrganizationIdParam, body: jsonBody(ZOrganizationUpdate) },
  responses: {
    200: jsonResponse(ZOrganization, "Updated"),
    ...errorResponses,
    ...deniedResponses,
    ...conflict,
    ...unprocessable,
  },
});

const close = createRoute({
  middleware: [requirePermission("organizations.close")] as const,
  method: "post",
  path: "/organizations/{id}/close",
  tags,
  summary: "Mark an organization closed; it can post no new work items",
  request: { params: ZOrganizationIdParam },
  responses: { 200: jsonResponse(ZOrganization, "Closed"), ...errorResponses, ...deniedResponses },
});

export const organizationRoutes = createRouter()
  .openapi(list, async (c) => {
    const { db } = c.get("deps");
    const query = c.req.valid("query");
    const { rows, total } = await listOrganizations(db, query);
    return c.json(
      { items: rows.map(presentOrganization), page: query.page, pageSize: query.pageSize, total },
      200,
    );
  })
  .openapi(create, async (c) => {
    const { db, now } = c.get("deps");
    const input = c.req.valid("json");
    if (!withinScope(c.get("scope"), { regionCode: input.regionCode })) throw forbidden();
    return c.json(presentOrganization(await createOrganization(db, input, now())), 201);
  })
  .openapi(detail, async (c) => {
    const { db } = c.get("deps");
    const { id } = c.req.valid("param");
    const row = await findOrganization(db, id);
    if (!row) throw notFound(ORGANIZATION, id);
    return c.json(presentOrganization(row), 200);
  })
  .openapi(update, async (c) => {
    const { db, now } = c.get("deps");
    const { id } = c.req.valid("param");
    const patch = c.req.valid("json");
    await requireReach(c, id, patch.regionCode);
    return c.json(presentOrganization(await editOrganization(db, id, patch, now())), 200);
  })
  .openapi(close, async (c) => {
    const { db, now } = c.get("deps");
    const { id } = c.req.valid("param");
    await requireReach(c, id);
    return c.json(presentOrganization(await closeOrganization(db, id, now())), 200);
  });

/** Institutions are a public directory: one outside the caller's reach is a 403, not a 404. */
async function requireReach(c: Context<AppEnv>, id: string, newRegionCode?: string): Promise<void> {
  const row = await findOrganization(c.get("deps").db, id);
  if (!row) throw notFound(ORGANIZATION, id);
  const scope = c.get("scope");
  const place = { organizationId: row.organization.id, regionCode: row.organization.regionCode };
  if (!withinScope(scope, place)) throw forbidden();
  if (newRegionCode && !withinScope(scope, { ...place, regionCode: newRegionCode })) throw forbidden();
}
