import { randomUUID } from "node:crypto";
import { and, eq, inArray, max, sql } from "drizzle-orm";
import type { AuditActor } from "../audit/domain/audit-vocabulary.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Db } from "../db/client.ts";
import { participationEndingNoticeAt } from "../notifications/domain/reminder-schedule.ts";
import { cancelNotification, enqueueNotification } from "../notifications/enqueue-notification.ts";
import { participations } from "../participations/participation.table.ts";
import { loadRuleContext, todayInSeoul } from "../programs/check-eligibility.ts";
import { ageOn } from "../programs/domain/eligibility-profile.ts";
import { evaluateEligibility } from "../programs/domain/evaluate-eligibility.ts";
import { describeParticipation, overlappingParticipations } from "../programs/domain/participation-rules.ts";
import { findProgramNames } from "../programs/program.repository.ts";
import { rulesYearFor } from "../programs/program-rule.repository.ts";
import { requireRegion } from "../regions/require-region.ts";
import { AppError, notFound } from "../shared/errors.ts";
import { workItems } from "../work-items/work-item.table.ts";
import { openFacts, sealFacts } from "./application-facts.ts";
import {
  type ApplicationRow,
  type CohortRow,
  commitmentsOf,
  lockCohort,
  lockResidents,
  residentRegion,
} from "./cohort.repository.ts";
import type { TApplicationFacts, TCohortCreate } from "./cohort.schema.ts";
import { cohortApplications, cohorts, cohortWorkItems } from "./cohort.table.ts";
import {
  ACTION_LABELS,
  APPLICATION_ACTIONS,
  type ApplicationAction,
  type ApplicationStatus,
  COHORT_ACTIONS,
  type CohortAction,
  checkTransition,
  HOLDS_SLOT,
  type Screening,
  STATE_LABELS,
} from "./domain/cohort-vocabulary.ts";
import { planSelection } from "./domain/rank-applicants.ts";

export const COHORT = { ko: "모집 회차", en: "cohort" };
export const APPLICATION = { ko: "참여 신청", en: "application" };

const conflict = (ko: string, en: string) => new AppError("conflict", { ko, en });
const field422 = (field: string, reason: string, ko: string, en: string) =>
  new AppError("unprocessable", { ko, en }, [{ field, reason, messageKo: ko, messageEn: en }]);

/** Creates a cohort in draft, with its work items; the program must have rules for the period's year. */
export async function createCohort(
  db: Db,
  input: TCohortCreate,
  actor: AuditActor,
  now: Date,
): Promise<CohortRow> {
  await requireRegion(db, input.regionCode);
  if ((await rulesYearFor(db, Number(input.periodStart.slice(0, 4)))) === null) {
    throw field422(
      "periodStart",
      "no_rules",
      "이 기간에 적용할 사업 규칙이 없습니다",
      "No program rules for this period",
    );
  }
  return db.transaction(async (tx) => {
    if (input.workItems.length > 0) {
      const items = await tx
        .select({ id: workItems.id, regionCode: workItems.regionCode, status: workItems.status })
        .from(workItems)
        .where(
          inArray(
            workItems.id,
            input.workItems.map((w) => w.workItemId),
          ),
        );
      input.workItems.forEach((w, i) => {
        const item = items.find((x) => x.id === w.workItemId);
        if (!item || item.regionCode !== input.regionCode || item.status !== "open") {
          throw field422(
            `workItems.${i}.workItemId`,
            "unknown_work_item",
            "이 지역의 모집 중인 일감이 아닙니다",
            "Not an open work item in this region",
          );
        }
      });
    }
    const [row] = await tx
      .insert(cohorts)
      .values({ ...input, status: "draft", createdBy: actor.userId, createdAt: now, updatedAt: now })
      .returning();
    if (input.workItems.length > 0) {
      await tx.insert(cohortWorkItems).values(input.workItems.map((w) => ({ cohortId: row!.id, ...w })));
    }
    await recordAudit(tx, actor, {
      action: "create",
      subjectType: "cohort",
      subjectId: row!.id,
      regionCode: input.regionCode,
      details: { program: input.programCode, slots: input.slots, workItems: input.workItems.length },
      at: now,
    });
    return row!;
  });
}

