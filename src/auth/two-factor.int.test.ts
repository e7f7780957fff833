import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestAgent } from "../../tests/helpers/test-app.ts";
import { testDatabaseKinds } from "../../tests/helpers/test-database.ts";
import { SESSION_COOKIE, TWO_FACTOR_COOKIE } from "./auth-config.ts";
import { createUserAccount } from "./user-account.commands.ts";

const PASSWORD = "correct horse battery";

/** RFC 6238 TOTP (SHA-1, 6 digits, 30 s), written here so the test does not trust the server's. */
function totp(base32Secret: string, at = Date.now()): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const ch of base32Secret.replace(/=+$/, "").toUpperCase()) {
    bits += alphabet.indexOf(ch).toString(2).padStart(5, "0");
  }
  const key = Buffer.from((bits.match(/.{8}/g) ?? []).map((b) => Number.parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const mac = createHmac("sha1", key).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return value.toString().padStart(6, "0");
}

const wrongCode = (code: string) => String((Number(code) + 500_000) % 1_000_000).padStart(6, "0");

describe.each(await testDatabaseKinds())("second factor (TOTP) on %s", (kind) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let secret: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    await createUserAccount(t.database.db, {
      email: "officer@example.kr",
      password: PASSWORD,
      name: "관악구 공무원",
      role: "district_officer",
      regionCode: "11620",
    });
    await createUserAccount(t.database.db, {
      email: "demo.metro@example.kr",
      password: PASSWORD,
      name: "데모 광역",
      role: "metropolitan_officer",
      regionCode: "11",
      demo: true,
    });
  });
  afterAll(() => t.dispose());

  const verify = (client: TestAgent, code: string) =>
    client.request("POST", "/api/auth/two-factor/verify", { code });

  it("holds an officer without TOTP to setting it up: the session may only enrol, no principal", async () => {
    const client = await t.login("officer@example.kr", PASSWORD);
    expect(client.response.status).toBe(200);
    expect(client.response.body).toMatchObject({
      secondFactorRequired: true,
      secondFactorStep: "enroll",
      demoAccountNoSecondFactor: false,
    });
    expect(await t.principalOf(client)).toBeNull();

    const enable = await client.request("POST", "/api/auth/two-factor/enable", { password: PASSWORD });
    expect(enable.status, JSON.stringify(enable.body)).toBe(200);
    const uri = new URL(enable.body.totpURI);
    expect(uri.protocol).toBe("otpauth:");
    expect(enable.body.backupCodes.length).toBeGreaterThan(0);
    secret = uri.searchParams.get("secret")!;

    expect((await verify(client, wrongCode(totp(secret)))).status).toBe(401);
    const confirmed = await verify(client, totp(secret));
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body).toMatchObject({ secondFactorRequired: false, secondFactorStep: "passed" });
    expect(await t.principalOf(client)).toMatchObject({ role: "district_officer", regionCode: "11620" });
    expect((await client.request("POST", "/api/auth/logout")).status).toBe(204);
  });

  it("makes no session at the password step of an officer with TOTP; the code does", async () => {
    const client = await t.login("officer@example.kr", PASSWORD);
    expect(client.response.status).toBe(200);
    expect(client.response.body).toMatchObject({
      user: { role: "district_officer", email: "officer@example.kr" },
      secondFactorRequired: true,
      secondFactorStep: "verify",
      session: null,
    });
    expect(client.cookies.has(SESSION_COOKIE)).toBe(false);
    expect(client.cookies.has(TWO_FACTOR_COOKIE)).toBe(true);
    expect((await client.request("GET", "/api/auth/session")).status).toBe(401);
    expect(await t.principalOf(client)).toBeNull();

    const wrong = await verify(client, wrongCode(totp(secret)));
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe("invalid_code");

    const right = await verify(client, totp(secret));
    expect(right.status, JSON.stringify(right.body)).toBe(200);
    expect(right.body).toMatchObject({
      secondFactorRequired: false,
      secondFactorStep: "passed",
      session: { expiresAt: "2026-03-02T12:00:00.000Z", idleExpiresAt: "2026-03-02T00:30:00.000Z" },
    });
    expect(client.cookies.has(SESSION_COOKIE)).toBe(true);
    expect(client.cookies.has(TWO_FACTOR_COOKIE)).toBe(false);
    expect((await client.request("GET", "/api/auth/session")).body.secondFactorStep).toBe("passed");
    expect(await t.principalOf(client)).toMatchObject({ role: "district_officer", regionCode: "11620" });
  });

  it("refuses a code without a pending sign-in, and 'trust this device'", async () => {
    const res = await verify(t.agent(), totp(secret));
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("no_pending_sign_in");
    const client = await t.login("officer@example.kr", PASSWORD);
    const trust = await client.request("POST", "/api/auth/two-factor/verify-totp", {
      code: totp(secret),
      trustDevice: true,
    });
    expect(trust.status).toBe(400);
    expect(client.cookies.has(SESSION_COOKIE)).toBe(false);
  });

  it("lets a demo account of a TOTP role act without it, marked as such, and never switch it on", async () => {
    const client = await t.login("demo.metro@example.kr", PASSWORD);
    expect(client.response.status).toBe(200);
    expect(client.response.body).toMatchObject({
      user: { demo: true, role: "metropolitan_officer", regionCode: "11" },
      secondFactorRequired: false,
      secondFactorStep: "demo_exempt",
      demoAccountNoSecondFactor: true,
      session: { expiresAt: expect.any(String) },
    });
    expect(await t.principalOf(client)).toMatchObject({ role: "metropolitan_officer", regionCode: "11" });
    const enable = await client.request("POST", "/api/auth/two-factor/enable", { password: PASSWORD });
    expect(enable.status).toBe(403);
  });
});
