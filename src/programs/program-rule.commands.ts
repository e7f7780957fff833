import type { AuditActor } from "../audit/domain/audit-vocabulary.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Db } from "../db/client.ts";
import { regionExists } from "../regions/region.repository.ts";
import { AppError, notFound } from "../shared/errors.ts";
import { toFieldErrors } from "../shared/validation/field-errors.ts";
import { effectiveRules, type RuleSections, ZRuleSet } from "./domain/rule-set.ts";
import {
  deleteOverride,
  findRuleRow,
  type RuleSetRow,
  toRuleSet,
  upsertOverride,
} from "./program-rule.repository.ts";

const RULES = { ko: "사업 규칙", en: "program rules" };

/**
 * An officer replaces sections of a program's rules for their region. The national set must
 * exist for the year; the merged result must still be a valid rule set (so a district cannot
 * save, say, an age minimum above the national maximum); the change and the sections before and
 * after are audited in the same transaction.
 */
export async function saveRuleOverride(
  db: Db,
  input: { program: string; year: number; regionCode: string; rules: RuleSections; reason: string },
  actor: AuditActor,
  at: Date,
): Promise<RuleSetRow> {
  if (Object.keys(input.rules).length === 0) {
    throw new AppError("bad_request", { ko: "바꿀 규칙 항목이 없습니다.", en: "No rule sections given." }, [
      {
        field: "rules",
        reason: "empty",
        messageKo: "하나 이상의 항목을 입력하세요",
        messageEn: "Give at least one section",
      },
    ]);
  }
  if (!(await regionExists(db, input.regionCode))) {
    throw new AppError("unprocessable", { ko: "알 수 없는 지역입니다.", en: "Unknown region." }, [
      {
        field: "regionCode",
        reason: "unknown_region",
        messageKo: `등록되지 않은 지역 코드입니다: ${input.regionCode}`,
        messageEn: `Unknown region code: ${input.regionCode}`,
      },
    ]);
  }
  return db.transaction(async (tx) => {
    const national = await findRuleRow(tx as unknown as Db, input.program, input.year, "");
    if (!national) throw notFound(RULES, `${input.program}/${input.year}`);
    const before = await findRuleRow(tx as unknown as Db, input.program, input.year, input.regionCode);
    const merged = effectiveRules(
      toRuleSet(national),
      [{ regionPrefix: input.regionCode, rules: input.rules }],
      input.regionCode,
    );
    const check = ZRuleSet.safeParse(merged);
    if (!check.success) {
      throw new AppError(
        "unprocessable",
        { ko: "규칙이 올바르지 않습니다.", en: "The rules are not valid." },
        toFieldErrors(check.error.issues, merged),
      );
    }
    const saved = await upsertOverride(tx as unknown as Db, {
      program: input.program,
      year: input.year,
      regionPrefix: input.regionCode,
      rules: input.rules,
      updatedBy: actor.userId,
      at,
    });
    await recordAudit(tx as unknown as Db, actor, {
      action: before ? "update" : "create",
      subjectType: "program_rules",
      subjectId: `${input.program}:${input.year}:${input.regionCode}`,
      regionCode: input.regionCode,
      reason: input.reason,
      details: { sections: Object.keys(input.rules), before: before?.rules ?? null, after: input.rules },
      at,
    });
    return saved;
  });
}

/** Removes a region's override so the national (or 시도) rules apply again; audited. */
export async function removeRuleOverride(
  db: Db,
  input: { program: string; year: number; regionCode: string; reason: string },
  actor: AuditActor,
  at: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await findRuleRow(tx as unknown as Db, input.program, input.year, input.regionCode);
    if (
      !before ||
      !(await deleteOverride(tx as unknown as Db, input.program, input.year, input.regionCode))
    ) {
      throw notFound(RULES, `${input.program}/${input.year}/${input.regionCode}`);
    }
    await recordAudit(tx as unknown as Db, actor, {
      action: "delete",
      subjectType: "program_rules",
      subjectId: `${input.program}:${input.year}:${input.regionCode}`,
      regionCode: input.regionCode,
      reason: input.reason,
      details: { sections: Object.keys(before.rules), before: before.rules },
      at,
    });
  });
}