async function lockedCohort(tx: Db, id: string): Promise<CohortRow> {
  const cohort = await lockCohort(tx, id);
  if (!cohort) throw notFound(COHORT, id);
  return cohort;
}

/** Moves a cohort along its life; repeating the move that already happened changes nothing. */
export async function transitionCohort(
  db: Db,
  id: string,
  action: CohortAction,
  actor: AuditActor,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const cohort = await lockedCohort(tx, id);
    const check = checkTransition(COHORT_ACTIONS, action, cohort.status);
    if (!check.ok) {
      throw conflict(
        `'${STATE_LABELS[cohort.status].ko}' 상태의 회차에는 '${ACTION_LABELS[action].ko}'을(를) 할 수 없습니다`,
        `Cannot ${ACTION_LABELS[action].en} a cohort that is ${STATE_LABELS[cohort.status].en}`,
      );
    }
    if (!check.changed) return { changed: false, cohort };
    const [updated] = await tx
      .update(cohorts)
      .set({ status: check.to, version: sql`${cohorts.version} + 1`, updatedAt: now })
      .where(eq(cohorts.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: "update",
      subjectType: "cohort",
      subjectId: id,
      regionCode: cohort.regionCode,
      details: { transition: action, from: cohort.status, to: check.to },
      at: now,
    });
    return { changed: true, cohort: updated! };
  });
}

const programLabel = (cohort: CohortRow, names: { ko: string; en: string }) => ({
  programName: names,
  cohortLabel: { ko: cohort.nameKo, en: cohort.nameEn },
});

/**
 * A resident applies (online, during the recruitment window) or an officer enters a walk-in
 * application (while the cohort is recruiting). Applying twice returns the first application.
 */
export async function applyToCohort(
  db: Db,
  cohortId: string,
  input: { residentId: string; facts: TApplicationFacts; channel: "online" | "walk_in" },
  actor: AuditActor,
  now: Date,
): Promise<{ created: boolean; application: ApplicationRow }> {
  return db.transaction(async (tx) => {
    const cohort = await lockedCohort(tx, cohortId);
    if (cohort.status !== "recruiting")
      throw conflict("지금은 신청을 받지 않는 회차입니다", "This cohort is not taking applications");
    const today = todayInSeoul(now);
    if (input.channel === "online" && (today < cohort.recruitStart || today > cohort.recruitEnd)) {
      throw conflict(
        `모집 기간(${cohort.recruitStart}~${cohort.recruitEnd})이 아닙니다`,
        `Outside the recruitment window (${cohort.recruitStart} to ${cohort.recruitEnd})`,
      );
    }
    const resident = await residentRegion(tx, input.residentId);
    if (resident?.status !== "active")
      throw field422("residentId", "unknown_resident", "등록된 주민이 아닙니다", "Not a registered resident");
    if (resident!.regionCode !== cohort.regionCode) {
      throw field422(
        "residentId",
        "other_region",
        "이 회차는 해당 지역 주민만 신청할 수 있습니다",
        "Only residents of the cohort's district may apply",
      );
    }
    const [existing] = await tx
      .select()
      .from(cohortApplications)
      .where(
        and(eq(cohortApplications.cohortId, cohortId), eq(cohortApplications.residentId, input.residentId)),
      );
    if (existing) return { created: false, application: existing };
    const id = randomUUID();
    const [row] = await tx
      .insert(cohortApplications)
      .values({
        id,
        cohortId,
        residentId: input.residentId,
        channel: input.channel,
        enteredBy: input.channel === "walk_in" ? actor.userId : null,
        factsEnc: sealFacts(id, input.facts),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: "create",
      subjectType: "cohort_application",
      subjectId: id,
      regionCode: cohort.regionCode,
      details: {
        cohortId,
        residentId: input.residentId,
        channel: input.channel,
        facts: Object.keys(input.facts),
      },
      at: now,
    });
    const names = await programNames(tx, cohort.programCode);
    await enqueueNotification(tx, {
      dedupeKey: `application:${id}:received`,
      residentId: input.residentId,
      templateCode: "application_received",
      params: { ...programLabel(cohort, names), appliedOn: today },
      regionCode: cohort.regionCode,
    });
    return { created: true, application: row! };
  });
}

