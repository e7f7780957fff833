import { createRoute } from "@hono/zod-openapi";
import { createRouter, errorResponses, jsonBody, jsonResponse } from "../server/router.ts";
import { notFound } from "../shared/errors.ts";
import { editResident, RESIDENT, registerResident, withdrawResident } from "./resident.commands.ts";
import { presentResident } from "./resident.presenter.ts";
import { findResident, listResidents } from "./resident.repository.ts";
import {
  ZResident,
  ZResidentCreate,
  ZResidentIdParam,
  ZResidentPage,
  ZResidentQuery,
  ZResidentUpdate,
} from "./resident.schema.ts";

const tags = ["residents"];
const conflict = { 409: { ...errorResponses[404], description: "The resident has withdrawn" } };
const unprocessable = { 422: { ...errorResponses[404], description: "Unknown region (field regionCode)" } };

const list = createRoute({
  method: "get",
  path: "/residents",
  tags,
  summary: "Registered residents (personal fields masked)",
  request: { query: ZResidentQuery },
  responses: { 200: jsonResponse(ZResidentPage, "A page of residents"), 400: errorResponses[400] },
});

const create = createRoute({
  method: "post",
  path: "/residents",
  tags,
  summary: "Register a resident; the home location is kept only as a ~250 m grid cell",
  request: { body: jsonBody(ZResidentCreate) },
  responses: { 201: jsonResponse(ZResident, "Registered"), 400: errorResponses[400], ...unprocessable },
});

const detail = createRoute({
  method: "get",
  path: "/residents/{id}",
  tags,
  summary: "A resident (personal fields masked)",
  request: { params: ZResidentIdParam },
  responses: { 200: jsonResponse(ZResident, "Resident"), ...errorResponses },
});

const update = createRoute({
  method: "patch",
  path: "/residents/{id}",
  tags,
  summary: "Edit a resident, personal fields included (absent fields stay, null clears)",
  request: { params: ZResidentIdParam, body: jsonBody(ZResidentUpdate) },
  responses: { 200: jsonResponse(ZResident, "Updated"), ...errorResponses, ...conflict, ...unprocessable },
});

const close = createRoute({
  method: "post",
  path: "/residents/{id}/close",
  tags,
  summary: "Withdraw a resident from matching (repeating it is harmless)",
  request: { params: ZResidentIdParam },
  responses: { 200: jsonResponse(ZResident, "Withdrawn"), ...errorResponses },
});

export const residentRoutes = createRouter()
  .openapi(list, async (c) => {
    const { db } = c.get("deps");
    const query = c.req.valid("query");
    const { rows, total } = await listResidents(db, query);
    return c.json(
      { items: rows.map(presentResident), page: query.page, pageSize: query.pageSize, total },
      200,
    );
  })
  .openapi(create, async (c) => {
    const { db, now } = c.get("deps");
    return c.json(presentResident(await registerResident(db, c.req.valid("json"), now())), 201);
  })
  .openapi(detail, async (c) => {
    const { db } = c.get("deps");
    const { id } = c.req.valid("param");
    const row = await findResident(db, id);
    if (!row) throw notFound(RESIDENT, id);
    return c.json(presentResident(row), 200);
  })
  .openapi(update, async (c) => {
    const { db, now } = c.get("deps");
    const row = await editResident(db, c.req.valid("param").id, c.req.valid("json"), now());
    return c.json(presentResident(row), 200);
  })
  .openapi(close, async (c) => {
    const { db, now } = c.get("deps");
    return c.json(presentResident(await withdrawResident(db, c.req.valid("param").id, now())), 200);
  });
