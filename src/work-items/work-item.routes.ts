import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { withinScope } from "../access/domain/resolve-access.ts";
import { requirePermission } from "../access/require-permission.ts";
import { findOrganization } from "../organizations/organization.repository.ts";
import {
  type AppEnv,
  createRouter,
  deniedResponses,
  errorResponses,
  jsonBody,
  jsonResponse,
} from "../server/router.ts";
import { forbidden, notFound } from "../shared/errors.ts";
import { closeWorkItem, createWorkItem, editWorkItem, WORK_ITEM } from "./work-item.commands.ts";
import { presentWorkItem } from "./work-item.presenter.ts";
import { findWorkItem, listWorkItems } from "./work-item.repository.ts";
import {
  ZWorkItem,
  ZWorkItemCreate,
  ZWorkItemIdParam,
  ZWorkItemPage,
  ZWorkItemQuery,
  ZWorkItemUpdate,
} from "./work-item.schema.ts";

const tags = ["work-items"];
const conflict = { 409: { ...errorResponses[404], description: "The item is closed or cancelled" } };
const unprocessable = {
  422: {
    ...errorResponses[404],
    description: "Unknown or closed organization (organizationId), unknown region (regionCode)",
  },
};

const list = createRoute({
  method: "get",
  path: "/work-items",
  tags,
  summary: "Search work items: region, category, words, distance from a point",
  request: { query: ZWorkItemQuery },
  responses: { 200: jsonResponse(ZWorkItemPage, "A page of work items"), 400: errorResponses[400] },
});

const create = createRoute({
  middleware: [requirePermission("work_items.create")] as const,
  method: "post",
  path: "/work-items",
  tags,
  summary: "Post a work item for an active organization",
  request: { body: jsonBody(ZWorkItemCreate) },
  responses: {
    201: jsonResponse(ZWorkItem, "Created"),
    400: errorResponses[400],
    ...deniedResponses,
    ...unprocessable,
  },
});

const detail = createRoute({
  method: "get",
  path: "/work-items/{id}",
  tags,
  summary: "A work item with its organization and region name",
  request: { params: ZWorkItemIdParam },
  responses: { 200: jsonResponse(ZWorkItem, "Work item"), ...errorResponses },
});

const update = createRoute({
  middleware: [requirePermission("work_items.update")] as const,
  method: "patch",
  path: "/work-items/{id}",
  tags,
  summary: "Edit a work item; the merged result must still pass every rule of a new item",
  request: { params: ZWorkItemIdParam, body: jsonBody(ZWorkItemUpdate) },
  responses: {
    200: jsonResponse(ZWorkItem, "Updated"),
    ...errorResponses,
    ...deniedResponses,
    ...conflict,
    ...unprocessable,
  },
});

const close = createRoute({
  middleware: [requirePermission("work_items.close")] as const,
  method: "post",
  path: "/work-items/{id}/close",
  tags,
  summary: "Close a work item (repeating it is harmless)",
  request: { params: ZWorkItemIdParam },
  responses: { 200: jsonResponse(ZWorkItem, "Closed"), ...errorResponses, ...deniedResponses, ...conflict },
});

export const workItemRoutes = createRouter()
  .openapi(list, async (c) => {
    const { db } = c.get("deps");
    const query = c.req.valid("query");
    const { rows, total } = await listWorkItems(db, query);
    return c.json(
      { items: rows.map(presentWorkItem), page: query.page, pageSize: query.pageSize, total },
      200,
    );
  })
  .openapi(create, async (c) => {
    const { db, now } = c.get("deps");
    const input = c.req.valid("json");
    const organization = await findOrganization(db, input.organizationId);
    // An unknown organization is the command's 422; a known one must be inside the caller's reach.
    if (organization) {
      const place = {
        organizationId: input.organizationId,
        regionCode: input.regionCode ?? organization.organization.regionCode,
      };
      if (!withinScope(c.get("scope"), place)) throw forbidden();
    }
    return c.json(presentWorkItem(await createWorkItem(db, input, now())), 201);
  })
  .openapi(detail, async (c) => {
    const { db } = c.get("deps");
    const { id } = c.req.valid("param");
    const row = await findWorkItem(db, id);
    if (!row) throw notFound(WORK_ITEM, id);
    return c.json(presentWorkItem(row), 200);
  })
  .openapi(update, async (c) => {
    const { db, now } = c.get("deps");
    const { id } = c.req.valid("param");
    const patch = c.req.valid("json");
    await requireReach(c, id, patch.regionCode);
    return c.json(presentWorkItem(await editWorkItem(db, id, patch, now())), 200);
  })
  .openapi(close, async (c) => {
    const { db, now } = c.get("deps");
    const { id } = c.req.valid("param");
    await requireReach(c, id);
    return c.json(presentWorkItem(await closeWorkItem(db, id, now())), 200);
  });

/**
 * Work items are public to read, so one outside the caller's reach is a 403 (not a 404). A move
 * to another region must stay inside the reach too.
 */
async function requireReach(c: Context<AppEnv>, id: string, newRegionCode?: string): Promise<void> {
  const row = await findWorkItem(c.get("deps").db, id);
  if (!row) throw notFound(WORK_ITEM, id);
  const scope = c.get("scope");
  const place = { organizationId: row.item.organizationId, regionCode: row.item.regionCode };
  if (!withinScope(scope, place)) throw forbidden();
  if (newRegionCode && !withinScope(scope, { ...place, regionCode: newRegionCode })) throw forbidden();
}