const programNames = findProgramNames;

async function setStatus(
  tx: Db,
  app: ApplicationRow,
  to: ApplicationStatus,
  extra: Partial<typeof cohortApplications.$inferInsert>,
  audit: { actor: AuditActor; regionCode: string; transition: string; reason?: string | null; now: Date },
): Promise<ApplicationRow> {
  const [row] = await tx
    .update(cohortApplications)
    .set({ status: to, ...extra, version: sql`${cohortApplications.version} + 1`, updatedAt: audit.now })
    .where(eq(cohortApplications.id, app.id))
    .returning();
  await recordAudit(tx, audit.actor, {
    action: "update",
    subjectType: "cohort_application",
    subjectId: app.id,
    regionCode: audit.regionCode,
    reason: audit.reason ?? null,
    details: { transition: audit.transition, from: app.status, to, residentId: app.residentId },
    at: audit.now,
  });
  return row!;
}

/**
 * Screens every undecided application with the eligibility engine, on the cohort's first day
 * and over its period (ages, rules year and overlaps), using the person's recorded history and
 * the slots they hold in other cohorts. Running it again re-screens only what changed.
 */
export async function screenCohort(db: Db, cohortId: string, actor: AuditActor, now: Date) {
  return db.transaction(async (tx) => {
    const cohort = await lockedCohort(tx, cohortId);
    if (cohort.status !== "recruiting" && cohort.status !== "selecting") {
      throw conflict(
        "모집 중이거나 선발 중인 회차만 심사할 수 있습니다",
        "Only a recruiting or selecting cohort can be screened",
      );
    }
    const apps = await tx
      .select()
      .from(cohortApplications)
      .where(
        and(
          eq(cohortApplications.cohortId, cohortId),
          inArray(cohortApplications.status, [...APPLICATION_ACTIONS.screen.from]),
        ),
      );
    const { sets, ctx } = await loadRuleContext(tx, cohort.regionCode, cohort.periodStart);
    const set = sets.find((s) => s.program === cohort.programCode);
    if (!set) throw conflict("이 사업의 규칙이 없습니다", "No rules for this program");
    const history = await commitmentsOf(
      tx,
      apps.map((a) => a.residentId),
      cohortId,
    );
    let changed = 0;
    for (const app of apps) {
      const facts = openFacts(app.id, app.factsEnc);
      const result = evaluateEligibility(
        {
          ...facts,
          regionCode: cohort.regionCode,
          participations: history.filter((h) => h.residentId === app.residentId),
        },
        set,
        { ...ctx, date: cohort.periodStart, period: { start: cohort.periodStart, end: cohort.periodEnd } },
      );
      const screening: Screening = {
        status: result.status,
        rulesYear: result.rulesYear,
        missing: result.missing,
        reasons: result.reasons.map((r) => ({
          rule: r.rule,
          outcome: r.outcome,
          messageKo: r.messageKo,
          messageEn: r.messageEn,
          ...(r.toConfirm ? { toConfirm: true } : {}),
          ...(r.needsReview ? { needsReview: true } : {}),
        })),
        scoreComponents: (result.score?.components ?? []).map((c) => ({
          kind: c.kind,
          points: c.points,
          messageKo: c.messageKo,
          messageEn: c.messageEn,
        })),
        screenedAt: now.toISOString(),
      };
      const score = result.score?.total ?? null;
      // jsonb does not keep key order, so compare what the verdict says, not its serialisation.
      const said = (reasons: Screening["reasons"] | undefined) =>
        (reasons ?? []).map((r) => `${r.rule}|${r.outcome}|${r.messageKo}`).join("\n");
      const same =
        app.status === result.status &&
        app.score === score &&
        said(app.screening?.reasons) === said(screening.reasons);
      if (same) continue;
      await setStatus(
        tx,
        app,
        result.status,
        { screening, score },
        { actor, regionCode: cohort.regionCode, transition: "screen", now },
      );
      changed++;
    }
    return { changed, counts: await statusCounts(tx, cohortId) };
  });
}

