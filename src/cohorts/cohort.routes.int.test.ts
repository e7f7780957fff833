import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organizationBody, residentBody, workItemBody } from "../../tests/helpers/api-fixtures.ts";
import { createTestApp } from "../../tests/helpers/test-app.ts";
import { testDatabaseKinds } from "../../tests/helpers/test-database.ts";
import { auditLog } from "../audit/audit.table.ts";
import { verifyAuditChain } from "../audit/verify-audit-chain.ts";
import { notificationOutbox } from "../notifications/notification-outbox.table.ts";
import { cohortApplications } from "./cohort.table.ts";

/** The test clock is 2026-03-02; cohorts recruit around it and run from April. */
const cohortBody = (overrides: Record<string, unknown> = {}) => ({
  programCode: "seoul_companion",
  regionCode: "11620",
  nameKo: "2026년 2분기 동행일자리",
  nameEn: "Seoul companion jobs, Q2 2026",
  recruitStart: "2026-02-20",
  recruitEnd: "2026-03-10",
  periodStart: "2026-04-01",
  periodEnd: "2026-06-30",
  slots: 1,
  budgetWon: 12_000_000,
  ...overrides,
});

/** Facts of someone comfortably within 동행일자리's rules (income 40% of the 1인 median). */
const goodFacts = (birthDate = "1970-05-05", groups: string[] = []) => ({
  birthDate,
  householdSize: 1,
  householdIncomeMonthly: 1_000_000,
  propertyValue: 10_000_000,
  groups,
});

