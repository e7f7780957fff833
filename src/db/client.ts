import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { acquirePgliteLock } from "./pglite-lock.ts";
import * as schema from "./schema.ts";

export type DbSchema = typeof schema;
/** The one database type the repositories see, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, DbSchema>;
export type DbKind = "pglite" | "postgres";

export interface Database {
  db: Db;
  kind: DbKind;
  close(): Promise<void>;
  /** PGlite only: the whole database as a tarball (tests keep a seeded template this way). */
  dumpDataDir?: () => Promise<Blob>;
}

export interface OpenDatabaseOptions {
  /** postgres://… ; when absent, PGlite is used. */
  databaseUrl?: string | undefined;
  /** Directory for PGlite files; `undefined` with no URL means an in-memory PGlite (tests). */
  dataDir?: string | undefined;
  /** In-memory PGlite only: start from this tarball (made by dumpDataDir) instead of empty. */
  loadDataDir?: Blob | undefined;
}

/** Connections a process's pool may open to a PostgreSQL server (`serve --workers` multiplies it). */
export const SERVER_POOL_SIZE = 10;

/**
 * Opens the configured database. PGlite (Postgres compiled to WASM) is the default so that
 * `npm start` needs no server; DATABASE_URL switches to a real PostgreSQL with the same schema.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: SERVER_POOL_SIZE });
    // An idle client that the server drops (restart, failover, admin) must not crash the process:
    // the pool replaces it on the next query.
    pool.on("error", (error) => console.warn(`PostgreSQL idle connection lost: ${error.message}`));
    // Fail fast with a clear message rather than on the first query.
    const client = await pool.connect().catch((error: unknown) => {
      void pool.end();
      throw new Error(`Cannot connect to DATABASE_URL: ${(error as Error).message}`);
    });
    client.release();
    return {
      db: drizzleNodePg(pool, { schema, casing: "snake_case" }) as unknown as Db,
      kind: "postgres",
      close: () => pool.end(),
    };
  }
  let client: PGlite;
  let release = () => {};
  if (options.dataDir) {
    const pgDir = path.join(options.dataDir, "pglite");
    fs.mkdirSync(pgDir, { recursive: true });
    release = acquirePgliteLock(options.dataDir);
    try {
      client = await PGlite.create(pgDir);
    } catch (error) {
      release();
      throw error;
    }
  } else {
    client = options.loadDataDir
      ? await PGlite.create({ loadDataDir: options.loadDataDir })
      : await PGlite.create();
  }
  return {
    db: drizzlePglite(client, { schema, casing: "snake_case" }) as unknown as Db,
    kind: "pglite",
    close: async () => {
      await client.close();
      release();
    },
    dumpDataDir: async () => (await client.dumpDataDir("none")) as Blob,
  };
}
