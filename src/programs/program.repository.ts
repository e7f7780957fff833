import { asc } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { programs } from "./program.table.ts";

export function listPrograms(db: Db) {
  return db.select().from(programs).orderBy(asc(programs.code));
}
