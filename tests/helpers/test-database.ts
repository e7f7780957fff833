import { randomBytes } from "node:crypto";
import pg from "pg";
import { type Database, type DbKind, openDatabase } from "../../src/db/client.ts";
import { migrateDatabase } from "../../src/db/migrate.ts";

/**
 * Real databases for integration tests: an in-memory PGlite, and a fresh database on the
 * PostgreSQL server at MAEUL_TEST_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres),
 * dropped afterwards. No fakes.
 */
export const POSTGRES_ADMIN_URL =
  process.env.MAEUL_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** CI sets MAEUL_REQUIRE_POSTGRES=1 so that an unreachable server fails the run instead of skipping. */
const requirePostgres = process.env.MAEUL_REQUIRE_POSTGRES === "1";

let postgresReachable: boolean | undefined;

async function isPostgresReachable(): Promise<boolean> {
  if (postgresReachable !== undefined) return postgresReachable;
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("select 1");
    postgresReachable = true;
  } catch (error) {
    if (requirePostgres) {
      throw new Error(
        `MAEUL_REQUIRE_POSTGRES=1 but PostgreSQL is unreachable at ${POSTGRES_ADMIN_URL}: ${(error as Error).message}`,
      );
    }
    console.warn(`PostgreSQL tests skipped: ${POSTGRES_ADMIN_URL} unreachable (${(error as Error).message})`);
    postgresReachable = false;
  } finally {
    await client.end().catch(() => {});
  }
  return postgresReachable;
}

/** The database kinds to run integration suites against (top-level await in test files). */
export async function testDatabaseKinds(): Promise<DbKind[]> {
  return (await isPostgresReachable()) ? ["pglite", "postgres"] : ["pglite"];
}

export interface TestDatabase extends Database {
  dispose(): Promise<void>;
}

export async function createTestDatabase(kind: DbKind): Promise<TestDatabase> {
  if (kind === "pglite") {
    const database = await openDatabase({});
    await migrateDatabase(database);
    return { ...database, dispose: () => database.close() };
  }
  const name = `maeul_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  await migrateDatabase(database);
  return {
    ...database,
    dispose: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