async function statusCounts(tx: Db, cohortId: string): Promise<Record<string, number>> {
  const rows = await tx
    .select({ status: cohortApplications.status, n: sql<number>`count(*)::int` })
    .from(cohortApplications)
    .where(eq(cohortApplications.cohortId, cohortId))
    .groupBy(cohortApplications.status);
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** The participation that clashes with this cohort's period, if any (the caller holds the resident's lock). */
async function clashFor(
  tx: Db,
  cohort: CohortRow,
  residentId: string,
  noOverlap: boolean,
  isDirectJob: (c: string) => boolean,
) {
  if (!noOverlap) return null;
  const history = (await commitmentsOf(tx, [residentId], cohort.id)).filter((h) => isDirectJob(h.program));
  return overlappingParticipations(history, { start: cohort.periodStart, end: cohort.periodEnd })[0] ?? null;
}

const failedReasons = (app: ApplicationRow) => {
  const failed = app.screening?.reasons.filter((r) => r.outcome === "failed") ?? [];
  return {
    ko: failed.map((r) => r.messageKo).join("; ") || "선발 기준에 맞지 않습니다",
    en: failed.map((r) => r.messageEn).join("; ") || "Does not meet the selection criteria",
  };
};

async function notify(
  tx: Db,
  cohort: CohortRow,
  app: ApplicationRow,
  kind: "selected" | "not_selected" | "waiting_list",
  extra: Record<string, unknown> = {},
) {
  const names = await programNames(tx, cohort.programCode);
  await enqueueNotification(tx, {
    dedupeKey: `application:${app.id}:${kind}:v${app.version}`,
    residentId: app.residentId,
    templateCode: kind,
    params: { ...programLabel(cohort, names), ...extra } as never,
    regionCode: cohort.regionCode,
  });
}

/**
 * Selection in score order for the free slots, within the program's cap on participants aged
 * 65+; the rest of the eligible go to the waiting list in order; the ineligible are told why.
 * Applicants who took a slot in an overlapping cohort since screening are not selected, with the
 * overlap named. Running it again only fills slots that have come free.
 */
