import type { Command } from "commander";
import { migrateDatabase } from "../db/migrate.ts";
import { seedDatabase } from "../db/seed-database.ts";
import { regionsOption } from "./cli-support.ts";
import { withDatabase } from "./with-database.ts";

export function registerDbCommands(program: Command) {
  const db = program.command("db").description("Database: migrations and seed data");

  db.command("migrate")
    .description("Apply the versioned, forward-only SQL migrations (embedded PGlite, or DATABASE_URL)")
    .action(async () => {
      await withDatabase(
        async (database) => {
          await migrateDatabase(database);
          console.log(`migrations applied (${database.kind})`);
        },
        { migrate: false },
      );
    });

  db.command("seed")
    .description(
      "Load real regions, programs and 2022 senior-job projects, and the synthetic demo population",
    )
    .option(
      "--regions <which>",
      'demo districts: "pilot" (the ten pilot districts), "all" (every 시군구), or comma-separated 5-digit codes',
      regionsOption,
      "pilot",
    )
    .option("--no-demo", "load only the real data, no synthetic demo population")
    .action(async (options: { regions: "pilot" | "all" | string[]; demo: boolean }) => {
      await withDatabase(async (database) => {
        const result = await seedDatabase(database.db, {
          regions: options.regions,
          demo: options.demo,
          log: (line) => console.log(line),
        });
        console.log(
          `seed complete (${database.kind}); demo districts: ${options.demo ? result.demoRegions.length : 0}`,
        );
      });
    });
}
