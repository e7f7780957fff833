import path from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const webDir = path.dirname(fileURLToPath(import.meta.url));
const repoDir = path.resolve(webDir, "..");

/**
 * The web app: built from web/ into web/dist, which the API server serves (src/server/web-app.ts).
 * Fonts come from the pretendard-gov package through CSS url()s, so Vite copies them into
 * dist/assets; nothing is loaded from a CDN. In development, /api goes to a running server.
 */
export default defineConfig({
  root: webDir,
  base: "/",
  plugins: [react()],
  resolve: {
    alias: {
      "@pretendard": path.join(repoDir, "node_modules/pretendard-gov/dist/web/static/woff2-subset"),
      "@krds": path.join(repoDir, "node_modules/krds-uiux/resources/css"),
    },
  },
  build: {
    outDir: path.join(webDir, "dist"),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: {
    port: 5173,
    fs: { allow: [repoDir] },
    proxy: { "/api": "http://localhost:3000" },
  },
});
