import { type Command, InvalidArgumentError } from "commander";
import { migrateDatabase } from "../db/migrate.ts";
import { seedDatabase } from "../db/seed-database.ts";
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
      parseRegionsOption,
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

function parseRegionsOption(value: string): "pilot" | "all" | string[] {
  if (value === "pilot" || value === "all") return value;
  const codes = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (codes.length === 0 || codes.some((c) => !/^\d{5}$/.test(c))) {
    throw new InvalidArgumentError(
      'use "pilot", "all" or comma-separated 5-digit 시군구 codes, e.g. 11620,41630',
    );
  }
  return codes;
}
