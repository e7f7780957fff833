import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { DemoAccountListing } from "../../../src/cli/demo.commands.ts";

export type DemoAccount = DemoAccountListing;

/**
 * Starts the real platform the way a user does (`maeul serve` on embedded PGlite, in a fresh data
 * directory), after making sure the web app is built. Returns its URL and a stop function.
 *
 * With `demoAccounts`, the data directory is seeded first (`maeul db seed`) and the demo accounts
 * are read with `maeul demo accounts --json` before the server starts: embedded PGlite admits one
 * process at a time, so the CLI cannot read the directory while `serve` holds it. `serve` then
 * finds every seed step done.
 *
 * Seeding the ten pilot districts takes a while, so it happens once per run of the sources: the
 * seeded directory is kept as a template (named by a digest of src/, data/ and migrations/) and
 * each server gets a copy of it, pristine and its own.
 */
export async function startMaeulServer(options: { demoAccounts?: boolean } = {}): Promise<{
  url: string;
  dataDir: string;
  demoAccounts: DemoAccount[];
  stop: () => Promise<void>;
}> {
  // The production bundle, as users get it (vitest sets NODE_ENV=test, which would make Vite
  // bundle React's development build).
  execFileSync(process.execPath, ["scripts/ensure-web-build.mjs"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  const template = seededTemplate();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "maeul-e2e-"));
  fs.cpSync(template.dir, dataDir, { recursive: true });
  const env = { ...process.env, HOST: "127.0.0.1", MAEUL_DATA_DIR: dataDir, DATABASE_URL: "" };
  const demoAccounts = options.demoAccounts ? template.accounts : [];
  const port = await freePort();
  const child = spawn(process.execPath, ["bin/maeul.mjs", "serve"], {
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  await waitFor(
    () => output.includes("is running at"),
    150_000,
    () => `server did not start:\n${output}`,
    child,
  );
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    demoAccounts,
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A seeded data directory for the current sources, made on first use. */
function seededTemplate(): { dir: string; accounts: DemoAccount[] } {
  // The month is part of the name: stored forecasts are as of the last complete month.
  const month = new Date().toISOString().slice(0, 7);
  const dir = path.join(os.tmpdir(), `maeul-e2e-seeded-${sourceDigest()}-${month}`);
  const accountsFile = `${dir}.accounts.json`;
  if (!fs.existsSync(accountsFile)) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir);
    const env = { ...process.env, MAEUL_DATA_DIR: dir, DATABASE_URL: "" };
    execFileSync(process.execPath, ["bin/maeul.mjs", "db", "seed"], { env, stdio: "ignore" });
    // The demand forecasts of every district, stored as the server's background job would store
    // them: each server started from this copy then finds the job done instead of fitting 2,250
    // series while the browser is being tested.
    execFileSync(process.execPath, ["bin/maeul.mjs", "forecast", "refresh"], { env, stdio: "ignore" });
    const listing = execFileSync(process.execPath, ["bin/maeul.mjs", "demo", "accounts", "--json"], { env });
    // Written last: its presence says the template is complete.
    fs.writeFileSync(accountsFile, listing);
  }
  return { dir, accounts: JSON.parse(fs.readFileSync(accountsFile, "utf8")) as DemoAccount[] };
}

/** What the seeded database depends on: the code, the data files and the migrations. */
function sourceDigest(): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const entry of fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        hash.update(full);
        hash.update(fs.readFileSync(full));
      }
    }
  };
  for (const dir of ["src", "data", "migrations"]) walk(dir);
  return hash.digest("hex").slice(0, 16);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function waitFor(done: () => boolean, timeoutMs: number, message: () => string, child: ChildProcess) {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (child.exitCode !== null) throw new Error(message());
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(message());
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
