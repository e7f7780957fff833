import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { createRoute } from "@hono/zod-openapi";
import type { MultiPolygon, Polygon } from "geojson";
import { requirePermission } from "../access/require-permission.ts";
import type { Db } from "../db/client.ts";
import { createRouter, errorResponses, jsonResponse } from "../server/router.ts";
import { notFound } from "../shared/errors.ts";
import { boundaryTopology, COUNTRY_DETAIL, SIDO_DETAIL } from "./domain/boundary-topology.ts";
import { boundaryFingerprint, sigunguBoundaries } from "./region-map.repository.ts";
import { ZRegionMapQuery, ZSigunguTopology } from "./region-map.schema.ts";

/**
 * The 시군구 map as TopoJSON, for the forecast-gap map of the web app (no tile server: the
 * boundaries are the ones seeded into `regions`). Public, like the boundaries themselves.
 *
 * Building the topology takes a few hundred milliseconds, so each answer is built once per
 * database and state of the boundaries, kept as text and gzip, and sent with a weak ETag (the
 * same map whatever the encoding): a browser that has it gets 304 and nothing else.
 */
interface BuiltMap {
  json: string;
  gzip: Uint8Array<ArrayBuffer>;
  etag: string;
}

/** Per database, per 시도 ("" for the country): the map built for one state of the boundaries. */
const built = new WeakMap<Db, Map<string, { fingerprint: string; map: Promise<BuiltMap | null> }>>();

async function buildMap(db: Db, sido: string | undefined): Promise<BuiltMap | null> {
  const rows = await sigunguBoundaries(db, sido);
  if (rows.length === 0) return null;
  const topology = boundaryTopology(
    rows.map((r) => ({
      code: r.code,
      nameKo: r.nameKo,
      nameEn: r.nameEn,
      geometry: r.boundary as Polygon | MultiPolygon,
    })),
    sido ? SIDO_DETAIL : COUNTRY_DETAIL,
  );
  const json = JSON.stringify(topology);
  const digest = createHash("sha256").update(json).digest("base64url").slice(0, 22);
  return { json, gzip: new Uint8Array(gzipSync(json)), etag: `W/"${digest}"` };
}

async function mapFor(db: Db, sido: string | undefined): Promise<BuiltMap | null> {
  const fingerprint = await boundaryFingerprint(db);
  const maps = built.get(db) ?? new Map();
  built.set(db, maps);
  const key = sido ?? "";
  const cached = maps.get(key);
  if (cached?.fingerprint === fingerprint) return cached.map;
  const map = buildMap(db, sido);
  maps.set(key, { fingerprint, map });
  map.catch(() => maps.delete(key));
  return map;
}

/** If-None-Match lists the ETag (weak comparison, RFC 9110 §13.1.2), or is "*". */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

/** Whether Accept-Encoding admits gzip (a q of 0 refuses it). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(",").some((part) => {
    const [coding, ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    if (coding !== "gzip" && coding !== "*") return false;
    const q = params.find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

const SIDO = { ko: "시도", en: "시도 (province)" };

const sigunguMap = createRoute({
  middleware: [requirePermission("regions.read")] as const,
  method: "get",
  path: "/regions/map/sigungu",
  tags: ["regions"],
  summary: "The 시군구 boundaries as TopoJSON for a map: all of Korea, or one 시도 (?sido=11) in more detail",
  request: { query: ZRegionMapQuery },
  responses: {
    200: jsonResponse(ZSigunguTopology, "TopoJSON; ETag and Cache-Control set, gzip when accepted"),
    304: { description: "Not modified (If-None-Match matched the ETag)" },
    ...errorResponses,
  },
});

export const regionMapRoutes = createRouter().openapi(sigunguMap, async (c) => {
  const { db } = c.get("deps");
  const { sido } = c.req.valid("query");
  const map = await mapFor(db, sido);
  if (!map) throw notFound(SIDO, sido ?? "");
  const headers: Record<string, string> = {
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": "public, max-age=3600, stale-while-revalidate=86400",
    ETag: map.etag,
    Vary: "Accept-Encoding",
  };
  if (matchesEtag(c.req.header("If-None-Match"), map.etag)) return c.body(null, 304, headers);
  if (acceptsGzip(c.req.header("Accept-Encoding"))) {
    return c.body(map.gzip, 200, { ...headers, "Content-Encoding": "gzip" });
  }
  return c.body(map.json, 200, headers);
});