export async function selectCohort(db: Db, cohortId: string, actor: AuditActor, now: Date) {
  return db.transaction(async (tx) => {
    const cohort = await lockedCohort(tx, cohortId);
    if (cohort.status !== "selecting")
      throw conflict(
        "모집을 마감한 회차에서만 선발할 수 있습니다",
        "Select only after recruitment has closed",
      );
    const { sets, ctx } = await loadRuleContext(tx, cohort.regionCode, cohort.periodStart);
    const set = sets.find((s) => s.program === cohort.programCode)!;
    const apps = await tx.select().from(cohortApplications).where(eq(cohortApplications.cohortId, cohortId));
    const eligible = apps.filter((a) => a.status === "eligible");
    await lockResidents(
      tx,
      eligible.map((a) => a.residentId),
    );
    const ageOf = (a: ApplicationRow) => ageOn(openFacts(a.id, a.factsEnc).birthDate, cohort.periodStart);
    const cap = set.rules.crossProgram?.seniorShareCap;
    const holding = apps.filter((a) => HOLDS_SLOT.includes(a.status));
    let changed = 0;
    const candidates = [];
    for (const app of eligible) {
      const clash = await clashFor(
        tx,
        cohort,
        app.residentId,
        set.rules.crossProgram?.noOverlap ?? false,
        ctx.isDirectJob,
      );
      if (clash) {
        const named = describeParticipation(clash, ctx.programName(clash.program));
        const reason = {
          ko: `다른 직접일자리와 참여 기간이 겹칩니다: ${named.ko}`,
          en: `Overlaps with another direct job: ${named.en}`,
        };
        const row = await setStatus(
          tx,
          app,
          "not_selected",
          { decisionReasonKo: reason.ko, decisionReasonEn: reason.en },
          { actor, regionCode: cohort.regionCode, transition: "reject", reason: reason.ko, now },
        );
        await notify(tx, cohort, row, "not_selected", { reason });
        changed++;
        continue;
      }
      candidates.push({
        id: app.id,
        status: app.status,
        score: app.score ?? 0,
        appliedAt: app.createdAt.toISOString(),
        age: ageOf(app),
      });
    }
    const plan = planSelection(
      candidates,
      Math.max(0, cohort.slots - holding.length),
      { total: holding.length, senior: cap ? holding.filter((a) => ageOf(a) >= cap.age).length : 0 },
      cap,
    );
    const byId = new Map(apps.map((a) => [a.id, a]));
    for (const id of plan.selected) {
      const row = await setStatus(
        tx,
        byId.get(id)!,
        "selected",
        { waitlistPosition: null },
        { actor, regionCode: cohort.regionCode, transition: "select", now },
      );
      await notify(tx, cohort, row, "selected");
      changed++;
    }
    let position = Math.max(0, ...apps.map((a) => a.waitlistPosition ?? 0));
    for (const id of plan.waitlisted) {
      const capped = plan.cappedOut.includes(id);
      const row = await setStatus(
        tx,
        byId.get(id)!,
        "waitlisted",
        {
          waitlistPosition: ++position,
          ...(capped
            ? {
                decisionReasonKo: `만 ${cap!.age}세 이상 참여자 비율 상한(${Math.round(cap!.maxShare * 100)}%)으로 대기합니다`,
                decisionReasonEn: `Waiting: the share of participants aged ${cap!.age}+ is capped at ${Math.round(cap!.maxShare * 100)}%`,
              }
            : {}),
        },
        { actor, regionCode: cohort.regionCode, transition: "waitlist", now },
      );
      await notify(tx, cohort, row, "waiting_list", { position });
      changed++;
    }
    for (const app of apps.filter((a) => a.status === "ineligible")) {
      const reason = failedReasons(app);
      const row = await setStatus(
        tx,
        app,
        "not_selected",
        { decisionReasonKo: reason.ko, decisionReasonEn: reason.en },
        { actor, regionCode: cohort.regionCode, transition: "reject", reason: reason.ko, now },
      );
      await notify(tx, cohort, row, "not_selected", {
        reason: { ko: truncate(reason.ko), en: truncate(reason.en) },
      });
      changed++;
    }
    return { changed, counts: await statusCounts(tx, cohortId) };
  });
}

const truncate = (s: string) => (s.length > 190 ? `${s.slice(0, 189)}…` : s);

/**
 * One officer decision on one application (or the resident's own withdrawal). Repeating a
 * decision that already took effect returns `changed: false` and writes nothing.
 */
