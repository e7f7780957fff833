import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { createRouter, errorResponses, jsonResponse } from "../server/router.ts";
import { notFound } from "../shared/errors.ts";
import { presentRegionDetail, presentRegionSummary } from "./region.presenter.ts";
import { findRegion, listRegions, regionBoundaries, seniorJobTotals } from "./region.repository.ts";
import { ZRegionCodeParam, ZRegionDetail, ZRegionListQuery, ZRegionSummary } from "./region.schema.ts";

const REGION = { ko: "지역", en: "Region" };

const list = createRoute({
  method: "get",
  path: "/regions",
  tags: ["regions"],
  summary: "List 시도 and 시군구 with their population",
  request: { query: ZRegionListQuery },
  responses: {
    200: jsonResponse(z.object({ items: z.array(ZRegionSummary) }), "Regions"),
    400: errorResponses[400],
  },
});

const detail = createRoute({
  method: "get",
  path: "/regions/{code}",
  tags: ["regions"],
  summary: "A region with its demographic figures",
  request: { params: ZRegionCodeParam },
  responses: { 200: jsonResponse(ZRegionDetail, "Region"), ...errorResponses },
});

const ZFeatureCollection = z
  .object({
    type: z.literal("FeatureCollection"),
    features: z.array(z.looseObject({ type: z.literal("Feature") })),
  })
  .meta({ id: "GeoJsonFeatureCollection" });

const boundary = createRoute({
  method: "get",
  path: "/regions/{code}/boundary",
  tags: ["regions"],
  summary: "GeoJSON boundary of a region, or of its 시군구 with ?children=true",
  request: { params: ZRegionCodeParam, query: z.object({ children: z.enum(["true", "false"]).optional() }) },
  responses: { 200: jsonResponse(ZFeatureCollection, "GeoJSON"), ...errorResponses },
});

export const regionRoutes = createRouter()
  .openapi(list, async (c) => {
    const { db } = c.get("deps");
    const rows = await listRegions(db, c.req.valid("query"));
    return c.json({ items: rows.map(presentRegionSummary) }, 200);
  })
  .openapi(detail, async (c) => {
    const { db } = c.get("deps");
    const { code } = c.req.valid("param");
    const region = await findRegion(db, code);
    if (!region) throw notFound(REGION, code);
    const children = region.region.level === "sido" ? await listRegions(db, { parent: code }) : [];
    return c.json(presentRegionDetail(region, children, await seniorJobTotals(db, code)), 200);
  })
  .openapi(boundary, async (c) => {
    const { db } = c.get("deps");
    const { code } = c.req.valid("param");
    const rows = await regionBoundaries(
      db,
      c.req.valid("query").children === "true" ? { parent: code } : { code },
    );
    if (rows.length === 0) throw notFound(REGION, code);
    c.header("Cache-Control", "public, max-age=86400");
    return c.json(
      {
        type: "FeatureCollection" as const,
        features: rows.map((r) => ({
          type: "Feature" as const,
          properties: { code: r.code, nameKo: r.nameKo, nameEn: r.nameEn },
          geometry: r.boundary,
        })),
      },
      200,
    );
  });
