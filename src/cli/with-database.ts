import { readConfig } from "../config.ts";
import { type Database, openDatabase } from "../db/client.ts";
import { migrateDatabase } from "../db/migrate.ts";

/** Opens the configured database (migrated), runs `work`, and always closes it. */
export async function withDatabase<T>(
  work: (database: Database) => Promise<T>,
  options: { migrate?: boolean } = {},
): Promise<T> {
  const config = readConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    if (options.migrate !== false) await migrateDatabase(database);
    return await work(database);
  } finally {
    await database.close();
  }
}
