import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  GWANAK_OFFICE,
  organizationBody,
  residentBody,
  workItemBody,
} from "../../tests/helpers/api-fixtures.ts";
import { createTestApp } from "../../tests/helpers/test-app.ts";
import { testDatabaseKinds } from "../../tests/helpers/test-database.ts";
import { auditLog } from "../audit/audit.table.ts";
import { verifyAuditChain } from "../audit/verify-audit-chain.ts";
import { cohortApplications } from "../cohorts/cohort.table.ts";
import { notificationOutbox } from "../notifications/notification-outbox.table.ts";
import { carryOutAllocationRun, carryOutOpenRuns } from "./allocation-run.commands.ts";
import { claimAllocationRun } from "./allocation-run.repository.ts";
import { allocationRuns } from "./allocation-run.table.ts";

/** The test clock is 2026-03-02: recruitment is open around it, the cohort runs from April. */
const cohortBody = (workItems: { workItemId: string; slots: number }[]) => ({
  programCode: "seoul_companion",
  regionCode: "11620",
  nameKo: "2026년 2분기 동행일자리 (배정)",
  nameEn: "Seoul companion jobs, Q2 2026 (allocation)",
  recruitStart: "2026-02-20",
  recruitEnd: "2026-03-10",
  periodStart: "2026-04-01",
  periodEnd: "2026-06-30",
  slots: 3,
  budgetWon: 30_000_000,
  workItems,
});

const facts = (birthDate: string, groups: string[] = []) => ({
  birthDate,
  householdSize: 1,
  householdIncomeMonthly: 1_000_000,
  propertyValue: 10_000_000,
  groups,
});

const BOTH_DAYS = [
  { day: "mon", start: "09:00", end: "12:00" },
  { day: "tue", start: "08:00", end: "14:00" },
  { day: "wed", start: "09:00", end: "12:00" },
  { day: "thu", start: "08:00", end: "14:00" },
] as const;

// biome-ignore lint/suspicious/noExplicitAny: JSON answers
type Json = any;

