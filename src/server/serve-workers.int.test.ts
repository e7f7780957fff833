import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POSTGRES_ADMIN_URL, testDatabaseKinds } from "../../tests/helpers/test-database.ts";
import { TEST_DATA_KEY_ENV } from "../../tests/helpers/test-keys.ts";
import { nextRestart, RESTART_POLICY } from "./serve-workers.ts";

/**
 * `maeul serve --workers n` as a user runs it: the real CLI in a child process (bin/maeul.mjs),
 * its workers forked by node:cluster, on a fresh PostgreSQL database.
 */

const READY = /마을 Maeul is running at http:\/\/localhost:(\d+) \((\d+) workers, ready in [\d.]+ s\)/;

/** The CLI in a child process, its stdout and stderr collected together as a user sees them. */
function runMaeul(args: string[], env: Record<string, string | undefined>) {
  const child = spawn(process.execPath, ["bin/maeul.mjs", ...args], {
    env: { ...process.env, MAEUL_WORKERS: undefined, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr.on("data", (chunk) => {
    output += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, exited, output: () => output };
}

async function waitUntil<T>(what: string, check: () => T | undefined | false, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The forked workers: the primary's child processes running the CLI (tsx also starts esbuild). */
function workerPids(primary: ChildProcess): number[] {
  let listing = "";
  try {
    listing = execFileSync("ps", ["--ppid", String(primary.pid), "-o", "pid=,args="], { encoding: "utf8" });
  } catch {
    return []; // ps exits 1 when there are none
  }
  return listing
    .split("\n")
    .filter((line) => line.includes("bin/maeul.mjs"))
    .map((line) => Number(line.trim().split(/\s+/)[0]))
    .sort((a, b) => a - b);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A fresh connection per request (no keep-alive), so that requests are spread over the workers. */
function getStatus(port: number, pathname: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: "127.0.0.1", port, path: pathname, agent: false }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    request.on("error", reject);
    request.setTimeout(10_000, () => request.destroy(new Error(`GET ${pathname} timed out`)));
  });
}

async function healthStatuses(port: number, count: number): Promise<number[]> {
  return Promise.all(Array.from({ length: count }, () => getStatus(port, "/api/health")));
}

async function adminQuery(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

describe("maeul serve --workers: what is refused", () => {
  // Set so that nothing could be opened by mistake; the refusals must come before that.
  const dataDir = path.join(os.tmpdir(), `maeul-workers-refused-${randomBytes(4).toString("hex")}`);
  const embedded = { DATABASE_URL: "", MAEUL_DATA_DIR: dataDir, PORT: "0" };

  it("refuses several workers on embedded PGlite, before opening the database", async () => {
    const run = runMaeul(["serve", "--workers", "2", "--no-seed"], embedded);
    const { code } = await run.exited;
    expect(code, run.output()).not.toBe(0);
    expect(run.output()).toContain("PGlite (the embedded database) is a single-process database");
    expect(run.output()).toContain("Set DATABASE_URL to a PostgreSQL server");
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it("refuses a count that is not 1 to 64 or auto, naming the option or its variable", async () => {
    const runs = [
      { run: runMaeul(["serve", "--workers", "0"], embedded), says: "option '--workers <n>' argument '0'" },
      {
        run: runMaeul(["serve", "--workers", "abc"], embedded),
        says: "option '--workers <n>' argument 'abc'",
      },
      {
        run: runMaeul(["serve"], { ...embedded, MAEUL_WORKERS: "65" }),
        says: "value '65' from env 'MAEUL_WORKERS'",
      },
      // The option wins over the variable: the bad MAEUL_WORKERS is not even read.
      {
        run: runMaeul(["serve", "--workers", "2"], { ...embedded, MAEUL_WORKERS: "abc" }),
        says: "single-process database",
      },
    ];
    for (const { run, says } of runs) {
      const { code } = await run.exited;
      expect(code, run.output()).toBe(1);
      expect(run.output()).toContain(says);
    }
    for (const { run } of runs.slice(0, 3)) expect(run.output()).toContain('from 1 to 64, or "auto"');
    expect(fs.existsSync(dataDir)).toBe(false);
  });
});

describe("maeul serve --workers: restarting a worker (policy)", () => {
  it("restarts at once, then backs off while deaths come quickly, and gives up at the fifth", () => {
    const quick = RESTART_POLICY.quickMs - 1;
    expect(nextRestart(0, quick)).toEqual({ quickDeaths: 1, delayMs: 0 });
    expect(nextRestart(1, quick)).toEqual({ quickDeaths: 2, delayMs: 1_000 });
    expect(nextRestart(2, quick)).toEqual({ quickDeaths: 3, delayMs: 2_000 });
    expect(nextRestart(3, quick)).toEqual({ quickDeaths: 4, delayMs: 4_000 });
    expect(nextRestart(4, quick)).toBeNull();
    // A worker that lived long enough starts again at once, its count cleared.
    expect(nextRestart(4, RESTART_POLICY.quickMs)).toEqual({ quickDeaths: 0, delayMs: 0 });
  });
});

const postgres = (await testDatabaseKinds()).includes("postgres");

describe.skipIf(!postgres)("maeul serve --workers 2 on PostgreSQL", () => {
  const name = `maeul_tmp_${randomBytes(6).toString("hex")}`;
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  const env = {
    DATABASE_URL: url.toString(),
    MAEUL_DATA_KEY: TEST_DATA_KEY_ENV,
    MAEUL_DATA_DIR: path.join(os.tmpdir(), `maeul-workers-${name}`),
    PORT: "0",
    HOST: "127.0.0.1",
  };
  const started: ReturnType<typeof runMaeul>[] = [];

  beforeAll(async () => {
    await adminQuery(`create database ${name}`);
  });
  afterAll(async () => {
    // A failed test must not leave a server behind (its workers end with it: node:cluster).
    for (const run of started) if (run.child.exitCode === null) run.child.kill("SIGKILL");
    await Promise.all(started.map((run) => run.exited));
    await adminQuery(`drop database if exists ${name} with (force)`);
  });

  const serve = () => {
    const run = runMaeul(["serve", "--workers", "2", "--no-seed"], env);
    started.push(run);
    return run;
  };
  const ready = (run: ReturnType<typeof runMaeul>) =>
    waitUntil(
      "the ready line",
      () => {
        if (run.child.exitCode !== null) throw new Error(`serve exited:\n${run.output()}`);
        return READY.exec(run.output()) ?? undefined;
      },
      40_000,
    );

  it("serves from two workers, replaces one that is killed, and stops on SIGTERM", async () => {
    const run = serve();
    const [, port, workers] = await ready(run);
    expect(workers).toBe("2");
    expect(Number(port)).toBeGreaterThan(0);
    // The one-time steps ran once, in the primary.
    expect(run.output().match(/database PostgreSQL \(DATABASE_URL\)/g)).toHaveLength(1);

    const first = workerPids(run.child);
    expect(first).toHaveLength(2);
    expect(await healthStatuses(Number(port), 30)).toEqual(Array(30).fill(200));

    const killed = first[0]!;
    process.kill(killed, "SIGKILL");
    await waitUntil(
      "the primary to see the death",
      () => run.output().includes(`(pid ${killed}) exited`),
      10_000,
    );
    // The other worker answers meanwhile.
    expect(await healthStatuses(Number(port), 10)).toEqual(Array(10).fill(200));
    await waitUntil("a replacement worker", () => run.output().includes("is serving again"), 30_000);
    const second = workerPids(run.child);
    expect(second).toHaveLength(2);
    expect(second).not.toContain(killed);
    expect(second).toContain(first[1]);
    expect(await healthStatuses(Number(port), 30)).toEqual(Array(30).fill(200));

    const stopAsked = Date.now();
    run.child.kill("SIGTERM");
    const { code, signal } = await run.exited;
    expect({ code, signal }, run.output()).toEqual({ code: 0, signal: null });
    expect(Date.now() - stopAsked).toBeLessThan(15_000);
    // Each worker went through its graceful stop (not just cut off when the primary left).
    expect(run.output().match(/\[worker \d\] stopped/g)).toHaveLength(2);
    expect(second.filter(isAlive)).toEqual([]);
  });

  it("gives up and exits non-zero when a worker keeps dying as soon as it starts", async () => {
    const run = serve();
    await ready(run);
    const [victim, survivor] = workerPids(run.child);
    const killed = new Set<number>([victim!]);
    process.kill(victim!, "SIGKILL");
    // Kill every replacement of the first worker as soon as it appears: quick deaths in a row.
    const killer = setInterval(() => {
      for (const pid of workerPids(run.child)) {
        if (pid === survivor || killed.has(pid)) continue;
        killed.add(pid);
        process.kill(pid, "SIGKILL");
      }
    }, 50);
    try {
      const { code } = await run.exited;
      expect(code, run.output()).toBe(1);
    } finally {
      clearInterval(killer);
    }
    expect(run.output()).toContain(`${RESTART_POLICY.maxQuickDeaths} times in a row`);
    expect(run.output()).toContain("giving up");
    expect(killed.size).toBeGreaterThanOrEqual(RESTART_POLICY.maxQuickDeaths);
    expect(isAlive(survivor!)).toBe(false);
  });
});
