import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { residentBody } from "../../tests/helpers/api-fixtures.ts";
import { createTestApp } from "../../tests/helpers/test-app.ts";
import { testDatabaseKinds } from "../../tests/helpers/test-database.ts";
import { searchAudit } from "../audit/audit.repository.ts";
import { verifyAuditChain } from "../audit/verify-audit-chain.ts";

const BROWSER = { "User-Agent": "Mozilla/5.0 (read-audit test)" };

/** Every read of a resident's record is in the audit log: single reads one by one, lists one page at a time. */
describe.each(await testDatabaseKinds())("audit of reads of residents' records on %s", (kind) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: Awaited<ReturnType<typeof t.signedIn>>;
  const ids = { gwanak: [] as string[], suwon: "" };

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.signedIn("system_admin");
    for (const name of ["김하나", "이두리", "박세나"]) {
      const created = await admin.request(
        "POST",
        "/api/residents",
        residentBody({ regionCode: "11620", personal: { ...residentBody().personal, name } }),
      );
      ids.gwanak.push(created.body.id);
    }
    ids.suwon = (
      await admin.request("POST", "/api/residents", residentBody({ regionCode: "41115" }))
    ).body.id;
  });
  afterAll(() => t.dispose());

  const entries = (filters: { action?: "read" | "list"; subjectId?: string; actor?: string }) =>
    searchAudit(t.database.db, { subjectType: "resident", ...filters, page: 1, pageSize: 100 });
  const userIdOf = async (client: { request: typeof admin.request }) =>
    (await client.request("GET", "/api/auth/session")).body.user.id as string;

  it("logs an officer's read of one record: actor, subject, region, address and browser", async () => {
    const officer = await t.signedIn("district_officer", { regionCode: "11620" });
    const officerId = await userIdOf(officer);
    const id = ids.gwanak[0]!;
    const res = await officer.request("GET", `/api/residents/${id}`, undefined, {
      ip: "203.0.113.7",
      headers: BROWSER,
    });
    expect(res.status).toBe(200);
    const { rows, total } = await entries({ action: "read", subjectId: id });
    expect(total).toBe(1);
    expect(rows[0]).toMatchObject({
      action: "read",
      actorUserId: officerId,
      actorRole: "district_officer",
      subjectType: "resident",
      subjectId: id,
      regionCode: "11620",
      ip: "203.0.113.7",
      userAgent: BROWSER["User-Agent"],
      reason: null,
      details: {},
    });
    // Masked in the answer, and no personal value in the log.
    expect(JSON.stringify(rows[0])).not.toContain("김하나");
  });

  it("logs nothing for a record outside the caller's region (404: nothing was read)", async () => {
    const officer = await t.signedIn("district_officer", { regionCode: "11620" });
    expect((await officer.request("GET", `/api/residents/${ids.suwon}`)).status).toBe(404);
    expect((await entries({ action: "read", subjectId: ids.suwon })).total).toBe(0);
  });

  it("logs an administrator's read, and a resident's read of their own record (marked own)", async () => {
    const adminId = await userIdOf(admin);
    expect((await admin.request("GET", `/api/residents/${ids.suwon}`)).status).toBe(200);
    const adminRead = (await entries({ action: "read", subjectId: ids.suwon })).rows;
    expect(adminRead).toHaveLength(1);
    expect(adminRead[0]).toMatchObject({
      actorUserId: adminId,
      actorRole: "system_admin",
      regionCode: "41115",
    });

    const resident = t.agent();
    await resident.request("POST", "/api/auth/signup", {
      email: "own.reader@test.maeul.kr",
      password: "my-own-long-password-9",
      name: "본인",
    });
    const own = (await resident.request("POST", "/api/residents", residentBody())).body.id as string;
    const residentUserId = await userIdOf(resident);
    expect((await resident.request("GET", `/api/residents/${own}`)).status).toBe(200);
    const ownRead = (await entries({ action: "read", subjectId: own })).rows;
    expect(ownRead).toHaveLength(1);
    expect(ownRead[0]).toMatchObject({
      actorUserId: residentUserId,
      actorRole: "resident",
      details: { own: true },
    });
  });

  it("logs a list as one entry with the filter, the count and the ids shown, not one per row", async () => {
    const officer = await t.signedIn("district_officer", { regionCode: "11620" });
    const officerId = await userIdOf(officer);
    const res = await officer.request("GET", "/api/residents?pageSize=2&interest=care", undefined, {
      ip: "198.51.100.4",
      headers: BROWSER,
    });
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(2);
    const { rows, total } = await entries({ action: "list", actor: officerId });
    expect(total).toBe(1);
    expect(rows[0]).toMatchObject({
      actorRole: "district_officer",
      subjectType: "resident",
      subjectId: null,
      regionCode: "11620",
      ip: "198.51.100.4",
      userAgent: BROWSER["User-Agent"],
      details: {
        filter: { interest: "care" },
        page: 1,
        pageSize: 2,
        count: 2,
        total: res.body.total,
        residentIds: res.body.items.map((r: { id: string }) => r.id),
      },
    });
    // No read entries for the rows of the list.
    for (const item of res.body.items as { id: string }[]) {
      expect((await entries({ action: "read", subjectId: item.id, actor: officerId })).total).toBe(0);
    }
  });

  it("files a list under the region asked for when the caller may see it, else under their own", async () => {
    const metro = await t.signedIn("metropolitan_officer", { regionCode: "41" });
    const metroId = await userIdOf(metro);
    expect((await metro.request("GET", "/api/residents?region=41115")).status).toBe(200);
    expect((await metro.request("GET", "/api/residents?region=11620")).body.total).toBe(0);
    const lists = (await entries({ action: "list", actor: metroId })).rows;
    expect(lists.map((e) => e.regionCode)).toEqual(["41", "41115"]);
    expect(lists.map((e) => e.details.count)).toEqual([0, 1]);
  });

  it("keeps the chain whole under concurrent reads: every read logged once, no deadlock", async () => {
    const officer = await t.signedIn("district_officer", { regionCode: "11620" });
    const officerId = await userIdOf(officer);
    const requests = Array.from({ length: 24 }, (_, i) =>
      i % 4 === 3
        ? officer.request("GET", "/api/residents?pageSize=5")
        : officer.request("GET", `/api/residents/${ids.gwanak[i % 3]}`),
    );
    // A write in the middle of it, which holds the audit lock inside its own transaction.
    requests.push(admin.request("PATCH", `/api/residents/${ids.gwanak[1]}`, { maxTravelKm: 4 }));
    const answers = await Promise.all(requests);
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    expect((await entries({ action: "read", actor: officerId })).total).toBe(18);
    expect((await entries({ action: "list", actor: officerId })).total).toBe(6);
    const report = await verifyAuditChain(t.database.db);
    expect(report.firstBroken).toBeNull();
    expect(report.ok).toBe(true);
  });
});