export async function decideApplication(
  db: Db,
  app0: { id: string; cohortId: string },
  action: ApplicationAction,
  input: { reason?: string | undefined; workItemId?: string | undefined },
  actor: AuditActor,
  now: Date,
): Promise<{ changed: boolean; application: ApplicationRow }> {
  return db.transaction(async (tx) => {
    const cohort = await lockedCohort(tx, app0.cohortId);
    const [app] = await tx
      .select()
      .from(cohortApplications)
      .where(eq(cohortApplications.id, app0.id))
      .for("update");
    if (!app) throw notFound(APPLICATION, app0.id);
    const check = checkTransition(APPLICATION_ACTIONS, action, app.status);
    if (!check.ok)
      throw conflict(
        `'${STATE_LABELS[app.status].ko}' 상태의 신청에는 '${ACTION_LABELS[action].ko}'을(를) 할 수 없습니다`,
        `Cannot ${ACTION_LABELS[action].en} an application that is ${STATE_LABELS[app.status].en}`,
      );
    if (!check.changed) return { changed: false, application: app };
    if (cohort.status === "closed") throw conflict("종료된 회차입니다", "The cohort is closed");
    const audit = {
      actor,
      regionCode: cohort.regionCode,
      transition: action,
      reason: input.reason ?? null,
      now,
    };
    switch (action) {
      case "select":
        return { changed: true, application: await selectOne(tx, cohort, app, audit) };
      case "waitlist": {
        const [{ top } = { top: 0 }] = await tx
          .select({ top: max(cohortApplications.waitlistPosition) })
          .from(cohortApplications)
          .where(eq(cohortApplications.cohortId, cohort.id));
        const position = (top ?? 0) + 1;
        const row = await setStatus(tx, app, "waitlisted", { waitlistPosition: position }, audit);
        await notify(tx, cohort, row, "waiting_list", { position });
        return { changed: true, application: row };
      }
      case "reject": {
        if (!input.reason)
          throw field422(
            "reason",
            "required",
            "미선정 사유를 입력하세요",
            "Give the reason for not selecting",
          );
        const row = await setStatus(
          tx,
          app,
          "not_selected",
          { decisionReasonKo: input.reason, decisionReasonEn: input.reason, waitlistPosition: null },
          audit,
        );
        await notify(tx, cohort, row, "not_selected", { reason: truncate(input.reason) });
        return { changed: true, application: row };
      }
      case "place":
        return { changed: true, application: await place(tx, cohort, app, input.workItemId, audit) };
      case "withdraw":
        return { changed: true, application: await withdraw(tx, cohort, app, audit) };
      default:
        throw conflict("알 수 없는 작업입니다", "Unknown action");
    }
  });
}

type Audit = { actor: AuditActor; regionCode: string; transition: string; reason?: string | null; now: Date };

/** Selects one person: a free slot, and no overlapping commitment (checked under the person's lock). */
async function selectOne(
  tx: Db,
  cohort: CohortRow,
  app: ApplicationRow,
  audit: Audit,
): Promise<ApplicationRow> {
  if (cohort.status !== "selecting" && cohort.status !== "running")
    throw conflict("선발 단계가 아닙니다", "The cohort is not selecting");
  await lockResidents(tx, [app.residentId]);
  const [{ held } = { held: 0 }] = await tx
    .select({ held: sql<number>`count(*)::int` })
    .from(cohortApplications)
    .where(
      and(eq(cohortApplications.cohortId, cohort.id), inArray(cohortApplications.status, [...HOLDS_SLOT])),
    );
  if (Number(held) >= cohort.slots)
    throw conflict(`정원(${cohort.slots}명)이 다 찼습니다`, `All ${cohort.slots} slots are taken`);
  const { sets, ctx } = await loadRuleContext(tx, cohort.regionCode, cohort.periodStart);
  const set = sets.find((s) => s.program === cohort.programCode)!;
  const clash = await clashFor(
    tx,
    cohort,
    app.residentId,
    set.rules.crossProgram?.noOverlap ?? false,
    ctx.isDirectJob,
  );
  if (clash) {
    const named = describeParticipation(clash, ctx.programName(clash.program));
    throw new AppError("conflict", {
      ko: `다른 직접일자리와 참여 기간이 겹쳐 선발할 수 없습니다: ${named.ko}`,
      en: `Cannot select: overlaps with another direct job: ${named.en}`,
    });
  }
  const row = await setStatus(tx, app, "selected", { waitlistPosition: null }, audit);
  await notify(tx, cohort, row, "selected");
  return row;
}

