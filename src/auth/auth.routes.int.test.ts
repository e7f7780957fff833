import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../tests/helpers/test-app.ts";
import { testDatabaseKinds } from "../../tests/helpers/test-database.ts";
import { SESSION_COOKIE } from "./auth-config.ts";
import { createUserAccount } from "./user-account.commands.ts";

const PASSWORD = "correct horse battery";

describe.each(await testDatabaseKinds())("sign-in and sessions on %s", (kind) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let officeId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    await createUserAccount(t.database.db, {
      email: "resident@example.kr",
      password: PASSWORD,
      name: "주민",
      role: "resident",
    });
    const officer = await createUserAccount(t.database.db, {
      email: "Officer.Demo@Example.kr",
      password: PASSWORD,
      name: "관악구 공무원",
      role: "district_officer",
      regionCode: "11620",
      demo: true,
    });
    officeId = officer.id;
  });
  afterAll(() => t.dispose());

  const principalOf = (cookies: Map<string, string>) => t.principalOf({ cookies });

  it("signs in: the user, the session deadlines and a __Host- cookie (HttpOnly, Secure, SameSite, Path=/)", async () => {
    const client = await t.login("resident@example.kr", PASSWORD);
    expect(client.response.status, JSON.stringify(client.response.body)).toBe(200);
    expect(client.response.body).toMatchObject({
      user: { email: "resident@example.kr", role: "resident", regionCode: null, demo: false, name: "주민" },
      secondFactorRequired: false,
      secondFactorStep: "not_required",
      demoAccountNoSecondFactor: false,
      session: {
        expiresAt: "2026-03-02T12:00:00.000Z",
        idleExpiresAt: "2026-03-02T00:30:00.000Z",
        idleTimeoutSeconds: 1800,
      },
    });
    const cookie = client.response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    expect(cookie).toBeDefined();
    const attributes = cookie!.split(";").map((a) => a.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(["httponly", "secure", "samesite=lax", "path=/"]));
    expect(attributes.some((a) => a.startsWith("domain="))).toBe(false);
    // Ends with the browser session: no Max-Age or Expires on the session cookie.
    expect(attributes.some((a) => a.startsWith("max-age=") || a.startsWith("expires="))).toBe(false);

    const session = await client.request("GET", "/api/auth/session");
    expect(session.status).toBe(200);
    expect(session.headers.get("Cache-Control")).toBe("no-store");
    expect(session.body.user.email).toBe("resident@example.kr");
    expect(await principalOf(client.cookies)).toMatchObject({
      role: "resident",
      regionCode: null,
      organizationId: null,
      residentId: null,
      userId: session.body.user.id,
      sessionId: expect.any(String),
    });
  });

  it("takes the address in any case and sets the principal of an officer", async () => {
    const client = await t.login("officer.demo@EXAMPLE.kr", PASSWORD);
    expect(client.response.status).toBe(200);
    expect(client.response.body).toMatchObject({
      user: { id: officeId, role: "district_officer", regionCode: "11620", demo: true },
      secondFactorRequired: false,
      secondFactorStep: "demo_exempt",
      demoAccountNoSecondFactor: true,
    });
    expect(await principalOf(client.cookies)).toMatchObject({
      userId: officeId,
      role: "district_officer",
      regionCode: "11620",
    });
  });

  it("signs out: 204, the session ends and the cookie is cleared", async () => {
    const client = await t.login("resident@example.kr", PASSWORD);
    const before = new Map(client.cookies);
    const out = await client.request("POST", "/api/auth/logout");
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=;`))).toMatch(/Max-Age=0/);
    expect(client.cookies.has(SESSION_COOKIE)).toBe(false);
    // The old cookie no longer works, even if a client kept it.
    expect(await principalOf(before)).toBeNull();
    const again = await t.request("GET", "/api/auth/session", undefined, {
      headers: { Cookie: `${SESSION_COOKIE}=${before.get(SESSION_COOKIE)}` },
    });
    expect(again.status).toBe(401);
    expect((await t.agent().request("POST", "/api/auth/logout")).status).toBe(204);
  });

  it("answers 401 without a session, and ignores a forged cookie", async () => {
    const none = await t.request("GET", "/api/auth/session");
    expect(none.status).toBe(401);
    expect(none.body.error).toMatchObject({ code: "unauthenticated", messageKo: expect.any(String) });
    const forged = await t.request("GET", "/api/auth/session", undefined, {
      headers: { Cookie: `${SESSION_COOKIE}=abc.${"A".repeat(43)}=` },
    });
    expect(forged.status).toBe(401);
    expect(await principalOf(new Map([[SESSION_COOKIE, "abc.def"]]))).toBeNull();
  });

  it("gives the same 401 for a wrong password and an unknown address", async () => {
    const wrong = await t.login("resident@example.kr", "not the password");
    const unknown = await t.login("nobody@example.kr", "not the password");
    const malformed = await t.login("not-an-address", "not the password");
    for (const attempt of [wrong, unknown, malformed]) {
      expect(attempt.response.status).toBe(401);
      expect(attempt.response.headers.getSetCookie()).toEqual([]);
    }
    expect(unknown.response.body).toEqual(wrong.response.body);
    expect(malformed.response.body).toEqual(wrong.response.body);
    expect(wrong.response.body.error).toEqual({
      code: "invalid_credentials",
      messageKo: "이메일 또는 비밀번호가 올바르지 않습니다.",
      messageEn: "The e-mail address or password is incorrect.",
    });
  });

  it("validates the body with field errors", async () => {
    const res = await t.request("POST", "/api/auth/login", { email: "resident@example.kr" });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { field: string }) => f.field)).toEqual(["password"]);
  });

  it("refuses a sign-in posted from another site", async () => {
    const res = await t.request(
      "POST",
      "/api/auth/login",
      { email: "resident@example.kr", password: PASSWORD },
      { headers: { Origin: "https://evil.example" } },
    );
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("forbidden");
  });

  it("extends the session: the idle deadline moves 30 minutes on", async () => {
    const client = await t.login("resident@example.kr", PASSWORD);
    const extended = await client.request("POST", "/api/auth/session/extend");
    expect(extended.status).toBe(200);
    expect(extended.body.session.idleExpiresAt).toBe("2026-03-02T00:30:00.000Z");
    expect((await t.request("POST", "/api/auth/session/extend")).status).toBe(401);
  });

  it("changes a password under the password rule (400 field errors for short and common ones)", async () => {
    await createUserAccount(t.database.db, {
      email: "changer@example.kr",
      password: PASSWORD,
      name: "변경",
      role: "resident",
    });
    const client = await t.login("changer@example.kr", PASSWORD);
    const other = await t.login("changer@example.kr", PASSWORD);
    const change = (currentPassword: string, newPassword: string) =>
      client.request("POST", "/api/auth/password", { currentPassword, newPassword });

    const short = await change(PASSWORD, "short1!");
    expect(short.status).toBe(400);
    expect(short.body.error.fields).toEqual([
      expect.objectContaining({
        field: "newPassword",
        reason: "too_short",
        messageKo: expect.stringContaining("10자"),
      }),
    ]);
    const common = await change(PASSWORD, "Qwertyuiop");
    expect(common.status).toBe(400);
    expect(common.body.error.fields).toEqual([
      expect.objectContaining({ field: "newPassword", reason: "too_common" }),
    ]);
    const wrongCurrent = await change("not the password", "a brand new passphrase");
    expect(wrongCurrent.status).toBe(400);
    expect(wrongCurrent.body.error.fields).toEqual([
      expect.objectContaining({ field: "currentPassword", reason: "incorrect" }),
    ]);

    expect((await change(PASSWORD, "a brand new passphrase")).status).toBe(204);
    expect((await client.request("GET", "/api/auth/session")).status).toBe(200);
    expect((await other.request("GET", "/api/auth/session")).status).toBe(401);
    expect((await t.login("changer@example.kr", PASSWORD)).response.status).toBe(401);
    expect((await t.login("changer@example.kr", "a brand new passphrase")).response.status).toBe(200);
  });

  it("refuses the password rule's rejects when an account is created, and demo password changes", async () => {
    await expect(
      createUserAccount(t.database.db, {
        email: "weak@example.kr",
        password: "1q2w3e4r5t",
        name: "x",
        role: "resident",
      }),
    ).rejects.toMatchObject({
      code: "validation_failed",
      fields: [expect.objectContaining({ reason: "too_common" })],
    });
    const demo = await t.login("officer.demo@example.kr", PASSWORD);
    const res = await demo.request("POST", "/api/auth/password", {
      currentPassword: PASSWORD,
      newPassword: "a brand new passphrase",
    });
    expect(res.status).toBe(403);
  });

  it("keeps better-auth's other endpoints closed and documents the routes in OpenAPI", async () => {
    expect(
      (
        await t.request("POST", "/api/auth/sign-up/email", {
          email: "x@example.kr",
          password: PASSWORD,
          name: "x",
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await t.request("POST", "/api/auth/sign-in/email", {
          email: "resident@example.kr",
          password: PASSWORD,
        })
      ).status,
    ).toBe(404);
    const doc = await t.request("GET", "/api/openapi.json");
    for (const path of [
      "/auth/login",
      "/auth/logout",
      "/auth/session",
      "/auth/session/extend",
      "/auth/two-factor/verify",
      "/auth/password",
    ]) {
      expect(Object.keys(doc.body.paths)).toContain(path);
    }
  });
});
