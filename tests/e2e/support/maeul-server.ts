import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * Starts the real platform the way a user does (`maeul serve` on embedded PGlite, in a fresh data
 * directory), after making sure the web app is built. Returns its URL and a stop function.
 */
export async function startMaeulServer(): Promise<{
  url: string;
  dataDir: string;
  stop: () => Promise<void>;
}> {
  execFileSync(process.execPath, ["scripts/ensure-web-build.mjs"], { stdio: "inherit" });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "maeul-e2e-"));
  const port = await freePort();
  const child = spawn(process.execPath, ["bin/maeul.mjs", "serve"], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", MAEUL_DATA_DIR: dataDir, DATABASE_URL: "" },
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
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
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
