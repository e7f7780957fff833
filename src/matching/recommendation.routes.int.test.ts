import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  GWANAK_OFFICE,
  organizationBody,
  residentBody,
  workItemBody,
} from "../../tests/helpers/api-fixtures.ts";
import { createTestApp, type TestAgent } from "../../tests/helpers/test-app.ts";
import { testDatabaseKinds } from "../../tests/helpers/test-database.ts";
import { searchAudit } from "../audit/audit.repository.ts";
import type { TimeSlot } from "../shared/domain/weekly-schedule.ts";

const UNKNOWN = "00000000-0000-4000-8000-000000000000";
const weekdays = (start: string, end: string) =>
  (["mon", "tue", "wed", "thu", "fri"] as const).map((day) => ({ day, start, end }));
const near = (km: number) => ({ lat: GWANAK_OFFICE.lat + km / 111.195, lng: GWANAK_OFFICE.lng });

/**
 * The recommendation and candidate routes against a real database: ranked with reasons, scoped
 * like the resident records they are computed from, masked, audited, and kept up to date as work
 * items open, change and close.
 */
describe.each(await testDatabaseKinds())("recommendations and candidates on %s", (kind) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: TestAgent;
  let officer: TestAgent;
  let staff: TestAgent;
  const ids = {
    org: "",
    otherOrg: "",
    care: "",
    suwonItem: "",
    /** 관악, can do the care item (elder care, Tue/Thu mornings, 300 m away). */
    carer: "",
    /** 관악, lacks the required skill. */
    unskilled: "",
    /** Registered in 동작구 next door, lives by the care item. */
    neighbour: "",
    suwon: "",
  };

  const created = async (path: string, body: unknown) => {
    const res = await admin.request("POST", path, body);
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.signedIn("system_admin");
    ids.org = await created("/api/organizations", organizationBody());
    ids.otherOrg = await created("/api/organizations", organizationBody({ name: "관악 청소년 문화의집" }));
    ids.care = await created(
      "/api/work-items",
      workItemBody(ids.org, { title: "어르신 말벗 돌봄 (추천 시험)" }),
    );
    const suwonOrg = await created(
      "/api/organizations",
      organizationBody({ regionCode: "41115", name: "팔달구 복지관", location: { lat: 37.28, lng: 127.01 } }),
    );
    ids.suwonItem = await created(
      "/api/work-items",
      workItemBody(suwonOrg, { title: "팔달 돌봄", location: { lat: 37.281, lng: 127.011 } }),
    );
    const person = (name: string) => ({ ...residentBody().personal, name });
    ids.carer = await created(
      "/api/residents",
      residentBody({
        availability: [
          { day: "tue", start: "08:00", end: "14:00" },
          { day: "thu", start: "08:00", end: "14:00" },
        ],
        desiredHoursPerWeek: 8,
        personal: person("홍길동"),
      }),
    );
    ids.unskilled = await created(
      "/api/residents",
      residentBody({
        skills: ["driving"],
        availability: weekdays("08:00", "14:00"),
        personal: person("김기술"),
      }),
    );
    ids.neighbour = await created(
      "/api/residents",
      residentBody({
        regionCode: "11590",
        location: near(0.4),
        availability: weekdays("08:00", "14:00"),
        personal: person("이웃집"),
      }),
    );
    ids.suwon = await created(
      "/api/residents",
      residentBody({
        regionCode: "41115",
        location: { lat: 37.282, lng: 127.012 },
        personal: person("박수원"),
      }),
    );
    officer = await t.signedIn("district_officer", { regionCode: "11620" });
    staff = await t.signedIn("institution_staff", { organizationId: ids.org });
  });
  afterAll(() => t.dispose());

  const audit = (filters: { action?: "read" | "list"; subjectId?: string }) =>
    searchAudit(t.database.db, { subjectType: "resident", ...filters, page: 1, pageSize: 100 });

  it("ranks work items for the resident themself, with reasons in Korean and English, and logs the read", async () => {
    const resident = await t.signedIn("resident", { residentId: ids.carer });
    const res = await resident.request("GET", `/api/residents/${ids.carer}/recommendations`);
    expect(res.status).toBe(200);
    expect(res.body.residentId).toBe(ids.carer);
    const [first] = res.body.items;
    expect(first.rank).toBe(1);
    expect(first.workItem.id).toBe(ids.care);
    expect(first.workItem.title).toBe("어르신 말벗 돌봄 (추천 시험)");
    expect(first.explanation.summaryKo).toMatch(
      /^집에서 0\.\dkm · 화\/목 오전 가능 시간과 100% 겹침 · 어르신 돌봄 가능 · 우선 대상\(어르신\)에 해당$/,
    );
    expect(first.explanation.summaryEn).toContain("100% within your available hours");
    expect(first.explanation.components.map((c: { key: string }) => c.key)).toContain("congestion");
    const sum = first.explanation.components.reduce((s: number, c: { points: number }) => s + c.points, 0);
    expect(sum).toBeCloseTo(first.score, 1);
    // The 수원 item is 20 km away, beyond the 3 km this resident travels.
    expect(res.body.items.some((i: { workItem: { id: string } }) => i.workItem.id === ids.suwonItem)).toBe(
      false,
    );
    const { rows } = await audit({ action: "read", subjectId: ids.carer });
    expect(rows[0]?.details).toEqual({ view: "recommendations", count: res.body.items.length, own: true });
  });

  it("keeps a resident to their own recommendations", async () => {
    const resident = await t.signedIn("resident", { residentId: ids.carer });
    expect((await resident.request("GET", `/api/residents/${ids.unskilled}/recommendations`)).status).toBe(
      404,
    );
    expect((await resident.request("GET", `/api/work-items/${ids.care}/candidates`)).status).toBe(403);
  });

  it("leaves out an item whose required skill the resident lacks", async () => {
    const res = await officer.request("GET", `/api/residents/${ids.unskilled}/recommendations`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { workItem: { id: string } }) => i.workItem.id)).not.toContain(ids.care);
  });

  it("answers 404 for an unknown id, 400 for a bad limit, 403/404 outside the officer's region", async () => {
    expect((await officer.request("GET", `/api/residents/${UNKNOWN}/recommendations`)).status).toBe(404);
    expect((await officer.request("GET", `/api/residents/${UNKNOWN}/bundles`)).status).toBe(404);
    expect((await officer.request("GET", `/api/work-items/${UNKNOWN}/candidates`)).status).toBe(404);
    for (const limit of ["0", "abc", "101", "2.5"]) {
      const res = await officer.request("GET", `/api/residents/${ids.carer}/recommendations?limit=${limit}`);
      expect(res.status, limit).toBe(400);
      expect(res.body.error.fields[0].field).toBe("limit");
    }
    const tooMany = await officer.request("GET", `/api/work-items/${ids.care}/candidates?limit=201`);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.fields[0].field).toBe("limit");
    expect((await officer.request("GET", `/api/residents/${ids.suwon}/recommendations`)).status).toBe(404);
    expect((await officer.request("GET", `/api/work-items/${ids.suwonItem}/candidates`)).status).toBe(403);
    const other = await t.signedIn("institution_staff", { organizationId: ids.otherOrg });
    expect((await other.request("GET", `/api/work-items/${ids.care}/candidates`)).status).toBe(403);
    expect((await t.agent().request("GET", `/api/residents/${ids.carer}/recommendations`)).status).toBe(401);
  });

  it("ranks candidates for the posting institution, masked, without naming sensitive groups, and logs the list", async () => {
    const res = await staff.request("GET", `/api/work-items/${ids.care}/candidates`);
    expect(res.status).toBe(200);
    expect(res.body.workItemId).toBe(ids.care);
    const shown = res.body.items.map((c: { resident: { id: string } }) => c.resident.id);
    expect(shown).toContain(ids.carer);
    expect(shown).toContain(ids.neighbour);
    expect(shown).not.toContain(ids.unskilled);
    const carer = res.body.items.find((c: { resident: { id: string } }) => c.resident.id === ids.carer);
    expect(carer.resident).toMatchObject({ name: "홍*동", masked: true, regionCode: "11620" });
    const text = JSON.stringify(res.body);
    expect(text).not.toContain("홍길동");
    expect(text).not.toContain("010-1234-5678");
    expect(text).not.toContain("관악로 1 101동");
    expect(text).not.toContain("어르신)");
    expect(carer.explanation.summaryKo).toContain("이 일감의 우선 대상에 해당");
    // Staff read about the resident, not to them.
    expect(carer.explanation.summaryKo).toMatch(/^(주민 집에서 [\d.]+km|재택 근무)/);
    expect(text).not.toMatch(/\byour\b/);
    const [entry] = (await audit({ action: "list" })).rows;
    expect(entry?.details).toMatchObject({ view: "candidates", workItemId: ids.care, count: shown.length });
    expect((entry!.details as { residentIds: string[] }).residentIds).toEqual(shown);
  });

  it("shows an officer only the candidates of their own region", async () => {
    const res = await officer.request("GET", `/api/work-items/${ids.care}/candidates?limit=10`);
    expect(res.status).toBe(200);
    const shown = res.body.items.map((c: { resident: { id: string } }) => c.resident.id);
    expect(shown).toContain(ids.carer);
    expect(shown).not.toContain(ids.neighbour);
    expect(res.body.items[0].explanation.summaryKo).toContain("우선 대상(어르신)에 해당");
    expect(res.body.items[0].explanation.summaryEn).toContain("within the resident's available hours");
  });

  it("offers bundles of small items that together make up the weekly hours wanted", async () => {
    const wanting = await created(
      "/api/residents",
      residentBody({
        availability: weekdays("09:00", "18:00"),
        desiredHoursPerWeek: 24,
        maxTravelKm: 5,
        skills: ["cleaning"],
        interests: ["environment"],
        personal: { ...residentBody().personal, name: "최묶음" },
      }),
    );
    const small = (title: string, schedule: TimeSlot[], hours: number, km: number) =>
      created(
        "/api/work-items",
        workItemBody(ids.org, {
          title,
          category: "environment",
          schedule,
          hoursPerWeek: hours,
          requiredSkills: [],
          targetGroups: [],
          location: near(km),
        }),
      );
    const slot = (day: TimeSlot["day"], start: string, end: string): TimeSlot => ({ day, start, end });
    await small("공원 정비 월수", [slot("mon", "09:00", "13:00"), slot("wed", "09:00", "13:00")], 8, 1);
    await small("하천 정화 화목", [slot("tue", "09:00", "13:00"), slot("thu", "09:00", "13:00")], 8, 1.5);
    await small("골목 청소 금", [slot("fri", "09:00", "15:00")], 6, 0.5);
    const res = await officer.request("GET", `/api/residents/${wanting}/bundles`);
    expect(res.status).toBe(200);
    const titlesOf = (b: { items: { workItem: { title: string } }[] }) =>
      b.items
        .map((i) => i.workItem.title)
        .sort()
        .join("+");
    const expected = ["공원 정비 월수", "하천 정화 화목", "골목 청소 금"].sort().join("+");
    const bundle = res.body.items.find((b: Parameters<typeof titlesOf>[0]) => titlesOf(b) === expected);
    expect(bundle.totalHours).toBe(22);
    // The farthest (하천 정화) is 1.5 km north of 관악구청, the resident's cell 0.3 km north of it.
    expect(bundle.messageKo).toBe(
      "일감 3개로 주 22시간 (희망 주 24시간) · 시간 겹침 없음 · 가장 먼 일터 집에서 1.2km",
    );
    expect(bundle.items[0].explanation.summaryKo.length).toBeGreaterThan(0);
    const { rows } = await audit({ action: "read", subjectId: wanting });
    expect(rows[0]?.details).toMatchObject({ view: "bundles", count: res.body.items.length });
  });

  it("keeps up as work items open, change and close", async () => {
    const ranked = async () =>
      (await officer.request("GET", `/api/residents/${ids.carer}/recommendations`)).body.items.map(
        (i: { workItem: { id: string } }) => i.workItem.id,
      );
    const fresh = await created(
      "/api/work-items",
      workItemBody(ids.org, { title: "새 돌봄 일감", location: near(0.1) }),
    );
    expect(await ranked()).toContain(fresh);
    // Same clock, same count of open items: only the row's new version tells the index.
    const edit = await admin.request("PATCH", `/api/work-items/${fresh}`, {
      requiredCertificates: ["care_worker"],
    });
    expect(edit.status).toBe(200);
    expect(await ranked()).not.toContain(fresh);
    await admin.request("PATCH", `/api/work-items/${fresh}`, { requiredCertificates: [] });
    expect(await ranked()).toContain(fresh);
    expect((await admin.request("POST", `/api/work-items/${fresh}/close`)).status).toBe(200);
    expect(await ranked()).not.toContain(fresh);
  });

  it("counts months already worked in the field, for recommendations and for candidates", async () => {
    const recorded = await admin.request("POST", `/api/residents/${ids.carer}/participations`, {
      programCode: "public_works",
      startDate: "2024-03-01",
      endDate: "2024-11-30",
      field: "care",
    });
    expect(recorded.status).toBe(201);
    const own = await officer.request("GET", `/api/residents/${ids.carer}/recommendations`);
    const care = own.body.items.find((i: { workItem: { id: string } }) => i.workItem.id === ids.care);
    expect(care.explanation.summaryKo).toContain("돌봄 분야 경력 9개월");
    const listed = await staff.request("GET", `/api/work-items/${ids.care}/candidates`);
    const carer = listed.body.items.find((c: { resident: { id: string } }) => c.resident.id === ids.carer);
    const continuity = carer.explanation.components.find((c: { key: string }) => c.key === "continuity");
    expect(continuity).toMatchObject({ messageKo: "돌봄 분야 경력 9개월", fit: 0.25 });
  });

  it("declares the three routes and their shapes in the OpenAPI document", async () => {
    const doc = (await t.request("GET", "/api/openapi.json")).body;
    for (const path of [
      "/residents/{id}/recommendations",
      "/residents/{id}/bundles",
      "/work-items/{id}/candidates",
    ]) {
      expect(Object.keys(doc.paths[path].get.responses), path).toEqual(
        expect.arrayContaining(["200", "400", "401", "403", "404"]),
      );
    }
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(["RecommendationList", "BundleList", "CandidateList", "MatchExplanation"]),
    );
  });

  it("keeps candidates up to date as residents change", async () => {
    const ranked = async () =>
      (await staff.request("GET", `/api/work-items/${ids.care}/candidates`)).body.items.map(
        (c: { resident: { id: string } }) => c.resident.id,
      );
    expect(await ranked()).toContain(ids.carer);
    expect(
      (await admin.request("PATCH", `/api/residents/${ids.carer}`, { skills: ["driving"] })).status,
    ).toBe(200);
    expect(await ranked()).not.toContain(ids.carer);
    await admin.request("PATCH", `/api/residents/${ids.carer}`, { skills: ["elder_care"] });
    expect(await ranked()).toContain(ids.carer);
  });
  it("leaves out work in a program the resident cannot join, and says what the rest still needs", async () => {
    const open = { requiredSkills: [], targetGroups: [] };
    const seniorItem = await created(
      "/api/work-items",
      workItemBody(ids.org, {
        ...open,
        title: "공익활동 (자격 시험)",
        programCode: "senior_public_interest",
      }),
    );
    const worksItem = await created(
      "/api/work-items",
      workItemBody(ids.org, { ...open, title: "동행일자리 (자격 시험)", programCode: "seoul_companion" }),
    );
    // In Seoul public works runs as 동행일자리: the national program is closed to every resident here.
    const nationalWorks = await created(
      "/api/work-items",
      workItemBody(ids.org, { ...open, title: "공공근로 (자격 시험)", programCode: "public_works" }),
    );
    const young = await created(
      "/api/residents",
      residentBody({
        birthYear: 1990,
        skills: [],
        availability: weekdays("08:00", "14:00"),
        personal: { ...residentBody().personal, name: "김청년" },
      }),
    );
    type Item = {
      workItem: { id: string };
      explanation: { components: { key: string; messageKo: string }[] };
    };
    const listFor = async (residentId: string) => {
      const res = await admin.request("GET", `/api/residents/${residentId}/recommendations?limit=100`);
      expect(res.status).toBe(200);
      return res.body.items as Item[];
    };
    const eligibilityOf = (item: Item | undefined) =>
      item?.explanation.components.find((c) => c.key === "eligibility")?.messageKo;

    // Aged 35–36 on 2026-03-02: no senior jobs; companion jobs are open, pending income documents.
    const forYoung = await listFor(young);
    expect(forYoung.map((i) => i.workItem.id)).not.toContain(seniorItem);
    expect(forYoung.map((i) => i.workItem.id)).not.toContain(nationalWorks);
    expect(eligibilityOf(forYoung.find((i) => i.workItem.id === worksItem))).toBe(
      "참여 자격: 서류 확인 필요",
    );
    const bundles = await admin.request("GET", `/api/residents/${young}/bundles?limit=20`);
    expect(JSON.stringify(bundles.body)).not.toContain(seniorItem);

    // Born in 1958: old enough whatever the birthday; the basic pension is still to be shown.
    const forCarer = await listFor(ids.carer);
    expect(eligibilityOf(forCarer.find((i) => i.workItem.id === seniorItem))).toBe(
      "참여 자격: 서류 확인 필요",
    );
    // A work item without a program has no rules to meet.
    expect(eligibilityOf(forCarer.find((i) => i.workItem.id === ids.care))).toBe(
      "참여 자격은 신청할 때 확인",
    );

    // The other way round: the senior item's candidates leave the young resident out.
    const candidatesOf = async (itemId: string) =>
      (await staff.request("GET", `/api/work-items/${itemId}/candidates?limit=200`)).body.items.map(
        (c: { resident: { id: string } }) => c.resident.id,
      );
    const forSenior = await candidatesOf(seniorItem);
    expect(forSenior).toContain(ids.carer);
    expect(forSenior).not.toContain(young);
    expect(await candidatesOf(worksItem)).toContain(young);
  });
});
