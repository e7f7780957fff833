import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../tests/helpers/test-app.ts";
import { testDatabaseKinds } from "../../tests/helpers/test-database.ts";
import { createApp } from "../server/app.ts";
import { IP_FAILURE_LIMIT } from "./domain/login-throttle.ts";
import { createUserAccount } from "./user-account.commands.ts";

const PASSWORD = "correct horse battery";
const MIN = 60 * 1000;

describe.each(await testDatabaseKinds())("login throttle on %s", (kind) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let clock = new Date("2026-03-02T09:00:00Z");
  const advance = (ms: number) => {
    clock = new Date(clock.getTime() + ms);
  };

  beforeAll(async () => {
    t = await createTestApp(kind, { now: () => clock });
    for (const name of ["locked", "other", "restart"]) {
      await createUserAccount(t.database.db, {
        email: `${name}@example.kr`,
        password: PASSWORD,
        name,
        role: "resident",
      });
    }
  });
  afterAll(() => t.dispose());

  const attempt = (email: string, password: string, ip = "10.0.0.1") =>
    t.request("POST", "/api/auth/login", { email, password }, { ip });

  it("locks an account for 15 minutes at the fifth failure, with Retry-After, then lets it in", async () => {
    for (let i = 0; i < 4; i++)
      expect((await attempt("locked@example.kr", `wrong ${i} password`, `10.1.0.${i}`)).status).toBe(401);
    const fifth = await attempt("locked@example.kr", "wrong 4 password", "10.1.0.4");
    expect(fifth.status).toBe(429);
    expect(fifth.headers.get("Retry-After")).toBe("900");
    expect(fifth.body.error).toEqual({
      code: "too_many_requests",
      messageKo: "로그인 시도가 너무 많아 잠시 잠겼습니다. 15분 후에 다시 시도해 주세요.",
      messageEn: "Too many failed sign-in attempts. Please try again in 15 minutes.",
    });

    // The right password from another address is refused too while the lock holds.
    advance(10 * MIN);
    const during = await attempt("locked@example.kr", PASSWORD, "10.9.9.9");
    expect(during.status).toBe(429);
    expect(during.headers.get("Retry-After")).toBe("300");
    expect(during.body.error.messageKo).toContain("5분");
    // Other accounts are not affected.
    expect((await attempt("other@example.kr", PASSWORD, "10.9.9.9")).status).toBe(200);

    advance(5 * MIN);
    expect((await attempt("locked@example.kr", PASSWORD, "10.9.9.9")).status).toBe(200);
  });

  it("locks an unknown address the same way, so a lock says nothing about existence", async () => {
    for (let i = 0; i < 4; i++)
      expect((await attempt("ghost@example.kr", "whatever it is", `10.2.0.${i}`)).status).toBe(401);
    const fifth = await attempt("ghost@example.kr", "whatever it is", "10.2.0.9");
    expect(fifth.status).toBe(429);
  });

  it("forgets failures after a successful sign-in and after the 15-minute window", async () => {
    for (let i = 0; i < 4; i++) await attempt("other@example.kr", "wrong password!", `10.3.0.${i}`);
    expect((await attempt("other@example.kr", PASSWORD, "10.3.0.9")).status).toBe(200);
    for (let i = 0; i < 4; i++) await attempt("other@example.kr", "wrong password!", `10.3.1.${i}`);
    advance(16 * MIN);
    expect((await attempt("other@example.kr", "wrong password!", "10.3.2.0")).status).toBe(401);
  });

  it(`limits one IP address to ${IP_FAILURE_LIMIT} failures in 15 minutes, across accounts`, async () => {
    advance(30 * MIN);
    const ip = "192.0.2.7";
    for (let i = 0; i < IP_FAILURE_LIMIT - 1; i++) {
      expect((await attempt(`someone${i}@example.kr`, "not the password", ip)).status).toBe(401);
    }
    expect((await attempt("someone-last@example.kr", "not the password", ip)).status).toBe(429);
    const blocked = await attempt("other@example.kr", PASSWORD, ip);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("Retry-After"))).toBeGreaterThan(0);
    // Another address signs in to the same account.
    expect((await attempt("other@example.kr", PASSWORD, "192.0.2.8")).status).toBe(200);
    advance(15 * MIN);
    expect((await attempt("other@example.kr", PASSWORD, ip)).status).toBe(200);
  });

  it("keeps a lock across a restart (it is in the database)", async () => {
    for (let i = 0; i < 5; i++) await attempt("restart@example.kr", "wrong password!", `10.4.0.${i}`);
    const restarted = createApp(
      { db: t.database.db, dbKind: t.database.kind, now: () => clock },
      { serveWebApp: false },
    );
    const res = await restarted.request("/api/auth/login", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email: "restart@example.kr", password: PASSWORD }),
    });
    expect(res.status).toBe(429);
  });
});
