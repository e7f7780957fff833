import { createRoute } from "@hono/zod-openapi";
import { desc, eq } from "drizzle-orm";
import { auditActorOf } from "../access/audit-actor.ts";
import { requirePermission } from "../access/require-permission.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { commitmentsOf, lockResidents } from "../cohorts/cohort.repository.ts";
import { loadRuleContext, todayInSeoul } from "../programs/check-eligibility.ts";
import { careerMonthsInField, overlappingParticipations } from "../programs/domain/participation-rules.ts";
import { programs } from "../programs/program.table.ts";
import { RESIDENT } from "../residents/resident.commands.ts";
import { findResident } from "../residents/resident.repository.ts";
import { createRouter, deniedResponses, errorResponses, jsonBody, jsonResponse } from "../server/router.ts";
import { AppError, notFound } from "../shared/errors.ts";
import { ZParticipationCreate, ZParticipationHistory, ZResidentIdParam } from "./participation.schema.ts";
import { participations } from "./participation.table.ts";

const tags = ["participations"];

const history = createRoute({
  middleware: [requirePermission("participations.read")] as const,
  method: "get",
  path: "/residents/{id}/participations",
  tags,
  summary: "One person's participation across every program, with career months per field",
  request: { params: ZResidentIdParam },
  responses: { 200: jsonResponse(ZParticipationHistory, "History"), ...errorResponses, ...deniedResponses },
});

const record = createRoute({
  middleware: [requirePermission("participations.record")] as const,
  method: "post",
  path: "/residents/{id}/participations",
  tags,
  summary: "Record a participation; an overlap with another direct job is refused with the overlap named",
  request: { params: ZResidentIdParam, body: jsonBody(ZParticipationCreate) },
  responses: {
    201: jsonResponse(ZParticipationHistory, "Recorded"),
    ...errorResponses,
    ...deniedResponses,
    409: { ...errorResponses[404], description: "Overlaps another direct-job participation" },
  },
});

async function historyOf(db: Parameters<typeof findResident>[0], residentId: string, asOf: string) {
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
      source: r.p.source,
    })),
    careerMonths: Object.fromEntries(fields.map((f) => [f, careerMonthsInField(asHistory, f, asOf)])),
  };
}

export const participationRoutes = createRouter()
  .openapi(history, async (c) => {
    const { db, now } = c.get("deps");
    const { id } = c.req.valid("param");
    const resident = await findResident(db, id, c.get("scope"));
    if (!resident) throw notFound(RESIDENT, id);
    return c.json(await historyOf(db, id, todayInSeoul(now())), 200);
  })
  .openapi(record, async (c) => {
    const { db, now } = c.get("deps");
    const { id } = c.req.valid("param");
    const input = c.req.valid("json");
    const resident = await findResident(db, id, c.get("scope"));
    if (!resident) throw notFound(RESIDENT, id);
    const regionCode = resident.resident.regionCode;
    const { ctx } = await loadRuleContext(
      db,
      regionCode,
      input.startDate < "2025-01-01" ? "2025-01-01" : input.startDate,
    );
    await db.transaction(async (tx) => {
      await lockResidents(tx, [id]);
      if (ctx.isDirectJob(input.programCode)) {
        const existing = (await commitmentsOf(tx, [id])).filter((h) => ctx.isDirectJob(h.program));
        const clash = overlappingParticipations(existing, {
          start: input.startDate,
          end: input.endDate ?? "9999-12-31",
        })[0];
        if (clash) {
          const name = ctx.programName(clash.program);
          throw new AppError("conflict", {
            ko: `다른 직접일자리와 참여 기간이 겹칩니다: ${name.ko} ${clash.start}~${clash.end ?? "참여 중"}`,
            en: `Overlaps with another direct job: ${name.en} ${clash.start} to ${clash.end ?? "ongoing"}`,
          });
        }
      }
      const [row] = await tx
        .insert(participations)
        .values({
          residentId: id,
          programCode: input.programCode,
          regionCode,
          startDate: input.startDate,
          endDate: input.endDate ?? null,
          field: input.field ?? null,
          source: input.source,
          createdBy: c.get("principal")?.userId ?? null,
        })
        .returning({ id: participations.id });
      await recordAudit(tx, auditActorOf(c), {
        action: "create",
        subjectType: "participation",
        subjectId: row!.id,
        regionCode,
        details: { residentId: id, program: input.programCode, source: input.source },
        at: now(),
      });
    });
    return c.json(await historyOf(db, id, todayInSeoul(now())), 201);
  });
