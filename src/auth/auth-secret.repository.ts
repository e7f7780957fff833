import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { appMeta } from "../db/app-meta.table.ts";
import type { Db } from "../db/client.ts";
import { configuredAuthSecret } from "./auth-config.ts";

const SECRET_KEY = "auth.secret";

/**
 * The auth secret: MAEUL_AUTH_SECRET, or one generated on first use and kept in app_meta. The
 * insert does nothing when another process got there first, and the stored value is read back,
 * so every process of one database shares one secret.
 */
export async function loadAuthSecret(db: Db): Promise<string> {
  const configured = configuredAuthSecret();
  if (configured) return configured;
  const generated = randomBytes(32).toString("base64url");
  await db
    .insert(appMeta)
    .values({ key: SECRET_KEY, value: { secret: generated } })
    .onConflictDoNothing();
  const [row] = await db.select().from(appMeta).where(eq(appMeta.key, SECRET_KEY));
  const secret = (row?.value as { secret?: string } | undefined)?.secret;
  if (!secret) throw new Error("The auth secret could not be stored in app_meta");
  return secret;
}