describe.each(await testDatabaseKinds())("cohort allocation runs on %s", (kind) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let officer: Awaited<ReturnType<typeof t.signedIn>>;
  let cohortId: string;
  let care: string;
  let park: string;
  /** Application ids by name: both days, park only ×2, a senior, too far; one over the income limit. */
  const apps: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(kind);
    officer = await t.signedIn("district_officer", { regionCode: "11620" });
    const org = await officer.request("POST", "/api/organizations", organizationBody());
    const dates = { startDate: "2026-04-01", endDate: "2026-06-30" };
    care = (
      await officer.request("POST", "/api/work-items", workItemBody(org.body.id, { ...dates, headcount: 1 }))
    ).body.id;
    park = (
      await officer.request(
        "POST",
        "/api/work-items",
        workItemBody(org.body.id, {
          ...dates,
          title: "마을 공원 정비",
          category: "environment",
          location: { lat: GWANAK_OFFICE.lat + 0.004, lng: GWANAK_OFFICE.lng - 0.003 },
          schedule: [
            { day: "mon", start: "09:00", end: "12:00" },
            { day: "wed", start: "09:00", end: "12:00" },
          ],
          hoursPerWeek: 6,
          headcount: 2,
          requiredSkills: [],
          targetGroups: [],
        }),
      )
    ).body.id;
    const people = [
      { key: "both", name: "김양일", birth: "1970-05-05", groups: ["low_income"], availability: BOTH_DAYS },
      { key: "parkA", name: "이공원", birth: "1968-03-03", groups: [] },
      { key: "parkB", name: "박정비", birth: "1975-07-07", groups: [] },
      { key: "senior", name: "최어른", birth: "1955-05-05", groups: ["senior"] },
      { key: "far", name: "정멀리", birth: "1972-01-01", groups: [], location: { lat: 37.525, lng: 126.95 } },
      { key: "rich", name: "한부자", birth: "1971-01-01", groups: [], income: 9_000_000 },
    ];
    const created = await officer.request(
      "POST",
      "/api/cohorts",
      cohortBody([
        { workItemId: care, slots: 1 },
        { workItemId: park, slots: 2 },
      ]),
    );
    cohortId = created.body.id;
    await officer.request("POST", `/api/cohorts/${cohortId}/actions/open_recruitment`);
    for (const p of people) {
      const resident = await officer.request(
        "POST",
        "/api/residents",
        residentBody({
          personal: { name: p.name, phone: "010-2222-3333", address: "서울 관악구 관악로 1" },
          birthYear: Number(p.birth.slice(0, 4)),
          groups: p.groups as never,
          maxTravelKm: p.key === "far" ? 1 : 3,
          ...(p.availability ? { availability: [...p.availability] } : {}),
          ...(p.location ? { location: p.location } : {}),
        }),
      );
      const applied = await officer.request("POST", `/api/cohorts/${cohortId}/applications`, {
        residentId: resident.body.id,
        facts: { ...facts(p.birth, p.groups), ...(p.income ? { householdIncomeMonthly: p.income } : {}) },
      });
      apps[p.key] = applied.body.id;
    }
    await officer.request("POST", `/api/cohorts/${cohortId}/actions/close_recruitment`);
    const screened = await officer.request("POST", `/api/cohorts/${cohortId}/screen`);
    expect(screened.body.counts).toEqual({ eligible: 5, ineligible: 1 });
  }, 120_000);
  afterAll(() => t.dispose());

  it("proposes the optimal allocation with explanations, confirms it once with an adjustment, and refuses a stale run", async () => {
    const run = await officer.request("POST", `/api/cohorts/${cohortId}/allocation-runs`, {});
    expect(run.status).toBe(201);
    const body: Json = run.body;
    expect(body).toMatchObject({
      status: "done",
      optimal: true,
      stale: false,
      progress: { phase: "finished" },
    });
    expect(body.bound).toBeCloseTo(body.objective, 6);
    expect(body.stats).toMatchObject({
      applicants: 5,
      workItems: 2,
      itemPlaces: 3,
      cohortPlaces: 3,
      assigned: 3,
    });
    // 동행일자리 caps applicants aged 65+ at 35% of the three places: one at most.
    expect(body.stats.seniorCap).toMatchObject({ age: 65, maxShare: 0.35, limit: 1 });
    const assigned = body.proposal.assignments as Json[];
    expect(assigned).toHaveLength(3);
    const where = Object.fromEntries(assigned.map((a) => [a.applicationId, a.workItemId]));
    // Only the applicant free on Tuesdays and Thursdays can take the care work.
    expect(where[apps.both!]).toBe(care);
    expect(assigned.filter((a) => a.workItemId === park)).toHaveLength(2);
    const both = assigned.find((a) => a.applicationId === apps.both)!;
    expect(both).toMatchObject({ residentNameMasked: "김*일", workItemTitle: "어르신 말벗 돌봄" });
    expect(both.summaryKo).toMatch(/집에서 \d\.\dkm/);
    expect(both.groups).toEqual(["low_income"]);
    expect(both.components.at(-1)).toMatchObject({ key: "cohort_priority", points: both.priorityPoints });
    const unassigned = Object.fromEntries(
      (body.proposal.unassigned as Json[]).map((u) => [u.applicationId, u]),
    );
    expect(unassigned[apps.far!]).toMatchObject({ reason: "no_eligible_slot", residentNameMasked: "정*리" });
    expect(unassigned[apps.far!].messageKo).toContain("이동 가능 거리");
    expect(Object.keys(unassigned)).toHaveLength(2);
    expect(JSON.stringify(body)).not.toContain("정멀리");

    // The proposal is sealed at rest.
    const [stored] = await t.database.db.select().from(allocationRuns).where(eq(allocationRuns.id, body.id));
    expect(stored!.proposalEnc).toMatch(/^v1:/);
    expect(stored!.proposalEnc).not.toContain(apps.both!);

    // The same input returns the same run; other options make another.
    const again = await officer.request("POST", `/api/cohorts/${cohortId}/allocation-runs`, {});
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(body.id);
    const other = await officer.request("POST", `/api/cohorts/${cohortId}/allocation-runs`, {
      priorityWeight: 2,
    });
    expect(other.status).toBe(201);
    expect(other.body.id).not.toBe(body.id);

    // Adjustments are checked: the far applicant cannot be placed on either item.
    const bad = await officer.request("POST", `/api/cohorts/${cohortId}/allocation-runs/${body.id}/confirm`, {
      change: [{ applicationId: apps.far, workItemId: park }],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields[0]).toMatchObject({
      field: "change.0.workItemId",
      reason: "hard_condition",
    });

    // Confirm without one of the park pairs: the others are selected and placed, the rest wait.
    const removed = assigned.find((a) => a.workItemId === park)!.applicationId as string;
    const outboxBefore = (await t.database.db.select().from(notificationOutbox)).length;
    const confirmed = await officer.request(
      "POST",
      `/api/cohorts/${cohortId}/allocation-runs/${body.id}/confirm`,
      {
        remove: [removed],
      },
    );
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({
      changed: true,
      run: {
        status: "confirmed",
        confirmation: { selected: 2, placed: 2, waitlisted: 3, removed: 1, changed: 0 },
      },
    });
    const rows = await t.database.db
      .select()
      .from(cohortApplications)
      .where(eq(cohortApplications.cohortId, cohortId));
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const a of assigned.filter((x) => x.applicationId !== removed)) {
      expect(byId.get(a.applicationId)).toMatchObject({ status: "placed", workItemId: a.workItemId });
    }
    expect(byId.get(removed)!.status).toBe("waitlisted");
    expect(byId.get(apps.far!)!.status).toBe("waitlisted");
    expect(byId.get(apps.rich!)!.status).toBe("ineligible");

    const outbox = await t.database.db.select().from(notificationOutbox);
    const templates = (applicationId: string) => {
      const residentId = byId.get(applicationId)!.residentId;
      return outbox
        .filter((n) => n.residentId === residentId && n.templateCode !== "application_received")
        .map((n) => n.templateCode)
        .sort();
    };
    expect(templates(apps.both!)).toEqual(["participation_ending", "selected", "start_reminder"]);
    expect(templates(removed)).toEqual(["waiting_list"]);
    expect(outbox.length).toBe(outboxBefore + 2 * 3 + 3);
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectType, "allocation_run"), eq(auditLog.subjectId, body.id)));
    expect(audits.map((a) => a.action).sort()).toEqual(["create", "update"]);
    const transitions = await t.database.db
      .select()
      .from(auditLog)
      .where(inArray(auditLog.subjectId, [apps.both!, removed]));
    expect(transitions.map((a) => (a.details as { transition?: string }).transition).sort()).toEqual(
      expect.arrayContaining(["place", "select", "waitlist"]),
    );

    // Confirming again does nothing new.
    const auditCount = (await t.database.db.select().from(auditLog)).length;
    const twice = await officer.request(
      "POST",
      `/api/cohorts/${cohortId}/allocation-runs/${body.id}/confirm`,
      {},
    );
    expect(twice.status).toBe(200);
    expect(twice.body.changed).toBe(false);
    expect((await t.database.db.select().from(notificationOutbox)).length).toBe(outbox.length);
    expect((await t.database.db.select().from(auditLog)).length).toBe(auditCount);

    // The other run was computed before the cohort changed: it is stale and cannot be confirmed.
    const stale = await officer.request("GET", `/api/cohorts/${cohortId}/allocation-runs/${other.body.id}`);
    expect(stale.body).toMatchObject({ status: "done", stale: true });
    const refused = await officer.request(
      "POST",
      `/api/cohorts/${cohortId}/allocation-runs/${other.body.id}/confirm`,
      {},
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error.messageKo).toContain("다시 계산");
    const listed = await officer.request("GET", `/api/cohorts/${cohortId}/allocation-runs`);
    // Both were asked for at the test clock's one instant, so their order is by id.
    const summary = (r: Json) => [r.id, r.status, r.stale, r.proposal];
    expect(listed.body.items.map(summary).sort()).toEqual(
      [
        [other.body.id, "done", true, null],
        [body.id, "confirmed", false, null],
      ].sort(),
    );
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });

  it("queues a large run for the background runner, and takes over a run whose runner died", async () => {
    const previous = process.env.MAEUL_ALLOCATION_INLINE_PAIRS;
    process.env.MAEUL_ALLOCATION_INLINE_PAIRS = "0";
    try {
      const queued = await officer.request("POST", `/api/cohorts/${cohortId}/allocation-runs`, {
        priorityWeight: 3,
      });
      expect(queued.status).toBe(202);
      expect(queued.body).toMatchObject({ status: "queued", progress: { phase: "queued" }, proposal: null });
      const polled = await officer.request(
        "GET",
        `/api/cohorts/${cohortId}/allocation-runs/${queued.body.id}`,
      );
      expect(polled.body.status).toBe("queued");
      expect(await carryOutOpenRuns(t.database.db, { now: t.now })).toBe(1);
      const done = await officer.request("GET", `/api/cohorts/${cohortId}/allocation-runs/${queued.body.id}`);
      expect(done.body).toMatchObject({ status: "done", progress: { phase: "finished" }, optimal: true });
    } finally {
      if (previous === undefined) delete process.env.MAEUL_ALLOCATION_INLINE_PAIRS;
      else process.env.MAEUL_ALLOCATION_INLINE_PAIRS = previous;
    }

    // A run claimed by a process that then died stays `running` until its lease runs out.
    const requested = await officer.request("POST", `/api/cohorts/${cohortId}/allocation-runs`, {
      priorityWeight: 4,
    });
    const id = requested.body.id as string;
    await t.database.db
      .update(allocationRuns)
      .set({
        status: "queued",
        attempts: 0,
        stats: null,
        proposalEnc: null,
        progress: { phase: "queued", done: 0, total: 0 },
      })
      .where(eq(allocationRuns.id, id));
    const at = new Date("2026-03-02T00:00:00Z");
    const dead = await claimAllocationRun(t.database.db, {
      runId: id,
      now: at,
      leaseMs: 60_000,
      token: randomUUID(),
      maxAttempts: 3,
    });
    expect(dead?.status).toBe("running");
    expect(await carryOutAllocationRun(t.database.db, { runId: id, now: () => at })).toBeNull();
    const later = new Date(at.getTime() + 61_000);
    const taken = await carryOutAllocationRun(t.database.db, { runId: id, now: () => later });
    expect(taken).toMatchObject({ id, status: "done", attempts: 2 });
  });

  it("keeps other regions out, and lets the 시도 read but not run", async () => {
    const stranger = await t.signedIn("district_officer", { regionCode: "41115" });
    const province = await t.signedIn("metropolitan_officer", { regionCode: "11" });
    const runId = (await officer.request("POST", `/api/cohorts/${cohortId}/allocation-runs`, {})).body.id;
    expect((await stranger.request("POST", `/api/cohorts/${cohortId}/allocation-runs`, {})).status).toBe(403);
    expect((await stranger.request("GET", `/api/cohorts/${cohortId}/allocation-runs/${runId}`)).status).toBe(
      403,
    );
    expect(
      (await stranger.request("POST", `/api/cohorts/${cohortId}/allocation-runs/${runId}/confirm`, {}))
        .status,
    ).toBe(403);
    expect((await province.request("GET", `/api/cohorts/${cohortId}/allocation-runs/${runId}`)).status).toBe(
      200,
    );
    expect((await province.request("POST", `/api/cohorts/${cohortId}/allocation-runs`, {})).status).toBe(403);
    expect((await t.request("GET", `/api/cohorts/${cohortId}/allocation-runs`)).status).toBe(401);
    const resident = await t.signedIn("resident");
    expect((await resident.request("GET", `/api/cohorts/${cohortId}/allocation-runs`)).status).toBe(403);
    const badBody = await officer.request("POST", `/api/cohorts/${cohortId}/allocation-runs`, {
      quotas: [{ group: "disabled", minShare: 2, penalty: -1 }],
    });
    expect(badBody.status).toBe(400);
    expect(badBody.body.error.fields.map((f: Json) => f.field).sort()).toEqual([
      "quotas.0.minShare",
      "quotas.0.penalty",
    ]);
    const unknown = await officer.request("GET", `/api/cohorts/${cohortId}/allocation-runs/${randomUUID()}`);
    expect(unknown.status).toBe(404);

    // Hostile bodies are refused with a 4xx and their reasons, never a 5xx.
    const same = randomUUID();
    for (const [path, hostile] of [
      ["allocation-runs", null],
      ["allocation-runs", []],
      ["allocation-runs", { priorityWeight: "1" }],
      ["allocation-runs", '{"__proto__": {"polluted": true}, "quotas": []}'],
      ["allocation-runs", { quotas: [{ group: "disabled", minShare: 0.1, penalty: 1, extra: 1 }] }],
      ["allocation-runs", { quotas: [1, 2].map(() => ({ group: "senior", minShare: 0.1, penalty: 1 })) }],
      [`allocation-runs/${runId}/confirm`, { remove: ["not-a-uuid"] }],
      [
        `allocation-runs/${runId}/confirm`,
        { remove: [same], change: [{ applicationId: same, workItemId: same }] },
      ],
      [`allocation-runs/${runId}/confirm`, "not json"],
    ] as const) {
      const res = await officer.request("POST", `/api/cohorts/${cohortId}/${path}`, hostile);
      expect(res.status, `${path} ${JSON.stringify(hostile)}`).toBeGreaterThanOrEqual(400);
      expect(res.status, `${path} ${JSON.stringify(hostile)}`).toBeLessThan(500);
      expect(typeof res.body.error.code).toBe("string");
    }

    // Nothing to allocate while a cohort still recruits.
    const recruiting = await officer.request(
      "POST",
      "/api/cohorts",
      cohortBody([{ workItemId: care, slots: 1 }]),
    );
    await officer.request("POST", `/api/cohorts/${recruiting.body.id}/actions/open_recruitment`);
    const early = await officer.request("POST", `/api/cohorts/${recruiting.body.id}/allocation-runs`, {});
    expect(early.status).toBe(409);
    expect(early.body.error.messageKo).toContain("모집을 마감하고");

    const doc = (await t.request("GET", "/api/openapi.json")).body;
    expect(Object.keys(doc.paths["/cohorts/{id}/allocation-runs"])).toEqual(["post", "get"]);
    expect(doc.paths["/cohorts/{id}/allocation-runs/{runId}/confirm"].post.responses).toHaveProperty("422");
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(["AllocationRun", "AllocationRunStart", "AllocationRunConfirm"]),
    );
  });
});
