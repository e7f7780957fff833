import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import type { AppEnv } from "./router.ts";

/** The built React app (web/dist), with index.html for every client-side route. */
export const webDistDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../web/dist");

export function webAppRoutes() {
  const app = new Hono<AppEnv>();
  const root = path.relative(process.cwd(), webDistDir) || ".";
  app.use(
    "/assets/*",
    serveStatic({
      root,
      onFound: (_p, c) => c.header("Cache-Control", "public, max-age=31536000, immutable"),
    }),
  );
  app.use("/fonts/*", serveStatic({ root }));
  app.get("/favicon.svg", serveStatic({ root }));
  app.get("*", (c) => {
    const index = path.join(webDistDir, "index.html");
    if (!fs.existsSync(index)) {
      return c.text(
        "The web app is not built yet: run `npm run build:web` (npm start does this for you).",
        503,
      );
    }
    return c.html(fs.readFileSync(index, "utf8"));
  });
  return app;
}
