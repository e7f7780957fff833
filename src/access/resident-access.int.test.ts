import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { residentBody } from "../../tests/helpers/api-fixtures.ts";
import { createTestApp } from "../../tests/helpers/test-app.ts";
import { testDatabaseKinds } from "../../tests/helpers/test-database.ts";

/** Tenancy on residents' records: sign-in required, officers see their region, residents themselves. */
describe.each(await testDatabaseKinds())("access to residents on %s", (kind) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  const ids: { gwanak: string; suwon: string } = { gwanak: "", suwon: "" };
  beforeAll(async () => {
    t = await createTestApp(kind);
    const admin = await t.signedIn("system_admin");
    ids.gwanak = (
      await admin.request("POST", "/api/residents", residentBody({ regionCode: "11620" }))
    ).body.id;
    ids.suwon = (
      await admin.request("POST", "/api/residents", residentBody({ regionCode: "41115" }))
    ).body.id;
  });
  afterAll(() => t.dispose());

  it("answers 401 to a caller who is not signed in", async () => {
    expect((await t.request("GET", "/api/residents")).status).toBe(401);
    expect((await t.request("GET", `/api/residents/${ids.gwanak}`)).status).toBe(401);
    expect((await t.request("POST", "/api/residents", residentBody())).status).toBe(401);
  });

  it("keeps a district officer inside their 시군구: another district's resident is a 404", async () => {
    const officer = await t.signedIn("district_officer", { regionCode: "11620" });
    expect((await officer.request("GET", `/api/residents/${ids.gwanak}`)).status).toBe(200);
    const other = await officer.request("GET", `/api/residents/${ids.suwon}`);
    expect(other.status).toBe(404);
    expect((await officer.request("PATCH", `/api/residents/${ids.suwon}`, { maxTravelKm: 3 })).status).toBe(
      404,
    );
    const listed = await officer.request("GET", "/api/residents?pageSize=100");
    expect(listed.body.items.map((r: { regionCode: string }) => r.regionCode)).toEqual(["11620"]);
    // Asking for another region by filter still returns only what the scope allows.
    expect((await officer.request("GET", "/api/residents?region=41115")).body.total).toBe(0);
    expect(
      (await officer.request("POST", "/api/residents", residentBody({ regionCode: "41115" }))).status,
    ).toBe(403);
  });

  it("lets a metropolitan officer read their 시도 but not change it, and gives the ministry no records", async () => {
    const metro = await t.signedIn("metropolitan_officer", { regionCode: "41" });
    expect((await metro.request("GET", `/api/residents/${ids.suwon}`)).status).toBe(200);
    expect((await metro.request("GET", `/api/residents/${ids.gwanak}`)).status).toBe(404);
    expect((await metro.request("PATCH", `/api/residents/${ids.suwon}`, { maxTravelKm: 3 })).status).toBe(
      403,
    );
    const ministry = await t.signedIn("ministry");
    expect((await ministry.request("GET", "/api/residents")).status).toBe(403);
  });

  it("lets a resident register once and read only their own record", async () => {
    const email = "hong.resident@test.maeul.kr";
    const password = "my-own-long-password-9";
    const signup = await t.agent();
    const created = await signup.request("POST", "/api/auth/signup", { email, password, name: "홍길동" });
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({ role: "resident", residentId: null });
    const registered = await signup.request("POST", "/api/residents", residentBody());
    expect(registered.status).toBe(201);
    const own = registered.body.id as string;
    expect((await signup.request("GET", "/api/auth/session")).body.user.residentId).toBe(own);
    expect((await signup.request("POST", "/api/residents", residentBody())).status).toBe(409);
    expect((await signup.request("GET", `/api/residents/${own}`)).status).toBe(200);
    expect((await signup.request("GET", `/api/residents/${ids.gwanak}`)).status).toBe(404);
    expect((await signup.request("GET", "/api/residents")).status).toBe(403);

    // Download my data: their own record with personal fields in the clear, and the export audited.
    const exported = await signup.request("GET", "/api/me/export");
    expect(exported.status).toBe(200);
    expect(exported.headers.get("content-disposition")).toMatch(/^attachment; filename="maeul-my-data-/);
    expect(exported.body.account).toMatchObject({ email, role: "resident" });
    expect(exported.body.registration.id).toBe(own);
    expect(exported.body.personal.name).toBe(residentBody().personal.name);
    const admin = await t.signedIn("system_admin");
    const audit = await admin.request("GET", `/api/audit?subjectId=${own}&action=export`);
    expect(audit.body.total).toBe(1);
    expect(audit.body.items[0].reason).toContain("내려받기");
    expect((await admin.request("GET", "/api/me/export")).status).toBe(403);
  });

  it("shows the audit log to officers for their own region only", async () => {
    expect((await t.request("GET", "/api/audit")).status).toBe(401);
    const officer = await t.signedIn("district_officer", { regionCode: "11620" });
    const own = await officer.request("GET", "/api/audit?subjectType=resident");
    expect(own.status).toBe(200);
    expect(own.body.total).toBeGreaterThan(0);
    expect(own.body.items.every((e: { regionCode: string }) => e.regionCode === "11620")).toBe(true);
    expect((await officer.request("GET", "/api/audit?region=41115")).status).toBe(403);
    const staff = await t.signedIn("institution_staff", { organizationId: null });
    expect((await staff.request("GET", "/api/audit")).status).toBe(403);
  });

  it("unmasks a resident for an officer of the region only, with the reason in the audit log", async () => {
    const officer = await t.signedIn("district_officer", { regionCode: "11620" });
    const reason = "참여자 본인 확인 전화";
    const res = await officer.request("POST", `/api/residents/${ids.gwanak}/unmask`, { reason });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: residentBody().personal.name, masked: false });
    expect(res.headers.get("cache-control")).toBe("no-store");
    const admin = await t.signedIn("system_admin");
    const audit = await admin.request("GET", `/api/audit?subjectId=${ids.gwanak}&action=unmask`);
    expect(audit.body.items[0]).toMatchObject({ reason, actorRole: "district_officer", regionCode: "11620" });

    expect((await officer.request("POST", `/api/residents/${ids.gwanak}/unmask`, {})).status).toBe(400);
    expect((await officer.request("POST", `/api/residents/${ids.suwon}/unmask`, { reason })).status).toBe(
      404,
    );
    const metro = await t.signedIn("metropolitan_officer", { regionCode: "11" });
    expect((await metro.request("POST", `/api/residents/${ids.gwanak}/unmask`, { reason })).status).toBe(403);
  });

  it("refuses a weak password and a taken address at sign-up", async () => {
    const weak = await t
      .agent()
      .request("POST", "/api/auth/signup", { email: "a@test.maeul.kr", password: "short", name: "가" });
    expect(weak.status).toBe(400);
    expect(weak.body.error.fields[0].field).toBe("password");
    const body = { email: "taken@test.maeul.kr", password: "another-long-password-3", name: "나" };
    expect((await t.agent().request("POST", "/api/auth/signup", body)).status).toBe(201);
    expect((await t.agent().request("POST", "/api/auth/signup", body)).status).toBe(409);
  });
});
