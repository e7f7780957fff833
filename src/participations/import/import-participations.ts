import { randomUUID } from "node:crypto";
import type { Scope } from "../../access/domain/resolve-access.ts";
import type { AuditActor } from "../../audit/domain/audit-vocabulary.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import { commitmentsOf, lockResidents } from "../../cohorts/cohort.repository.ts";
import type { Db } from "../../db/client.ts";
import { blindIndexCandidates } from "../../privacy/domain/blind-index.ts";
import type { Keyring } from "../../privacy/domain/field-envelope.ts";
import { fieldKeys } from "../../privacy/field-keys.ts";
import { loadRuleContext, todayInSeoul } from "../../programs/check-eligibility.ts";
import type { Participation } from "../../programs/domain/eligibility-profile.ts";
import { describeParticipation } from "../../programs/domain/participation-rules.ts";
import { lookupName } from "../../residents/domain/lookup-keys.ts";
import type { ImportTable } from "../../work-items/import/import-table.ts";
import type { RowError } from "../../work-items/import/validate-import-rows.ts";
import { directJobClash, type OverlapContext, overlapRulesDate } from "../participation.commands.ts";
import {
  findImportResidentsById,
  findImportResidentsByName,
  insertParticipations,
} from "./participation-import.repository.ts";
import { type ParticipationRow, validateParticipationRows } from "./validate-participation-rows.ts";

export interface ParticipationImportOptions {
  actor: AuditActor;
  /** The import's moment: its day in Korea bounds the dates a row may have; the audit entries' time. */
  now: Date;
  /** The caller's reach: residents outside it are "not found", exactly like ones that do not exist. */
  scope?: Scope;
  /** The district (or 시도) the file is for; every person must live there. */
  region?: string | undefined;
  /** Check everything, write nothing. */
  dryRun?: boolean | undefined;
  keyring?: Keyring;
}

export interface ParticipationImportReport {
  rows: number;
  /** Participations written (0 on a dry run or when any row is bad). */
  imported: number;
  dryRun: boolean;
  errors: RowError[];
  ignoredColumns: string[];
  /** Distinct residents the rows name (as resolved). */
  residents: number;
  /** Shared by the audit entries of this import's participations. */
  importId: string | null;
}

interface ResolvedRow extends ParticipationRow {
  residentId: string;
  regionCode: string;
}

/** A participation in the overlap check, remembering which file row it came from (if any). */
type Held = Participation & { residentId: string; row?: number };

/**
 * Imports participation history: every row is read against the participation contract, its
 * person is found (by id, or by name + phone's last four digits + birth year through the blind
 * index) within the caller's reach, and it must not duplicate or overlap — as a direct job —
 * another direct job, recorded or held in a cohort or earlier in the same file (the rule of
 * recordParticipation). Then all rows are inserted in one transaction, each with its audit entry,
 * or, if any row is bad, none is and every problem is reported with its row and column. The
 * overlap check runs under the residents' locks, so a concurrent recording cannot slip between.
 */
export async function importParticipations(
  db: Db,
  table: ImportTable,
  options: ParticipationImportOptions,
): Promise<ParticipationImportReport> {
  const { valid, errors, ignoredColumns } = validateParticipationRows(table, {
    today: todayInSeoul(options.now),
  });
  const { rows: resolved, errors: personErrors } = await resolvePeople(db, valid, options);
  errors.push(...personErrors);
  const residentIds = [...new Set(resolved.map((r) => r.residentId))];
  const report: ParticipationImportReport = {
    rows: table.rows.length,
    imported: 0,
    dryRun: options.dryRun === true,
    errors,
    ignoredColumns,
    residents: residentIds.length,
    importId: null,
  };

  // The rules (which programs are direct jobs) are read before the transaction: they need no lock.
  const contexts = await overlapContexts(db, resolved);
  return db.transaction(async (tx) => {
    await lockResidents(tx, residentIds);
    errors.push(...(await checkOverlaps(tx, resolved, contexts)));
    errors.sort((a, b) => a.row - b.row);
    if (errors.length > 0 || report.dryRun) return report;

    const importId = randomUUID();
    const inserted = await insertParticipations(
      tx,
      resolved.map((r) => ({
        residentId: r.residentId,
        programCode: r.participation.programCode,
        regionCode: r.regionCode,
        startDate: r.participation.startDate,
        endDate: r.participation.endDate ?? null,
        field: r.participation.field ?? null,
        hoursPerWeek: r.participation.hoursPerWeek ?? null,
        source: "imported" as const,
        createdBy: options.actor.userId,
      })),
    );
    for (const [i, { id }] of inserted.entries()) {
      const r = resolved[i]!;
      await recordAudit(tx, options.actor, {
        action: "create",
        subjectType: "participation",
        subjectId: id,
        regionCode: r.regionCode,
        details: {
          residentId: r.residentId,
          program: r.participation.programCode,
          source: "imported",
          importId,
          row: r.row,
        },
        at: options.now,
      });
    }
    return { ...report, imported: inserted.length, importId };
  });
}

