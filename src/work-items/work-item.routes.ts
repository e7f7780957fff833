import { createRoute } from "@hono/zod-openapi";
import { createRouter, errorResponses, jsonBody, jsonResponse } from "../server/router.ts";
import { notFound } from "../shared/errors.ts";
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
  method: "post",
  path: "/work-items",
  tags,
  summary: "Post a work item for an active organization",
  request: { body: jsonBody(ZWorkItemCreate) },
  responses: { 201: jsonResponse(ZWorkItem, "Created"), 400: errorResponses[400], ...unprocessable },
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
  method: "patch",
  path: "/work-items/{id}",
  tags,
  summary: "Edit a work item; the merged result must still pass every rule of a new item",
  request: { params: ZWorkItemIdParam, body: jsonBody(ZWorkItemUpdate) },
  responses: { 200: jsonResponse(ZWorkItem, "Updated"), ...errorResponses, ...conflict, ...unprocessable },
});

const close = createRoute({
  method: "post",
  path: "/work-items/{id}/close",
  tags,
  summary: "Close a work item (repeating it is harmless)",
  request: { params: ZWorkItemIdParam },
  responses: { 200: jsonResponse(ZWorkItem, "Closed"), ...errorResponses, ...conflict },
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
    return c.json(presentWorkItem(await createWorkItem(db, c.req.valid("json"), now())), 201);
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
    const row = await editWorkItem(db, c.req.valid("param").id, c.req.valid("json"), now());
    return c.json(presentWorkItem(row), 200);
  })
  .openapi(close, async (c) => {
    const { db, now } = c.get("deps");
    return c.json(presentWorkItem(await closeWorkItem(db, c.req.valid("param").id, now())), 200);
  });
