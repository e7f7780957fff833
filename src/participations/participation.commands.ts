import type { z } from "zod";
import type { AuditActor } from "../audit/domain/audit-vocabulary.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { commitmentsOf, lockResidents } from "../cohorts/cohort.repository.ts";
import type { Db } from "../db/client.ts";
import { loadRuleContext } from "../programs/check-eligibility.ts";
import { describeParticipation, overlappingParticipations } from "../programs/domain/participation-rules.ts";
import { AppError } from "../shared/errors.ts";
import type { ZParticipationCreate } from "./participation.schema.ts";
import { participations } from "./participation.table.ts";

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
  // Rules are kept from 2025 on; an older record is judged by the earliest rules there are.
  const { ctx } = await loadRuleContext(
    db,
    resident.regionCode,
    input.startDate < "2025-01-01" ? "2025-01-01" : input.startDate,
  );
  await db.transaction(async (tx) => {
    await lockResidents(tx, [resident.id]);
    if (ctx.isDirectJob(input.programCode)) {
      const existing = (await commitmentsOf(tx, [resident.id])).filter((h) => ctx.isDirectJob(h.program));
      const clash = overlappingParticipations(existing, {
        start: input.startDate,
        end: input.endDate ?? "9999-12-31",
      })[0];
      if (clash) {
        const named = describeParticipation(clash, ctx.programName(clash.program));
        throw new AppError("conflict", {
          ko: `다른 직접일자리와 참여 기간이 겹칩니다: ${named.ko}`,
          en: `Overlaps with another direct job: ${named.en}`,
        });
      }
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
