import { desc, eq } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { careerMonthsInField } from "../programs/domain/participation-rules.ts";
import { programs } from "../programs/program.table.ts";
import { participations } from "./participation.table.ts";

/** One person's participations, newest first, with career months per service field. */
export async function historyOf(db: Db, residentId: string, asOf: string) {
  const rows = await db
    .select({ p: participations, nameKo: programs.nameKo, nameEn: programs.nameEn })
    .from(participations)
    .innerJoin(programs, eq(programs.code, participations.programCode))
    .where(eq(participations.residentId, residentId))
    .orderBy(desc(participations.startDate));
  const asHistory = rows.map((r) => ({
    program: r.p.programCode,
    start: r.p.startDate,
    ...(r.p.endDate ? { end: r.p.endDate } : {}),
    ...(r.p.field ? { field: r.p.field } : {}),
  }));
  const fields = [...new Set(rows.map((r) => r.p.field).filter((f): f is string => !!f))];
  return {
    items: rows.map((r) => ({
      id: r.p.id,
      programCode: r.p.programCode,
      programNameKo: r.nameKo,
      programNameEn: r.nameEn,
      regionCode: r.p.regionCode,
      startDate: r.p.startDate,
      endDate: r.p.endDate,
      field: r.p.field,
      hoursPerWeek: r.p.hoursPerWeek,
      source: r.p.source,
    })),
    careerMonths: Object.fromEntries(fields.map((f) => [f, careerMonthsInField(asHistory, f, asOf)])),
  };
}
