import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { requirePermission } from "../access/require-permission.ts";
import { createRouter, errorResponses, jsonResponse } from "../server/router.ts";
import { notFound } from "../shared/errors.ts";
import { presentOccupation } from "./job-design.presenter.ts";
import { ZOccupationList, ZOccupationQuery, ZOccupationSummary } from "./job-design.schema.ts";
import { occupationCatalogue } from "./occupation-catalogue.ts";

/** The public catalogue of public-service occupations (data/occupations), by category and group. */
const tags = ["occupations"];

const list = createRoute({
  middleware: [requirePermission("occupations.read")] as const,
  method: "get",
  path: "/occupations",
  tags,
  summary:
    "Public-service occupations with duties, groups, skills, hours, programs, demand drivers and sources",
  request: { query: ZOccupationQuery },
  responses: { 200: jsonResponse(ZOccupationList, "The catalogue"), 400: errorResponses[400] },
});

const detail = createRoute({
  middleware: [requirePermission("occupations.read")] as const,
  method: "get",
  path: "/occupations/{code}",
  tags,
  summary: "One occupation of the catalogue",
  request: { params: z.object({ code: z.string().regex(/^[a-z][a-z0-9_]{2,59}$/) }) },
  responses: { 200: jsonResponse(ZOccupationSummary, "Occupation"), ...errorResponses },
});

const OCCUPATION = { ko: "직무", en: "Occupation" };

// Loaded when the server loads its routes, so that a broken catalogue stops the start, not a request.
const catalogue = occupationCatalogue();

export const occupationRoutes = createRouter()
  .openapi(list, (c) => {
    const { category, targetGroup } = c.req.valid("query");
    const items = catalogue
      .filter((o) => !category || o.category === category)
      .filter((o) => !targetGroup || o.targetGroups.includes(targetGroup))
      .map(presentOccupation);
    return c.json({ items, total: items.length }, 200);
  })
  .openapi(detail, (c) => {
    const { code } = c.req.valid("param");
    const occupation = catalogue.find((o) => o.code === code);
    if (!occupation) throw notFound(OCCUPATION, code);
    return c.json(presentOccupation(occupation), 200);
  });