/** Each row's person, found within the caller's reach (and region); a row that names nobody, or several, is an error. */
async function resolvePeople(
  db: Db,
  rows: readonly ParticipationRow[],
  options: ParticipationImportOptions,
): Promise<{ rows: ResolvedRow[]; errors: RowError[] }> {
  const keyring = options.keyring ?? fieldKeys();
  const scope = options.scope ?? { kind: "everything" };
  const byId = new Map(
    (
      await findImportResidentsById(
        db,
        rows.flatMap((r) => ("residentId" in r.person ? [r.person.residentId] : [])),
        scope,
        options.region,
      )
    ).map((r) => [r.id, r]),
  );
  const nameKeys = new Map<number, string[]>();
  for (const r of rows) {
    if ("name" in r.person)
      nameKeys.set(r.row, blindIndexCandidates(keyring, "name", lookupName(r.person.name)!));
  }
  const named = await findImportResidentsByName(db, [...nameKeys.values()].flat(), scope, options.region);

  const resolved: ResolvedRow[] = [];
  const errors: RowError[] = [];
  for (const r of rows) {
    if ("residentId" in r.person) {
      const found = byId.get(r.person.residentId);
      if (found) resolved.push({ ...r, residentId: found.id, regionCode: found.regionCode });
      else errors.push(notFound(r.row, "주민ID", "residentId"));
      continue;
    }
    const { phoneLast4, birthYear } = r.person;
    const names = new Set(nameKeys.get(r.row));
    const phones = phoneLast4 ? new Set(blindIndexCandidates(keyring, "phone_last4", phoneLast4)) : null;
    const matches = named.filter(
      (m) =>
        m.nameLookup !== null &&
        names.has(m.nameLookup) &&
        (phones === null || (m.phoneLookup !== null && phones.has(m.phoneLookup))) &&
        (birthYear === undefined || m.birthYear === birthYear),
    );
    if (matches.length === 1) {
      resolved.push({ ...r, residentId: matches[0]!.id, regionCode: matches[0]!.regionCode });
    } else if (matches.length === 0) {
      errors.push(notFound(r.row, "이름", "name"));
    } else {
      errors.push({
        row: r.row,
        column: "이름",
        field: "name",
        reason: "resident_ambiguous",
        messageKo: `이 조건에 맞는 주민이 ${matches.length}명입니다. 전화번호 뒤 4자리나 출생연도(또는 주민ID)를 적어 주세요.`,
        messageEn: `${matches.length} residents match: add the phone's last 4 digits or the birth year (or the resident id).`,
      });
    }
  }
  return { rows: resolved, errors };
}

function notFound(row: number, column: string, field: string): RowError {
  return {
    row,
    column,
    field,
    reason: "resident_not_found",
    messageKo: "이 지역에 등록된 주민 중 맞는 사람이 없습니다.",
    messageEn: "No registered resident of this area matches.",
  };
}

/**
 * Duplicates and direct-job overlaps, against what the residents already have (recorded or
 * held in a cohort) and against the file's earlier rows, in row order.
 */
const contextKey = (regionCode: string, startDate: string) =>
  `${regionCode}|${overlapRulesDate(startDate).slice(0, 4)}`;

/** The overlap rule's context for each (region, year) the rows touch. */
async function overlapContexts(db: Db, rows: readonly ResolvedRow[]): Promise<Map<string, OverlapContext>> {
  const contexts = new Map<string, OverlapContext>();
  for (const r of rows) {
    const key = contextKey(r.regionCode, r.participation.startDate);
    if (!contexts.has(key)) {
      const date = overlapRulesDate(r.participation.startDate);
      contexts.set(key, (await loadRuleContext(db, r.regionCode, date)).ctx);
    }
  }
  return contexts;
}

async function checkOverlaps(
  tx: Db,
  rows: readonly ResolvedRow[],
  contexts: ReadonlyMap<string, OverlapContext>,
): Promise<RowError[]> {
  const held = new Map<string, Held[]>();
  for (const c of await commitmentsOf(
    tx,
    rows.map((r) => r.residentId),
  )) {
    held.set(c.residentId, [...(held.get(c.residentId) ?? []), c]);
  }

  const errors: RowError[] = [];
  for (const r of [...rows].sort((a, b) => a.row - b.row)) {
    const p = r.participation;
    const history = held.get(r.residentId) ?? [];
    const where = (h: Held) => (h.row === undefined ? "" : `${h.row}행: `);
    const whereEn = (h: Held) => (h.row === undefined ? "" : `row ${h.row}: `);
    const ctx = contexts.get(contextKey(r.regionCode, p.startDate))!;
    const same = history.find(
      (h) =>
        h.program === p.programCode && h.start === p.startDate && (h.end ?? null) === (p.endDate ?? null),
    );
    if (same) {
      const named = describeParticipation(same, ctx.programName(same.program));
      errors.push({
        row: r.row,
        column: "시작일",
        field: "startDate",
        reason: "duplicate",
        messageKo: `이미 있는 참여 이력입니다: ${where(same)}${named.ko}`,
        messageEn: `This participation is already there: ${whereEn(same)}${named.en}`,
      });
      continue;
    }
    const clash = directJobClash(history, p, ctx);
    if (clash) {
      errors.push({
        row: r.row,
        column: "시작일",
        field: "startDate",
        reason: "overlap",
        messageKo: `다른 직접일자리와 참여 기간이 겹칩니다: ${where(clash.participation)}${clash.named.ko}`,
        messageEn: `Overlaps with another direct job: ${whereEn(clash.participation)}${clash.named.en}`,
      });
      continue;
    }
    history.push({
      residentId: r.residentId,
      program: p.programCode,
      start: p.startDate,
      ...(p.endDate ? { end: p.endDate } : {}),
      row: r.row,
    });
    held.set(r.residentId, history);
  }
  return errors;
}
