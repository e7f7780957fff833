import os from "node:os";
import { type Command, InvalidArgumentError, Option } from "commander";
import { readConfig } from "../config.ts";
import { startServer } from "../server/serve.ts";
import { MAX_WORKERS, serveWithWorkers } from "../server/serve-workers.ts";
import { wholeNumberOption } from "./cli-support.ts";

const wholeWorkers = wholeNumberOption(MAX_WORKERS);

/** `--workers n | auto` (and MAEUL_WORKERS): `auto` is one per core the process may use, at most MAX_WORKERS. */
export function workersOption(value: string): number {
  if (value.trim().toLowerCase() === "auto") return Math.min(os.availableParallelism(), MAX_WORKERS);
  try {
    return wholeWorkers(value);
  } catch {
    throw new InvalidArgumentError(`a whole number from 1 to ${MAX_WORKERS}, or "auto"`);
  }
}

export function registerServeCommand(program: Command) {
  program
    .command("serve")
    .description(
      "Run the platform: migrate, seed on first start, serve the API and web app (PORT, DATABASE_URL, MAEUL_DATA_DIR)",
    )
    .option("--no-seed", "do not seed regions and demo data on start")
    .addOption(
      new Option(
        "--workers <n>",
        `processes serving requests: 1 to ${MAX_WORKERS}, or "auto" (one per core); more than 1 needs DATABASE_URL`,
      )
        .env("MAEUL_WORKERS")
        .argParser(workersOption)
        .default(1),
    )
    .action(async (options: { seed: boolean; workers: number }) => {
      const config = readConfig();
      // One process is today's server exactly: no cluster, no primary.
      if (options.workers === 1) await startServer(config, { seed: options.seed });
      else await serveWithWorkers(config, { workers: options.workers, seed: options.seed });
      // Keep running until SIGINT/SIGTERM.
      await new Promise(() => {});
    });
}
