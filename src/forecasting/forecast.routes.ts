import { createRoute } from "@hono/zod-openapi";
import { requirePermission } from "../access/require-permission.ts";
import { createRouter, errorResponses, jsonResponse } from "../server/router.ts";
import {
  ZForecastCompareQuery,
  ZForecastSummary,
  ZForecastSummaryQuery,
  ZRegionComparison,
  ZRegionForecast,
  ZRegionForecastParam,
  ZRegionForecastQuery,
} from "./forecast.schema.ts";
import { forecastRegionDemand } from "./forecast-region-demand.ts";
import { compareRegions, forecastSummary } from "./forecast-summary.ts";

/**
 * Demand forecasts: public reads (use-case forecasts.read). They are aggregates per district and
 * month with no personal data, the same kind of figure as the public region statistics, and the
 * point of them is that residents, councils and ministries can see where work will be needed.
 */
const tags = ["forecasts"];

const region = createRoute({
  middleware: [requirePermission("forecasts.read")] as const,
  method: "get",
  path: "/forecasts/regions/{code}",
  tags,
  summary: "A 시군구's demand per work category: monthly history and forecast with 80%/95% intervals",
  request: { params: ZRegionForecastParam, query: ZRegionForecastQuery },
  responses: { 200: jsonResponse(ZRegionForecast, "History and forecast per category"), ...errorResponses },
});

const summary = createRoute({
  middleware: [requirePermission("forecasts.read")] as const,
  method: "get",
  path: "/forecasts/summary",
  tags,
  summary: "Per region: forecast demand, hours covered by open work items and the gap (for the map)",
  request: { query: ZForecastSummaryQuery },
  responses: { 200: jsonResponse(ZForecastSummary, "Forecast gap per region"), ...errorResponses },
});

const compare = createRoute({
  middleware: [requirePermission("forecasts.read")] as const,
  method: "get",
  path: "/forecasts/compare",
  tags,
  summary: "Pilot districts side by side: forecast, covered, gap and growth per category",
  request: { query: ZForecastCompareQuery },
  responses: { 200: jsonResponse(ZRegionComparison, "Comparison"), ...errorResponses },
});

export const forecastRoutes = createRouter()
  .openapi(region, async (c) => {
    const { db, now } = c.get("deps");
    const { code } = c.req.valid("param");
    const { horizon } = c.req.valid("query");
    return c.json(await forecastRegionDemand(db, code, { horizon, now: now() }), 200);
  })
  .openapi(summary, async (c) => {
    const { db, now } = c.get("deps");
    const { level, sido, horizon, reconciliation } = c.req.valid("query");
    return c.json(await forecastSummary(db, { level, sido, reconciliation }, { horizon, now: now() }), 200);
  })
  .openapi(compare, async (c) => {
    const { db, now } = c.get("deps");
    const { regions, horizon } = c.req.valid("query");
    return c.json(await compareRegions(db, regions, { horizon, now: now() }), 200);
  });