/** Puts a selected person to work: records the participation and schedules the two reminders. */
async function place(
  tx: Db,
  cohort: CohortRow,
  app: ApplicationRow,
  workItemId: string | undefined,
  audit: Audit,
): Promise<ApplicationRow> {
  const items = await tx
    .select({
      id: workItems.id,
      title: workItems.title,
      placeName: workItems.placeName,
      category: workItems.category,
    })
    .from(cohortWorkItems)
    .innerJoin(workItems, eq(workItems.id, cohortWorkItems.workItemId))
    .where(eq(cohortWorkItems.cohortId, cohort.id));
  const item = workItemId
    ? items.find((i) => i.id === workItemId)
    : items.length === 1
      ? items[0]
      : undefined;
  if (workItemId && !item)
    throw field422(
      "workItemId",
      "not_in_cohort",
      "이 회차의 일감이 아닙니다",
      "Not a work item of this cohort",
    );
  if (!item && items.length > 1)
    throw field422("workItemId", "required", "배치할 일감을 고르세요", "Choose the work item");
  const row = await setStatus(tx, app, "placed", { workItemId: item?.id ?? null }, audit);
  await tx.insert(participations).values({
    residentId: app.residentId,
    programCode: cohort.programCode,
    regionCode: cohort.regionCode,
    startDate: cohort.periodStart,
    endDate: cohort.periodEnd,
    field: item?.category ?? null,
    source: "cohort",
    applicationId: app.id,
    createdBy: audit.actor.userId,
  });
  const names = await programNames(tx, cohort.programCode);
  const startAt = new Date(participationEndingNoticeAt(cohort.periodStart, 2));
  await enqueueNotification(tx, {
    dedupeKey: `application:${app.id}:start_reminder`,
    residentId: app.residentId,
    templateCode: "start_reminder",
    params: {
      programName: names,
      startDate: cohort.periodStart,
      placeName: item?.placeName ?? item?.title ?? cohort.nameKo,
    },
    regionCode: cohort.regionCode,
    notBefore: startAt,
  });
  await enqueueNotification(tx, {
    dedupeKey: `application:${app.id}:participation_ending`,
    residentId: app.residentId,
    templateCode: "participation_ending",
    params: { programName: names, endDate: cohort.periodEnd },
    regionCode: cohort.regionCode,
    notBefore: participationEndingNoticeAt(cohort.periodEnd),
  });
  return row;
}

/**
 * Withdrawal ends the application; a placed person's participation ends today (or never
 * started); reminders not yet sent are withdrawn; and a freed slot goes to the first on the
 * waiting list who has no overlapping commitment.
 */
async function withdraw(
  tx: Db,
  cohort: CohortRow,
  app: ApplicationRow,
  audit: Audit,
): Promise<ApplicationRow> {
  const row = await setStatus(tx, app, "withdrawn", { waitlistPosition: null }, audit);
  if (app.status === "placed") {
    const today = todayInSeoul(audit.now);
    const end =
      today < cohort.periodStart ? cohort.periodStart : today < cohort.periodEnd ? today : cohort.periodEnd;
    await tx.update(participations).set({ endDate: end }).where(eq(participations.applicationId, app.id));
    await cancelNotification(
      tx,
      [`application:${app.id}:start_reminder`, `application:${app.id}:participation_ending`],
      audit.now,
    );
  }
  if (HOLDS_SLOT.includes(app.status) && (cohort.status === "selecting" || cohort.status === "running")) {
    const waiting = await tx
      .select()
      .from(cohortApplications)
      .where(and(eq(cohortApplications.cohortId, cohort.id), eq(cohortApplications.status, "waitlisted")))
      .orderBy(cohortApplications.waitlistPosition);
    for (const next of waiting) {
      try {
        await tx.transaction(async (sp) => {
          await selectOne(sp, cohort, next, {
            ...audit,
            transition: "select",
            reason: "결원 충원 (대기자 승계)",
          });
        });
        break;
      } catch (error) {
        // An overlapping commitment keeps this person waiting; the next in line is tried.
        if (!(error instanceof AppError) || error.code !== "conflict") throw error;
      }
    }
  }
  return row;
}
