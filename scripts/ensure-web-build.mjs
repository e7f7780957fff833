#!/usr/bin/env node
// Run by `npm start` before the server: builds the web app (vite build --config web/vite.config.ts)
// only when web/dist/index.html is missing or older than any source it is built from (web/src,
// web/public, web/index.html, web/vite.config.ts, and src/, whose shared vocabularies and types
// the web app imports). Prints what it decided and why.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const rel = (p) => path.relative(root, p) || ".";
const distIndex = path.join(root, "web/dist/index.html");
const SOURCES = [
  "web/src",
  "web/public",
  "web/index.html",
  "web/vite.config.ts",
  "src",
  "package-lock.json",
].map((p) => path.join(root, p));
const SKIP_DIRS = new Set(["node_modules", "dist", ".git"]);

/** The most recently modified file under `entry` (a file or a directory), or null. */
function newestFile(entry) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return null;
  }
  if (!stat.isDirectory()) return { file: entry, mtimeMs: stat.mtimeMs };
  let newest = null;
  for (const dirent of fs.readdirSync(entry, { withFileTypes: true })) {
    if (dirent.isDirectory() && SKIP_DIRS.has(dirent.name)) continue;
    const found = newestFile(path.join(entry, dirent.name));
    if (found && (!newest || found.mtimeMs > newest.mtimeMs)) newest = found;
  }
  return newest;
}

function reasonToBuild() {
  if (!fs.existsSync(distIndex)) return `${rel(distIndex)} is missing`;
  const builtAt = fs.statSync(distIndex).mtimeMs;
  let newest = null;
  for (const source of SOURCES) {
    const found = newestFile(source);
    if (found && (!newest || found.mtimeMs > newest.mtimeMs)) newest = found;
  }
  if (newest && newest.mtimeMs > builtAt) return `${rel(newest.file)} changed after the last build`;
  return null;
}

const reason = reasonToBuild();
if (!reason) {
  console.log(`web: ${rel(distIndex)} is up to date; not rebuilding.`);
  process.exit(0);
}

const viteBin = path.join(root, "node_modules/vite/bin/vite.js");
if (!fs.existsSync(viteBin)) {
  const built = fs.existsSync(distIndex);
  console[built ? "warn" : "error"](
    `web: ${reason}, but vite is not installed (devDependencies missing): ${built ? "serving the existing build." : "run `npm install` and `npm run build:web`."}`,
  );
  process.exit(built ? 0 : 1);
}

console.log(`web: ${reason}; building with vite build --config web/vite.config.ts …`);
const started = Date.now();
const result = spawnSync(process.execPath, [viteBin, "build", "--config", "web/vite.config.ts"], {
  cwd: root,
  stdio: "inherit",
  // What npm start serves is the production bundle, even when called from a test run (NODE_ENV=test).
  env: { ...process.env, NODE_ENV: "production" },
});
if (result.status !== 0) {
  console.error(`web: the build failed (exit ${result.status ?? result.signal}).`);
  process.exit(result.status ?? 1);
}
console.log(`web: built ${rel(path.dirname(distIndex))} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
