import type { z } from "zod";
import type { AuditActor } from "../audit/domain/audit-vocabulary.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { commitmentsOf, lockResidents } from "../cohorts/cohort.repository.ts";
import type { Db } from "../db/client.ts";
import { loadRuleContext, type RuleContext } from "../programs/check-eligibility.ts";
import type { Participation } from "../programs/domain/eligibility-profile.ts";
import { describeParticipation, overlappingParticipations } from "../programs/domain/participation-rules.ts";
import { AppError } from "../shared/errors.ts";
import type { ZParticipationCreate } from "./participation.schema.ts";
import { participations } from "./participation.table.ts";

/** What the overlap rule needs of the program rules in force: which programs are direct jobs, and their names. */
export type OverlapContext = Pick<RuleContext["ctx"], "isDirectJob" | "programName">;

/**
 * The rule shared by recording and importing: a direct job may not overlap another direct job
 * (합동지침), whether recorded or a slot the person holds in a cohort. Returns the first clash,
 * worded, or null (also for a program that is not a direct job).
 */
export function directJobClash<P extends Participation>(
  existing: readonly P[],
  input: { programCode: string; startDate: string; endDate?: string | null | undefined },
  ctx: OverlapContext,
): { participation: P; named: { ko: string; en: string } } | null {
  if (!ctx.isDirectJob(input.programCode)) return null;
  const clash = overlappingParticipations(
    existing.filter((h) => ctx.isDirectJob(h.program)),
    { start: input.startDate, end: input.endDate ?? "9999-12-31" },
  )[0];
  return clash
    ? { participation: clash, named: describeParticipation(clash, ctx.programName(clash.program)) }
    : null;
}

/** Rules are kept from 2025 on; an older record is judged by the earliest rules there are. */
export function overlapRulesDate(startDate: string): string {
  return startDate < "2025-01-01" ? "2025-01-01" : startDate;
}

/**
 * Records a participation for a resident. A direct job may not overlap another direct job or a
 * slot the person holds in a cohort (checked under the resident's lock, so two officers cannot
 * both record clashing ones); the record and its audit entry commit together.
 */
export async function recordParticipation(
  db: Db,
  resident: { id: string; regionCode: string },
  input: z.infer<typeof ZParticipationCreate>,
  actor: AuditActor,
  now: Date,
): Promise<void> {
  const { ctx } = await loadRuleContext(db, resident.regionCode, overlapRulesDate(input.startDate));
  await db.transaction(async (tx) => {
    await lockResidents(tx, [resident.id]);
    const clash = directJobClash(await commitmentsOf(tx, [resident.id]), input, ctx);
    if (clash) {
      throw new AppError("conflict", {
        ko: `다른 직접일자리와 참여 기간이 겹칩니다: ${clash.named.ko}`,
        en: `Overlaps with another direct job: ${clash.named.en}`,
      });
    }
    const [row] = await tx
      .insert(participations)
      .values({
        residentId: resident.id,
        programCode: input.programCode,
        regionCode: resident.regionCode,
        startDate: input.startDate,
        endDate: input.endDate ?? null,
        field: input.field ?? null,
        hoursPerWeek: input.hoursPerWeek ?? null,
        source: input.source,
        createdBy: actor.userId,
      })
      .returning({ id: participations.id });
    await recordAudit(tx, actor, {
      action: "create",
      subjectType: "participation",
      subjectId: row!.id,
      regionCode: resident.regionCode,
      details: { residentId: resident.id, program: input.programCode, source: input.source },
      at: now,
    });
  });
}
