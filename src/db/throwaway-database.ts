import { randomBytes } from "node:crypto";
import pg from "pg";
import { type Database, type DbKind, openDatabase } from "./client.ts";
import { migrateDatabase } from "./migrate.ts";

/**
 * A migrated database that lives only as long as a test file or a benchmark: an in-memory PGlite,
 * or a new database on the PostgreSQL server at `adminUrl`, dropped by dispose().
 */
export const DEFAULT_POSTGRES_ADMIN_URL =
  process.env.MAEUL_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export interface ThrowawayDatabase extends Database {
  dispose(): Promise<void>;
}

export async function createThrowawayDatabase(
  kind: DbKind,
  adminUrl = DEFAULT_POSTGRES_ADMIN_URL,
): Promise<ThrowawayDatabase> {
  if (kind === "pglite") {
    const database = await openDatabase({});
    await migrateDatabase(database);
    return { ...database, dispose: () => database.close() };
  }
  const name = `maeul_tmp_${randomBytes(6).toString("hex")}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  await migrateDatabase(database);
  return {
    ...database,
    dispose: async () => {
      await database.close();
      // pool.end() resolves before every socket has closed; dropping "with (force)" at once would
      // kill the stragglers, whose errors then surface as uncaught. Wait for them to go first.
      await waitForNoConnections(adminUrl, name);
      await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

/** Whether a PostgreSQL server answers at `adminUrl`; the error when it does not. */
export async function probePostgres(adminUrl = DEFAULT_POSTGRES_ADMIN_URL): Promise<Error | null> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("select 1");
    return null;
  } catch (error) {
    return error as Error;
  } finally {
    await client.end().catch(() => {});
  }
}

async function waitForNoConnections(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      const { rows } = await client.query<{ n: number }>(
        "select count(*)::int as n from pg_stat_activity where datname = $1",
        [database],
      );
      if (rows[0]?.n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await client.end();
  }
}

async function adminQuery(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
