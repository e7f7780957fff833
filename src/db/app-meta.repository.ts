import { eq } from "drizzle-orm";
import { appMeta } from "./app-meta.table.ts";
import type { Db } from "./client.ts";

export async function readMeta<T>(db: Db, key: string): Promise<T | null> {
  const [row] = await db.select().from(appMeta).where(eq(appMeta.key, key));
  return (row?.value as T | undefined) ?? null;
}

/** Values are JSON objects: a bare JSON string would be parsed twice by the jsonb driver path. */
export async function writeMeta(db: Db, key: string, value: Record<string, unknown>): Promise<void> {
  await db
    .insert(appMeta)
    .values({ key, value })
    .onConflictDoUpdate({ target: appMeta.key, set: { value, updatedAt: new Date() } });
}
