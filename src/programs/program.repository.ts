import { asc, eq } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { programs } from "./program.table.ts";

export function listPrograms(db: Db) {
  return db.select().from(programs).orderBy(asc(programs.code));
}

/** A program's names for messages; the code itself when the program is unknown. */
export async function findProgramNames(db: Db, code: string): Promise<{ ko: string; en: string }> {
  const [row] = await db
    .select({ ko: programs.nameKo, en: programs.nameEn })
    .from(programs)
    .where(eq(programs.code, code));
  return row ?? { ko: code, en: code };
}
