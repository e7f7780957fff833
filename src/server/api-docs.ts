import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { Hono } from "hono";
import type { AppEnv } from "./router.ts";

/**
 * The API docs page at /api/docs: Swagger UI served from the swagger-ui-dist package on this
 * server (no CDN; Maeul must work on a closed network), reading /api/openapi.json.
 */
const require = createRequire(import.meta.url);
const swaggerDir = path.dirname(require.resolve("swagger-ui-dist/package.json"));
const fontFile = path.join(
  path.dirname(require.resolve("pretendard-gov/package.json")),
  "dist/web/static/woff2-subset/PretendardGOV-Regular.subset.woff2",
);
const ASSETS: Record<string, { file: string; type: string }> = {
  "swagger-ui.css": { file: path.join(swaggerDir, "swagger-ui.css"), type: "text/css; charset=utf-8" },
  "swagger-ui-bundle.js": {
    file: path.join(swaggerDir, "swagger-ui-bundle.js"),
    type: "text/javascript; charset=utf-8",
  },
  // Korean summaries need a Hangul font even where the machine has none installed.
  "pretendard-gov.woff2": { file: fontFile, type: "font/woff2" },
};

const PAGE = `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>마을 API 문서 (Maeul API)</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
<style>
@font-face { font-family: "Pretendard GOV"; src: url("/api/docs/pretendard-gov.woff2") format("woff2"); }
.swagger-ui, .swagger-ui .info .title, .swagger-ui .opblock-tag, .swagger-ui .opblock .opblock-summary-description,
.swagger-ui table, .swagger-ui .markdown p { font-family: "Pretendard GOV", sans-serif; }
</style>
</head>
<body>
<div id="swagger-ui"></div>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body>
</html>`;

const INIT = `window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#swagger-ui", deepLinking: true });`;

export const apiDocsRoutes = new Hono<AppEnv>()
  .get("/docs", (c) => c.html(PAGE))
  .get("/docs/init.js", (c) => c.body(INIT, 200, { "Content-Type": "text/javascript; charset=utf-8" }))
  .get("/docs/:asset", async (c) => {
    const asset = c.req.param("asset");
    const found = ASSETS[asset];
    if (!found) return c.notFound();
    const body = await fs.readFile(found.file);
    return c.body(body, 200, { "Content-Type": found.type, "Cache-Control": "public, max-age=86400" });
  });
