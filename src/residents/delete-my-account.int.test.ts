import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { residentBody } from "../../tests/helpers/api-fixtures.ts";
import { createTestApp } from "../../tests/helpers/test-app.ts";
import { testDatabaseKinds } from "../../tests/helpers/test-database.ts";
import { rowsOf } from "../audit/audit.repository.ts";
import { verifyAuditChain } from "../audit/verify-audit-chain.ts";
import { findPersonalData } from "./resident.repository.ts";

/** Deleting one's own account: everything personal goes in one transaction; the audit log and consent proof stay. */
describe.each(await testDatabaseKinds())("deleting my account on %s", (kind) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.dispose());

  const password = "delete-me-password-long-3";
  let accounts = 0;
  async function resident(personal: { name: string; phone: string; address: string }, register = true) {
    const agent = t.agent();
    const email = `delete.${++accounts}@test.maeul.kr`;
    const signup = await agent.request("POST", "/api/auth/signup", { email, password, name: personal.name });
    expect(signup.status).toBe(201);
    const residentId = register
      ? ((
          await agent.request(
            "POST",
            "/api/residents",
            residentBody({ personal: { ...personal, notes: "휠체어 이용" } }),
          )
        ).body.id as string)
      : null;
    return { agent, email, userId: signup.body.user.id as string, residentId };
  }

  const db = () => t.database.db;
  /** How many rows of any table in the schema contain this text (a whole-database search). */
  async function rowsContaining(needle: string): Promise<Record<string, number>> {
    const tables = rowsOf<{ table_name: string }>(
      await db().execute(
        sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
      ),
    ).map((r) => r.table_name);
    const found: Record<string, number> = {};
    for (const table of tables) {
      const [row] = rowsOf<{ n: number }>(
        await db().execute(
          sql`select count(*)::int as n from ${sql.identifier(table)} t where t::text ilike ${`%${needle}%`}`,
        ),
      );
      if (row && row.n > 0) found[table] = row.n;
    }
    return found;
  }

  it("erases the person, keeps the audit log verifiable and the consent proof, and leaves others untouched", async () => {
    const me = await resident({
      name: "김삭제",
      phone: "010-9876-5432",
      address: "서울 관악구 삭제로 9 303호",
    });
    const neighbour = await resident({
      name: "이이웃",
      phone: "010-2222-3333",
      address: "서울 관악구 이웃로 1",
    });
    const officer = await t.signedIn("district_officer", { regionCode: "11620" });
    const walkIn = (
      await officer.request("POST", "/api/residents", residentBody({ personal: { name: "박창구" } }))
    ).body.id as string;
    await me.agent.request("POST", "/api/me/consents", { purpose: "notifications", granted: true });
    const neighbourBefore = (await neighbour.agent.request("GET", `/api/residents/${neighbour.residentId}`))
      .body;

    const sessionCookie = `__Host-maeul.session=${me.agent.cookies.get("__Host-maeul.session")}`;
    const deleted = await me.agent.request("POST", "/api/me/delete", { password });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({
      residentErased: true,
      personalFieldsErased: ["address", "name", "notes", "phone"],
      sessionsEnded: 1,
      consentsWithdrawn: ["service", "notifications"],
    });
    expect(deleted.body.kept.map((k: { kept: string }) => k.kept)).toEqual([
      "audit_log",
      "consent_history",
      "resident_stub",
    ]);
    // The cookie is cleared, and the session it named is gone on the server too.
    expect(deleted.headers.getSetCookie().join(";")).toMatch(/__Host-maeul\.session=;/);
    expect(me.agent.cookies.has("__Host-maeul.session")).toBe(false);

    // Cannot sign in again; the old session token no longer works.
    expect((await t.agent().login(me.email, password)).status).toBe(401);
    const stale = await t.request("GET", "/api/me/consents", undefined, {
      headers: { Cookie: sessionCookie },
    });
    expect(stale.status).toBe(401);

    // Nothing identifying is left anywhere: not the e-mail, the name, the phone or the address.
    // (The search itself works: it finds the neighbour's address in users.)
    expect(await rowsContaining(neighbour.email)).toHaveProperty("users", 1);
    for (const needle of [me.email, "김삭제", "9876-5432", "삭제로"]) {
      expect(await rowsContaining(needle), needle).toEqual({});
    }
    expect(await findPersonalData(db(), me.residentId!)).toBeNull();
    const [stub] = rowsOf<Record<string, unknown>>(
      await db().execute(sql`select * from residents where id = ${me.residentId}`),
    );
    expect(stub).toMatchObject({
      status: "withdrawn",
      approx_lat: null,
      approx_lng: null,
      groups: [],
      skills: [],
      interests: [],
      certificates: [],
      availability: [],
      region_code: "11620",
      birth_year: 1958,
    });
    for (const table of ["users", "accounts", "sessions", "two_factors"]) {
      const column = table === "users" ? "id" : "user_id";
      const [row] = rowsOf<{ n: number }>(
        await db().execute(
          sql`select count(*)::int as n from ${sql.identifier(table)} where ${sql.identifier(column)} = ${me.userId}`,
        ),
      );
      expect(row?.n, table).toBe(0);
    }
    // An officer no longer finds the record; the district's list does not count it.
    expect((await officer.request("GET", `/api/residents/${me.residentId}`)).status).toBe(404);
    const withdrawnList = await officer.request("GET", "/api/residents?status=withdrawn");
    expect(withdrawnList.body.total).toBe(withdrawnList.body.items.length);

    // Kept: the consent history, under the pseudonymous ids, ending with the withdrawals.
    const history = rowsOf<{ purpose: string; granted: boolean; user_id: string; notice_version: string }>(
      await db().execute(
        sql`select purpose, granted, user_id, notice_version from consents where user_id = ${me.userId} order by id`,
      ),
    );
    expect(history.map((h) => [h.purpose, h.granted])).toEqual([
      ["service", true],
      ["notifications", true],
      ["service", false],
      ["notifications", false],
    ]);
    // Kept: the audit log, still a valid chain, with the deletion in it.
    expect((await verifyAuditChain(db())).ok).toBe(true);
    const audit = rowsOf<{ subject_type: string; action: string; actor_user_id: string; reason: string }>(
      await db().execute(
        sql`select subject_type, action, actor_user_id, reason from audit_log
            where action = 'delete' and subject_id in (${me.userId}, ${me.residentId}) order by id`,
      ),
    );
    expect(audit.map((a) => [a.subject_type, a.action, a.actor_user_id])).toEqual([
      ["resident", "delete", me.userId],
      ["account", "delete", me.userId],
    ]);
    expect(audit[0]?.reason).toMatch(/계정 삭제 요청/);

    // Everyone else is as they were.
    const neighbourAfter = await neighbour.agent.request("GET", `/api/residents/${neighbour.residentId}`);
    expect(neighbourAfter.status).toBe(200);
    expect(neighbourAfter.body).toEqual(neighbourBefore);
    expect(await findPersonalData(db(), neighbour.residentId!)).toMatchObject({
      name: "이이웃",
      phone: "010-2222-3333",
    });
    expect(await findPersonalData(db(), walkIn)).toMatchObject({ name: "박창구" });
    expect((await t.agent().login(neighbour.email, password)).status).toBe(200);

    // The address is free again: a new account starts from nothing.
    const again = await t
      .agent()
      .request("POST", "/api/auth/signup", { email: me.email, password, name: "새계정" });
    expect(again.status).toBe(201);
    expect(again.body.user.residentId).toBeNull();
  });

  it("refuses a wrong password (400 on the field), deletes nothing, and locks after five", async () => {
    const me = await resident({ name: "최비번", phone: "010-4444-5555", address: "서울 관악구 비번로 5" });
    const wrong = await me.agent.request("POST", "/api/me/delete", { password: "not-my-password-at-all" });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toEqual([
      expect.objectContaining({ field: "password", reason: "incorrect" }),
    ]);
    expect(await findPersonalData(db(), me.residentId!)).toMatchObject({ name: "최비번" });
    expect((await me.agent.request("GET", "/api/auth/session")).status).toBe(200);
    let last = wrong;
    for (let i = 0; i < 4; i++) {
      last = await me.agent.request("POST", "/api/me/delete", { password: "not-my-password-at-all" });
    }
    expect(last.status).toBe(429);
    expect(Number(last.headers.get("retry-after"))).toBeGreaterThan(0);
    // Locked: even the right password waits.
    expect((await me.agent.request("POST", "/api/me/delete", { password })).status).toBe(429);
    expect(await findPersonalData(db(), me.residentId!)).toMatchObject({ name: "최비번" });
  });

  it("deletes an account that never registered as a resident", async () => {
    const me = await resident({ name: "정가입", phone: "010-1111-0000", address: "-" }, false);
    const deleted = await me.agent.request("POST", "/api/me/delete", { password });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({
      residentErased: false,
      personalFieldsErased: [],
      consentsWithdrawn: [],
    });
    expect((await t.agent().login(me.email, password)).status).toBe(401);
    expect(await rowsContaining(me.email)).toEqual({});
  });

  it("is for signed-in residents only, and never for a demo account (its password is public)", async () => {
    expect((await t.request("POST", "/api/me/delete", { password })).status).toBe(401);
    const officer = await t.signedIn("district_officer", { regionCode: "11620" });
    expect((await officer.request("POST", "/api/me/delete", { password })).status).toBe(403);
    const demo = await t.signedIn("resident");
    // A wrong password is the same 400 as for anyone; the right one meets the demo refusal.
    expect((await demo.request("POST", "/api/me/delete", { password: "wrong-password-long-1" })).status).toBe(
      400,
    );
    const refused = await demo.request("POST", "/api/me/delete", { password: "test-password-long-enough-7" });
    expect(refused.status).toBe(403);
    expect(refused.body.error.messageKo).toMatch(/데모 계정/);
    expect((await demo.request("GET", "/api/auth/session")).status).toBe(200);
    const me = await resident({ name: "한검증", phone: "010-1212-3434", address: "서울" });
    expect((await me.agent.request("POST", "/api/me/delete", {})).status).toBe(400);
    expect((await me.agent.request("POST", "/api/me/delete", { password, extra: 1 })).status).toBe(400);
  });
});
