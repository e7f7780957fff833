import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../tests/helpers/test-app.ts";
import { testDatabaseKinds } from "../../tests/helpers/test-database.ts";
import { SESSION_COOKIE } from "./auth-config.ts";
import { sessions } from "./session.table.ts";
import { createUserAccount } from "./user-account.commands.ts";

const PASSWORD = "correct horse battery";
const MIN = 60 * 1000;

describe.each(await testDatabaseKinds())("session timeouts on %s", (kind) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let clock = new Date("2026-03-02T09:00:00Z");
  const advance = (ms: number) => {
    clock = new Date(clock.getTime() + ms);
  };

  beforeAll(async () => {
    t = await createTestApp(kind, { now: () => clock });
    await createUserAccount(t.database.db, {
      email: "user@example.kr",
      password: PASSWORD,
      name: "사용자",
      role: "resident",
    });
  });
  afterAll(() => t.dispose());

  const signIn = async () => {
    const client = await t.login("user@example.kr", PASSWORD);
    expect(client.response.status).toBe(200);
    return client;
  };
  const sessionCount = async (userId: string) =>
    (await t.database.db.select().from(sessions).where(eq(sessions.userId, userId))).length;

  it("ends after 30 minutes without activity: 401, the row deleted, the cookie cleared", async () => {
    const client = await signIn();
    const userId = client.response.body.user.id;
    const before = await sessionCount(userId);
    advance(29 * MIN);
    // Reading the session is not activity: the deadline stays where it was.
    const read = await client.request("GET", "/api/auth/session");
    expect(read.status).toBe(200);
    expect(read.body.session.idleExpiresAt).toBe("2026-03-02T09:30:00.000Z");
    advance(1 * MIN);
    const expired = await client.request("GET", "/api/auth/session");
    expect(expired.status).toBe(401);
    expect(expired.headers.getSetCookie().some((c) => c.startsWith(`${SESSION_COOKIE}=;`))).toBe(true);
    expect(await sessionCount(userId)).toBe(before - 1);
  });

  it("moves the idle deadline on activity and on the extend button", async () => {
    const client = await signIn();
    advance(20 * MIN);
    // Any other API request is activity.
    expect((await client.request("GET", "/api/regions?level=sido")).status).toBe(200);
    expect((await client.request("GET", "/api/auth/session")).body.session.idleExpiresAt).toBe(
      new Date(clock.getTime() + 30 * MIN).toISOString(),
    );
    advance(25 * MIN);
    const extended = await client.request("POST", "/api/auth/session/extend");
    expect(extended.status).toBe(200);
    expect(extended.body.session.idleExpiresAt).toBe(new Date(clock.getTime() + 30 * MIN).toISOString());
    advance(29 * MIN);
    expect((await client.request("GET", "/api/auth/session")).status).toBe(200);
  });

  it("ends 12 hours after sign-in however active, and extending never passes that", async () => {
    const client = await signIn();
    const signedInAt = clock.getTime();
    const absolute = new Date(signedInAt + 12 * 60 * MIN).toISOString();
    expect(client.response.body.session.expiresAt).toBe(absolute);
    for (let i = 0; i < 23; i++) {
      advance(29 * MIN);
      const extended = await client.request("POST", "/api/auth/session/extend");
      expect(extended.status).toBe(200);
      expect(extended.body.session.expiresAt).toBe(absolute);
    }
    advance(29 * MIN); // 11 h 36 min after sign-in
    const last = await client.request("POST", "/api/auth/session/extend");
    expect(last.body.session.idleExpiresAt).toBe(absolute);
    advance(24 * MIN); // 12 h exactly
    expect((await client.request("GET", "/api/auth/session")).status).toBe(401);
  });

  it("applies the deadlines stored on the session row (as another process would see them)", async () => {
    const client = await signIn();
    const id = (
      await t.request("GET", "/api/auth/session", undefined, {
        headers: { Cookie: `${SESSION_COOKIE}=${client.cookies.get(SESSION_COOKIE)}` },
      })
    ).body.user.id;
    await t.database.db
      .update(sessions)
      .set({ absoluteExpiresAt: new Date(clock.getTime() - 1000) })
      .where(eq(sessions.userId, id));
    expect((await client.request("GET", "/api/auth/session")).status).toBe(401);
  });
});
