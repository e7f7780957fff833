import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { type DbKind, openDatabase } from "../../src/db/client.ts";
import {
  createThrowawayDatabase,
  DEFAULT_POSTGRES_ADMIN_URL,
  probePostgres,
  type ThrowawayDatabase,
} from "../../src/db/throwaway-database.ts";
import { applyTestFieldKeys } from "./test-keys.ts";

/**
 * Real databases for integration tests: an in-memory PGlite, and a fresh database on the
 * PostgreSQL server at MAEUL_TEST_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres),
 * dropped afterwards. No fakes.
 */
export const POSTGRES_ADMIN_URL = DEFAULT_POSTGRES_ADMIN_URL;

/** CI sets MAEUL_REQUIRE_POSTGRES=1 so that an unreachable server fails the run instead of skipping. */
const requirePostgres = process.env.MAEUL_REQUIRE_POSTGRES === "1";

let postgresReachable: boolean | undefined;

async function isPostgresReachable(): Promise<boolean> {
  if (postgresReachable !== undefined) return postgresReachable;
  const error = await probePostgres(POSTGRES_ADMIN_URL);
  if (error && requirePostgres) {
    throw new Error(
      `MAEUL_REQUIRE_POSTGRES=1 but PostgreSQL is unreachable at ${POSTGRES_ADMIN_URL}: ${error.message}`,
    );
  }
  if (error) console.warn(`PostgreSQL tests skipped: ${POSTGRES_ADMIN_URL} unreachable (${error.message})`);
  postgresReachable = error === null;
  return postgresReachable;
}

/** The database kinds to run integration suites against (top-level await in test files). */
export async function testDatabaseKinds(): Promise<DbKind[]> {
  return (await isPostgresReachable()) ? ["pglite", "postgres"] : ["pglite"];
}

export type TestDatabase = ThrowawayDatabase;

/** A migrated throwaway database; personal fields in it are sealed with the fixed test key. */
export function createTestDatabase(kind: DbKind): Promise<TestDatabase> {
  applyTestFieldKeys();
  return createThrowawayDatabase(kind, POSTGRES_ADMIN_URL);
}

/**
 * A throwaway database with no migrations applied, for upgrade tests that migrate it step by
 * step. Dropped by dispose().
 */
export async function createEmptyTestDatabase(kind: DbKind): Promise<TestDatabase> {
  applyTestFieldKeys();
  if (kind === "pglite") {
    const database = await openDatabase({});
    return { ...database, dispose: () => database.close() };
  }
  const name = `maeul_tmp_${randomBytes(6).toString("hex")}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  return {
    ...database,
    dispose: async () => {
      await database.close();
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
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

/**
 * A throwaway database with the migrations applied and the real reference data seeded (regions,
 * programs and their rules), as `createTestApp` needs. Opening PGlite, migrating and loading the
 * 267 regions' boundaries takes seconds, so for PGlite the seeded database is kept as a tarball in
 * the temporary directory, named by a digest of the sources it depends on, and each test opens
 * its own in-memory copy of it. PostgreSQL creates a database quickly and is seeded as usual.
 */
export async function createSeededTestDatabase(
  kind: DbKind,
  seed: (database: TestDatabase) => Promise<void>,
): Promise<TestDatabase> {
  if (kind !== "pglite") {
    const database = await createTestDatabase(kind);
    await seed(database);
    return database;
  }
  applyTestFieldKeys();
  const file = path.join(os.tmpdir(), `maeul-test-seeded-${sourceDigest()}.tar`);
  if (fs.existsSync(file)) {
    const database = await openDatabase({ loadDataDir: new Blob([fs.readFileSync(file)]) });
    return { ...database, dispose: () => database.close() };
  }
  const database = await createTestDatabase(kind);
  await seed(database);
  const dump = await database.dumpDataDir!();
  // Written under a temporary name and renamed: a parallel test never reads half a file.
  const partial = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  fs.renameSync(partial, file);
  return database;
}

let digest: string | undefined;

/** What the seeded database depends on: the migrations, the code and the data files. */
function sourceDigest(): string {
  if (digest) return digest;
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const entry of fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!/\.test\.ts$/.test(entry.name)) {
        hash.update(full);
        hash.update(fs.readFileSync(full));
      }
    }
  };
  for (const dir of ["migrations", "src", "data"]) walk(dir);
  digest = hash.digest("hex").slice(0, 16);
  return digest;
}
