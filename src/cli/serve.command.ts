import type { Command } from "commander";
import { readConfig } from "../config.ts";
import { startServer } from "../server/serve.ts";

export function registerServeCommand(program: Command) {
  program
    .command("serve")
    .description(
      "Run the platform: migrate, seed on first start, serve the API and web app (PORT, DATABASE_URL, MAEUL_DATA_DIR)",
    )
    .option("--no-seed", "do not seed regions and demo data on start")
    .action(async (options: { seed: boolean }) => {
      await startServer(readConfig(), { seed: options.seed });
      // Keep running until SIGINT/SIGTERM.
      await new Promise(() => {});
    });
}