describe.each(await testDatabaseKinds())("cohorts from recruitment to placement on %s", (kind) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let officer: Awaited<ReturnType<Awaited<ReturnType<typeof createTestApp>>["signedIn"]>>;
  let workItemId: string;
  const residents: string[] = [];

  beforeAll(async () => {
    t = await createTestApp(kind);
    officer = await t.signedIn("district_officer", { regionCode: "11620" });
    const org = await officer.request("POST", "/api/organizations", organizationBody());
    const item = await officer.request(
      "POST",
      "/api/work-items",
      workItemBody(org.body.id, { startDate: "2026-04-01", endDate: "2026-06-30", headcount: 2 }),
    );
    workItemId = item.body.id;
    for (const name of ["김하나", "이두리", "박세나", "최네모"]) {
      const res = await officer.request(
        "POST",
        "/api/residents",
        residentBody({ personal: { name, phone: "010-2222-3333", address: "서울 관악구 관악로 1" } }),
      );
      residents.push(res.body.id);
    }
  }, 120_000);
  afterAll(() => t.dispose());

  it("takes a cohort through recruitment, screening, selection, placement and replacement, with notifications", async () => {
    const created = await officer.request(
      "POST",
      "/api/cohorts",
      cohortBody({ workItems: [{ workItemId, slots: 1 }] }),
    );
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body).toMatchObject({ status: "draft", workItems: [{ workItemId, slots: 1 }] });

    // Applications wait for recruitment to open.
    const early = await officer.request("POST", `/api/cohorts/${id}/applications`, {
      residentId: residents[0],
      facts: goodFacts(),
    });
    expect(early.status).toBe(409);
    expect((await officer.request("POST", `/api/cohorts/${id}/actions/open_recruitment`)).body.changed).toBe(
      true,
    );
    expect((await officer.request("POST", `/api/cohorts/${id}/actions/open_recruitment`)).body.changed).toBe(
      false,
    );

    // A resident applies online; an officer enters two walk-ins; one is over the income limit.
    const resident = await t.signedIn("resident", { residentId: residents[0] });
    const online = await resident.request("POST", `/api/cohorts/${id}/applications`, {
      facts: goodFacts("1968-01-01", ["low_income"]),
    });
    expect(online.status).toBe(201);
    expect(online.body).toMatchObject({ channel: "online", status: "applied", residentNameMasked: "김*나" });
    const again = await resident.request("POST", `/api/cohorts/${id}/applications`, { facts: goodFacts() });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(online.body.id);
    const walkIn = await officer.request("POST", `/api/cohorts/${id}/applications`, {
      residentId: residents[1],
      facts: goodFacts("1975-01-01"),
    });
    expect(walkIn.body.channel).toBe("walk_in");
    const rich = await officer.request("POST", `/api/cohorts/${id}/applications`, {
      residentId: residents[2],
      facts: { ...goodFacts(), householdIncomeMonthly: 9_000_000 },
    });
    expect(rich.status).toBe(201);

    // The declared facts are sealed at rest.
    const [stored] = await t.database.db
      .select()
      .from(cohortApplications)
      .where(eq(cohortApplications.id, rich.body.id));
    expect(stored!.factsEnc).toMatch(/^v1:/);
    expect(stored!.factsEnc).not.toContain("9000000");

    expect((await officer.request("POST", `/api/cohorts/${id}/select`)).status).toBe(409);
    await officer.request("POST", `/api/cohorts/${id}/actions/close_recruitment`);
    const screened = await officer.request("POST", `/api/cohorts/${id}/screen`);
    expect(screened.body.counts).toEqual({ eligible: 2, ineligible: 1 });
    expect((await officer.request("POST", `/api/cohorts/${id}/screen`)).body.changed).toBe(0);

    const listed = await officer.request("GET", `/api/cohorts/${id}/applications`);
    const onlineApp = listed.body.items.find((a: { id: string }) => a.id === online.body.id);
    expect(
      onlineApp.screening.scoreComponents.find((c: { kind: string }) => c.kind === "groups").points,
    ).toBeGreaterThan(0);

    const selected = await officer.request("POST", `/api/cohorts/${id}/select`);
    expect(selected.body.counts).toEqual({ selected: 1, waitlisted: 1, not_selected: 1 });
    const after = (await officer.request("GET", `/api/cohorts/${id}/applications`)).body.items as {
      id: string;
      status: string;
      decisionReasonKo: string | null;
      waitlistPosition: number | null;
    }[];
    // The low-income applicant scores higher and takes the slot.
    expect(after.find((a) => a.id === online.body.id)!.status).toBe("selected");
    expect(after.find((a) => a.id === walkIn.body.id)).toMatchObject({
      status: "waitlisted",
      waitlistPosition: 1,
    });
    expect(after.find((a) => a.id === rich.body.id)!.decisionReasonKo).toContain("기준중위소득 85%를 초과");

    const placed = await officer.request("POST", `/api/applications/${online.body.id}/place`, { workItemId });
    expect(placed.body).toMatchObject({ changed: true, application: { status: "placed", workItemId } });
    const history = await resident.request("GET", `/api/residents/${residents[0]}/participations`);
    expect(history.body.items).toEqual([
      expect.objectContaining({
        programCode: "seoul_companion",
        startDate: "2026-04-01",
        source: "cohort",
        field: "care",
      }),
    ]);

    // The applicant's own list names the program and the work item, not only their ids.
    const placedMine = await resident.request("GET", "/api/me/applications");
    expect(placedMine.body.items[0]).toMatchObject({
      status: "placed",
      cohort: { programCode: "seoul_companion", programNameKo: expect.stringContaining("동행") },
      workItem: { id: workItemId, title: "어르신 말벗 돌봄" },
    });

    // The resident withdraws; the first on the waiting list takes the slot.
    const withdrawn = await resident.request("POST", `/api/me/applications/${online.body.id}/withdraw`, {
      reason: "개인 사정",
    });
    expect(withdrawn.body.application.status).toBe("withdrawn");
    const mine = await resident.request("GET", "/api/me/applications");
    expect(mine.body.items[0]).toMatchObject({
      status: "withdrawn",
      cohort: { nameKo: "2026년 2분기 동행일자리" },
    });
    const final = (await officer.request("GET", `/api/cohorts/${id}/applications`)).body.items as {
      id: string;
      status: string;
    }[];
    expect(final.find((a) => a.id === walkIn.body.id)!.status).toBe("selected");

    const outbox = await t.database.db.select().from(notificationOutbox);
    const templates = (residentId: string) =>
      outbox
        .filter((n) => n.residentId === residentId)
        .map((n) => `${n.templateCode}:${n.status}`)
        .sort();
    expect(templates(residents[0]!)).toEqual([
      "application_received:pending",
      "participation_ending:cancelled",
      "selected:pending",
      "start_reminder:cancelled",
    ]);
    expect(templates(residents[1]!)).toEqual([
      "application_received:pending",
      "selected:pending",
      "waiting_list:pending",
    ]);
    expect(templates(residents[2]!)).toEqual(["application_received:pending", "not_selected:pending"]);

    const transitions = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.subjectType, "cohort_application"));
    expect(transitions.length).toBeGreaterThanOrEqual(10);
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });

  it("lets exactly one of two officers select the same person for overlapping cohorts at the same time", async () => {
    const make = async (programCode: string) => {
      const res = await officer.request(
        "POST",
        "/api/cohorts",
        cohortBody({ programCode, nameKo: `${programCode} 회차`, nameEn: programCode, slots: 5 }),
      );
      const id = res.body.id;
      await officer.request("POST", `/api/cohorts/${id}/actions/open_recruitment`);
      const app = await officer.request("POST", `/api/cohorts/${id}/applications`, {
        residentId: residents[3],
        facts: goodFacts(),
      });
      await officer.request("POST", `/api/cohorts/${id}/actions/close_recruitment`);
      await officer.request("POST", `/api/cohorts/${id}/screen`);
      return app.body.id as string;
    };
    const a = await make("seoul_companion");
    const b = await make("community_jobs");
    const second = await t.signedIn("district_officer", { regionCode: "11620" });
    const [ra, rb] = await Promise.all([
      officer.request("POST", `/api/applications/${a}/select`, {}),
      second.request("POST", `/api/applications/${b}/select`, {}),
    ]);
    expect([ra.status, rb.status].sort()).toEqual([200, 409]);
    const loser = ra.status === 409 ? ra : rb;
    expect(loser.body.error.messageKo).toContain("참여 기간이 겹쳐");
    // Repeating the winning selection changes nothing.
    const winner = ra.status === 200 ? a : b;
    expect((await officer.request("POST", `/api/applications/${winner}/select`, {})).body.changed).toBe(
      false,
    );
  });

  it("keeps other regions, other residents and anonymous callers out", async () => {
    const res = await officer.request(
      "POST",
      "/api/cohorts",
      cohortBody({ nameKo: "접근 테스트", nameEn: "Access test" }),
    );
    const id = res.body.id;
    const stranger = await t.signedIn("district_officer", { regionCode: "41111" });
    expect((await stranger.request("POST", `/api/cohorts/${id}/actions/open_recruitment`)).status).toBe(403);
    expect((await stranger.request("GET", `/api/cohorts/${id}/applications`)).status).toBe(403);
    expect((await stranger.request("POST", "/api/cohorts", cohortBody())).status).toBe(403);
    expect((await t.request("POST", "/api/cohorts", cohortBody())).status).toBe(401);
    expect((await t.request("GET", `/api/cohorts/${id}`)).status).toBe(200);
    const other = await t.signedIn("resident", { residentId: residents[1] });
    const own = (await officer.request("GET", "/api/cohorts?region=11620")).body.items.length;
    expect(own).toBeGreaterThan(0);
    expect((await other.request("POST", `/api/applications/${residents[0]}/select`, {})).status).toBe(403);
    const bad = await officer.request(
      "POST",
      "/api/cohorts",
      cohortBody({ periodEnd: "2026-01-01", slots: 0 }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      "periodEnd",
      "recruitEnd",
      "slots",
    ]);
    // Dates in the wrong order are told as dates, not as times of day.
    const periodEnd = bad.body.error.fields.find((f: { field: string }) => f.field === "periodEnd");
    expect(periodEnd).toMatchObject({
      reason: "end_date_before_start",
      messageKo: "종료일은 시작일과 같거나 늦어야 합니다.",
    });
  });

  it("refuses a recorded participation that overlaps another direct job, naming it", async () => {
    const first = await officer.request("POST", `/api/residents/${residents[2]}/participations`, {
      programCode: "community_jobs",
      startDate: "2025-02-03",
      endDate: "2025-06-30",
      field: "environment",
    });
    expect(first.status).toBe(201);
    expect(first.body.careerMonths.environment).toEqual({ totalMonths: 5, longestRunMonths: 5 });
    const clash = await officer.request("POST", `/api/residents/${residents[2]}/participations`, {
      programCode: "public_works",
      startDate: "2025-06-01",
      endDate: "2025-09-30",
    });
    expect(clash.status).toBe(409);
    expect(clash.body.error.messageKo).toContain("지역공동체일자리 2025-02-03~2025-06-30");
    const backwards = await officer.request("POST", `/api/residents/${residents[2]}/participations`, {
      programCode: "community_jobs",
      startDate: "2024-06-30",
      endDate: "2024-02-03",
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.fields).toEqual([
      expect.objectContaining({ field: "endDate", reason: "end_date_before_start" }),
    ]);
  });
});
