import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestAgent } from "../../tests/helpers/test-app.ts";
import { testDatabaseKinds } from "../../tests/helpers/test-database.ts";
import { totp, wrongCode } from "../../tests/helpers/totp.ts";
import { type AuditRow, searchAudit } from "../audit/audit.repository.ts";
import type { AuditAction } from "../audit/domain/audit-vocabulary.ts";
import { verifyAuditChain } from "../audit/verify-audit-chain.ts";
import { sessions } from "./session.table.ts";
import { createUserAccount } from "./user-account.commands.ts";

const PASSWORD = "correct horse battery";
const WRONG = "wrong-password-never-stored";
const BROWSER = { "User-Agent": "Mozilla/5.0 (sign-in audit test)" };
const MIN = 60 * 1000;

/** Sign-ins, failed sign-ins, sign-outs, expired sessions and refused codes, in the audit log. */
describe.each(await testDatabaseKinds())("audit of sign-ins on %s", (kind) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let clock = new Date("2026-03-02T09:00:00Z");
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(kind, { now: () => clock });
    const accounts = [
      {
        key: "officer",
        email: "demo.officer@example.kr",
        role: "district_officer",
        regionCode: "11620",
        demo: true,
      },
      { key: "resident", email: "resident@example.kr", role: "resident" },
      { key: "locked", email: "often.wrong@example.kr", role: "resident" },
      { key: "totp", email: "totp.officer@example.kr", role: "district_officer", regionCode: "11620" },
      { key: "totpLock", email: "totp.lock@example.kr", role: "district_officer", regionCode: "41115" },
    ] as const;
    for (const { key, ...account } of accounts) {
      const user = await createUserAccount(t.database.db, { ...account, password: PASSWORD, name: key });
      ids[key] = user.id;
    }
  });
  afterAll(() => t.dispose());

  const log = async (filters: { action?: AuditAction; subjectId?: string | undefined }) =>
    (await searchAudit(t.database.db, { subjectType: "user", ...filters, page: 1, pageSize: 100 })).rows;
  const last = async (action: AuditAction, subjectId?: string): Promise<AuditRow> => {
    const [row] = await log({ action, subjectId });
    if (!row) throw new Error(`no ${action} entry for ${subjectId}`);
    return row;
  };
  const signIn = (client: TestAgent, email: string, password: string, ip: string) =>
    client.request("POST", "/api/auth/login", { email, password }, { ip, headers: BROWSER });

  it("logs a sign-in: the account as actor and subject, its region, the address, the browser and the session", async () => {
    const client = t.agent();
    const res = await signIn(client, "Demo.Officer@example.kr", PASSWORD, "203.0.113.10");
    expect(res.status).toBe(200);
    const [session] = await t.database.db.select().from(sessions).where(eq(sessions.userId, ids.officer!));
    expect(await last("login", ids.officer)).toMatchObject({
      actorUserId: ids.officer,
      actorRole: "district_officer",
      subjectType: "user",
      subjectId: ids.officer,
      regionCode: "11620",
      ip: "203.0.113.10",
      userAgent: BROWSER["User-Agent"],
      at: clock,
      details: { sessionId: session!.id, secondFactor: "demo_exempt" },
    });
  });

  it("logs a wrong password against the account, by an anonymous caller, never the password or the address", async () => {
    const res = await signIn(t.agent(), "demo.officer@example.kr", WRONG, "203.0.113.11");
    expect(res.status).toBe(401);
    const entry = await last("login_failed", ids.officer);
    expect(entry).toMatchObject({
      actorUserId: null,
      actorRole: "anonymous",
      subjectId: ids.officer,
      regionCode: "11620",
      ip: "203.0.113.11",
      userAgent: BROWSER["User-Agent"],
      details: {
        stage: "password",
        reason: "wrong_password",
        address: "d***@example.kr",
        addressFingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
      },
    });
    const text = JSON.stringify(entry);
    expect(text).not.toContain(WRONG);
    expect(text).not.toContain("demo.officer");
  });

  it("logs an unknown address without a subject, masked, with a fingerprint that tells repeats apart", async () => {
    const client = t.agent();
    expect((await signIn(client, "Someone.Else@Elsewhere.kr", WRONG, "203.0.113.12")).status).toBe(401);
    expect((await signIn(client, "someone.else@elsewhere.kr", WRONG, "203.0.113.12")).status).toBe(401);
    expect((await signIn(client, "another.one@elsewhere.kr", WRONG, "203.0.113.12")).status).toBe(401);
    const failed = (await log({ action: "login_failed" })).filter((e) => e.ip === "203.0.113.12");
    expect(failed).toHaveLength(3);
    for (const entry of failed) {
      expect(entry).toMatchObject({
        subjectId: null,
        regionCode: null,
        details: { reason: "unknown_email" },
      });
      expect(JSON.stringify(entry)).not.toMatch(/someone|another|wrong-password/);
    }
    const [another, second, first] = failed.map((e) => e.details);
    expect(first).toMatchObject({ address: "s***@elsewhere.kr" });
    expect(second!.addressFingerprint).toBe(first!.addressFingerprint);
    expect(another!.addressFingerprint).not.toBe(first!.addressFingerprint);
  });

  it("logs the failure that locks an account and every attempt while it is locked, right password or not", async () => {
    const client = t.agent();
    for (let i = 0; i < 5; i++) await signIn(client, "often.wrong@example.kr", WRONG, "203.0.113.13");
    const locked = await signIn(client, "often.wrong@example.kr", PASSWORD, "203.0.113.13");
    expect(locked.status).toBe(429);
    const entries = await log({ action: "login_failed", subjectId: ids.locked });
    expect(entries.map((e) => e.details.reason)).toEqual([
      "locked",
      ...Array.from({ length: 5 }, () => "wrong_password"),
    ]);
    expect(entries[1]!.details.lockedNow).toBe(true);
    expect(entries[2]!.details.lockedNow).toBeUndefined();
    expect(await log({ action: "login", subjectId: ids.locked })).toHaveLength(0);
  });

  it("logs a sign-out with its session, once", async () => {
    const client = t.agent();
    expect((await signIn(client, "resident@example.kr", PASSWORD, "203.0.113.14")).status).toBe(200);
    const signedIn = await last("login", ids.resident);
    expect(signedIn.details).toMatchObject({ secondFactor: "not_required" });
    expect(signedIn.regionCode).toBeNull();
    expect((await client.request("POST", "/api/auth/logout", undefined, { ip: "203.0.113.14" })).status).toBe(
      204,
    );
    expect((await client.request("POST", "/api/auth/logout")).status).toBe(204);
    const out = await log({ action: "logout", subjectId: ids.resident });
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      actorUserId: ids.resident,
      actorRole: "resident",
      ip: "203.0.113.14",
      details: { sessionId: signedIn.details.sessionId },
    });
  });

  it("logs a session that expired: when a request still carries it, and when the next sign-in sweeps it", async () => {
    const idle = t.agent();
    expect((await signIn(idle, "resident@example.kr", PASSWORD, "203.0.113.15")).status).toBe(200);
    const idleSession = (await last("login", ids.resident)).details.sessionId;
    clock = new Date(clock.getTime() + 31 * MIN);
    expect((await idle.request("GET", "/api/auth/session", undefined, { ip: "203.0.113.15" })).status).toBe(
      401,
    );
    expect((await idle.request("GET", "/api/auth/session")).status).toBe(401);
    const seen = await log({ action: "session_expired", subjectId: ids.resident });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      actorUserId: ids.resident,
      ip: "203.0.113.15",
      details: { sessionId: idleSession, deadline: "idle", seen: "request" },
    });

    const forgotten = t.agent();
    expect((await signIn(forgotten, "resident@example.kr", PASSWORD, "203.0.113.15")).status).toBe(200);
    const forgottenSession = (await last("login", ids.resident)).details.sessionId;
    clock = new Date(clock.getTime() + 13 * 60 * MIN);
    expect((await signIn(t.agent(), "resident@example.kr", PASSWORD, "203.0.113.16")).status).toBe(200);
    const swept = await last("session_expired", ids.resident);
    expect(swept.details).toEqual({
      sessionId: forgottenSession,
      deadline: "absolute",
      seen: "next_sign_in",
    });
    expect((await forgotten.request("GET", "/api/auth/session")).status).toBe(401);
    expect(await log({ action: "session_expired", subjectId: ids.resident })).toHaveLength(2);
  });

  it("logs TOTP: set-up refused and switched on, a sign-in held for its code, refused codes, then passed", async () => {
    const enrol = await t.login("totp.officer@example.kr", PASSWORD);
    expect((await last("login", ids.totp)).details).toMatchObject({ secondFactor: "enroll" });
    const enable = await enrol.request("POST", "/api/auth/two-factor/enable", { password: PASSWORD });
    const secret = new URL(enable.body.totpURI).searchParams.get("secret")!;
    const verify = (client: TestAgent, code: string) =>
      client.request("POST", "/api/auth/two-factor/verify", { code }, { ip: "203.0.113.17" });

    expect((await verify(enrol, wrongCode(totp(secret)))).status).toBe(401);
    expect(await last("login_failed", ids.totp)).toMatchObject({
      actorUserId: ids.totp,
      details: { stage: "second_factor", during: "setup", reason: "totp_invalid", code: "INVALID_CODE" },
    });
    expect((await verify(enrol, totp(secret))).status).toBe(200);
    expect((await last("update", ids.totp)).details).toMatchObject({ secondFactor: "enabled" });
    await enrol.request("POST", "/api/auth/logout");

    const logins = (await log({ action: "login", subjectId: ids.totp })).length;
    const client = await t.login("totp.officer@example.kr", PASSWORD);
    expect(client.response.body.secondFactorStep).toBe("verify");
    // The password alone is no sign-in.
    expect(await log({ action: "login", subjectId: ids.totp })).toHaveLength(logins);

    expect((await verify(client, wrongCode(totp(secret)))).status).toBe(401);
    expect(await last("login_failed", ids.totp)).toMatchObject({
      actorUserId: null,
      actorRole: "anonymous",
      regionCode: "11620",
      ip: "203.0.113.17",
      details: { stage: "second_factor", during: "sign_in", reason: "totp_invalid" },
    });
    // better-auth's own endpoint is audited the same way.
    const direct = await client.request("POST", "/api/auth/two-factor/verify-totp", {
      code: wrongCode(totp(secret)),
    });
    expect(direct.status).toBe(401);
    expect(await log({ action: "login_failed", subjectId: ids.totp })).toHaveLength(3);

    expect((await verify(client, totp(secret))).status).toBe(200);
    const [session] = await t.database.db.select().from(sessions).where(eq(sessions.userId, ids.totp!));
    expect(await last("login", ids.totp)).toMatchObject({
      actorUserId: ids.totp,
      ip: "203.0.113.17",
      details: { sessionId: session!.id, secondFactor: "passed" },
    });
  });

  it("logs a challenge worn out by wrong codes and a second factor locked after ten", async () => {
    const enrol = await t.login("totp.lock@example.kr", PASSWORD);
    const enable = await enrol.request("POST", "/api/auth/two-factor/enable", { password: PASSWORD });
    const secret = new URL(enable.body.totpURI).searchParams.get("secret")!;
    await enrol.request("POST", "/api/auth/two-factor/verify", { code: totp(secret) });
    await enrol.request("POST", "/api/auth/logout");

    const statuses: number[] = [];
    for (let round = 0; round < 2; round++) {
      const client = await t.login("totp.lock@example.kr", PASSWORD);
      for (let i = 0; i < 5; i++) {
        statuses.push(
          (await client.request("POST", "/api/auth/two-factor/verify", { code: wrongCode(totp(secret)) }))
            .status,
        );
      }
      statuses.push(
        (await client.request("POST", "/api/auth/two-factor/verify", { code: totp(secret) })).status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 429]);
    const reasons = (await log({ action: "login_failed", subjectId: ids.totpLock })).map(
      (e) => e.details.reason,
    );
    expect(reasons).toEqual([
      "totp_locked",
      ...Array.from({ length: 5 }, () => "totp_invalid"),
      "challenge_expired",
      ...Array.from({ length: 5 }, () => "totp_invalid"),
    ]);
    expect((await last("login_failed", ids.totpLock)).regionCode).toBe("41115");
  });

  it("lets an officer search these entries for their region only, and the chain still verifies", async () => {
    const officer = await t.login("demo.officer@example.kr", PASSWORD);
    const failed = await officer.request("GET", "/api/audit?action=login_failed");
    expect(failed.status).toBe(200);
    expect(failed.body.total).toBeGreaterThan(0);
    expect(failed.body.items.every((e: AuditRow) => e.regionCode === "11620")).toBe(true);
    for (const action of ["login", "logout", "session_expired"]) {
      expect((await officer.request("GET", `/api/audit?action=${action}`)).status).toBe(200);
    }
    expect((await officer.request("GET", "/api/audit?action=sign_in")).status).toBe(400);
    const report = await verifyAuditChain(t.database.db);
    expect(report.firstBroken).toBeNull();
    expect(report.ok).toBe(true);
  });
});
