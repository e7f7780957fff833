import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { type DbKind, openDatabase } from "../../src/db/client.ts";
import { migrateDatabase } from "../../src/db/migrate.ts";
import { seedDatabase } from "../../src/db/seed-database.ts";
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
 * A copy of the migrated database with the real reference data (regions, programs and their
 * rules) and no demo population: what `createTestApp` runs on, and the cheap starting point for a
 * test that seeds the demo for one district on top (the seed steps skip what has run).
 */
export function createReferenceTestDatabase(kind: DbKind): Promise<TestDatabase> {
  return createSeededTestDatabase(kind, async (database) => {
    await seedDatabase(database.db, { regions: [], demo: false });
  });
}

/**
 * A throwaway database with the migrations applied and the real reference data seeded (regions,
 * programs and their rules), as `createTestApp` needs. Migrating and loading the 267 regions'
 * boundaries takes seconds, so the seeded database is made once per digest of the sources it
 * depends on and copied for each test: for PGlite a tarball in the temporary directory that each
 * test opens in memory, for PostgreSQL a template database that `CREATE DATABASE … TEMPLATE` copies.
 */
async function createSeededTestDatabase(
  kind: DbKind,
  seed: (database: TestDatabase) => Promise<void>,
): Promise<TestDatabase> {
  applyTestFieldKeys();
  if (kind === "pglite") return openPgliteCopy(seed);
  const template = await ensurePostgresTemplate(seed);
  const name = `maeul_tmp_${randomBytes(6).toString("hex")}`;
  await adminQuery(`create database ${name} template ${template}`);
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

async function openPgliteCopy(seed: (database: TestDatabase) => Promise<void>): Promise<TestDatabase> {
  const file = path.join(os.tmpdir(), `maeul-test-seeded-${sourceDigest()}.tar`);
  if (fs.existsSync(file)) {
    const database = await openDatabase({ loadDataDir: new Blob([fs.readFileSync(file)]) });
    return { ...database, dispose: () => database.close() };
  }
  const database = await createTestDatabase("pglite");
  await seed(database);
  const dump = await database.dumpDataDir!();
  // Written under a temporary name and renamed: a parallel test never reads half a file.
  const partial = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  fs.renameSync(partial, file);
  return database;
}

/** Serialises the making of the template across the parallel test workers (any constant key). */
const TEMPLATE_LOCK_KEY = 0x6d61_6575;

/**
 * The name of a seeded template database for the current sources, made on first use. Test
 * workers race for it, so it is built under an advisory lock, under a scratch name, and renamed
 * into place only when complete; templates of older sources are dropped then.
 */
async function ensurePostgresTemplate(seed: (database: TestDatabase) => Promise<void>): Promise<string> {
  const template = `maeul_tpl_${sourceDigest()}`;
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    const exists = async () =>
      (await client.query("select 1 from pg_database where datname = $1", [template])).rowCount === 1;
    if (await exists()) return template;
    await client.query("select pg_advisory_lock($1)", [TEMPLATE_LOCK_KEY]);
    try {
      if (await exists()) return template;
      const scratch = `maeul_tmp_${randomBytes(6).toString("hex")}`;
      await client.query(`create database ${scratch}`);
      const url = new URL(POSTGRES_ADMIN_URL);
      url.pathname = `/${scratch}`;
      const database = await openDatabase({ databaseUrl: url.toString() });
      try {
        await migrateDatabase(database);
        await seed({ ...database, dispose: () => database.close() });
      } finally {
        await database.close();
      }
      await waitUntilUnused(client, scratch);
      await client.query(`alter database ${scratch} rename to ${template}`);
      const stale = await client.query<{ datname: string }>(
        "select datname from pg_database where datname like 'maeul\\_tpl\\_%' and datname <> $1",
        [template],
      );
      // Without (force): a template that another worker is still copying stays until next time.
      for (const { datname } of stale.rows)
        await client.query(`drop database if exists ${datname}`).catch(() => {});
      return template;
    } finally {
      await client.query("select pg_advisory_unlock($1)", [TEMPLATE_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

/** pool.end() resolves before the server has seen every socket close; a template must be unused. */
async function waitUntilUnused(client: pg.Client, database: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const { rows } = await client.query<{ n: number }>(
      "select count(*)::int as n from pg_stat_activity where datname = $1",
      [database],
    );
    if (rows[0]?.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`database ${database} still has connections; cannot make it a template`);
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
