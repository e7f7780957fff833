import path from "node:path";

/** Runtime configuration, read once from the environment. */
export interface AppConfig {
  port: number;
  /** A PostgreSQL server URL; when unset Maeul runs on embedded PGlite. */
  databaseUrl: string | undefined;
  /** Where the embedded database and its generated key file (keys.json) live. */
  dataDir: string;
  /**
   * MAEUL_DATA_KEY: the data keys that encrypt personal fields, `keyId:base64,keyId:base64`
   * (first is current) or one bare base64 key. Parsed by src/privacy/field-keys.ts. Required with
   * DATABASE_URL; without it the embedded deployment uses `<dataDir>/keys.json`.
   */
  dataKey: string | undefined;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = env.PORT ? Number(env.PORT) : 3000;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${env.PORT}"`);
  }
  return {
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.MAEUL_DATA_DIR || ".maeul"),
    dataKey: env.MAEUL_DATA_KEY?.trim() || undefined,
  };
}
