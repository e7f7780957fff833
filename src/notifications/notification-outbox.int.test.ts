import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createTestDatabase,
  type TestDatabase,
  testDatabaseKinds,
} from "../../tests/helpers/test-database.ts";
import { insertConsent } from "../consents/consent.repository.ts";
import type { ChannelRegistry } from "./channels/channel.ts";
import { createJsonPostProvider } from "./channels/json-post-provider.ts";
import { createLogChannel } from "./channels/log-channel.ts";
import { createProviderChannel } from "./channels/provider-channel.ts";
import { NotificationTemplateError } from "./domain/notification-templates.ts";
import type { RetryPolicy } from "./domain/retry-policy.ts";
import { cancelNotification, enqueueNotification } from "./enqueue-notification.ts";
import { claimDueNotifications, findNotificationByDedupeKey, recordSent } from "./notification.repository.ts";
import { notificationOutbox } from "./notification-outbox.table.ts";
import { sendAllDue, startNotificationRunner } from "./notification-runner.ts";
import { type SenderOptions, sendDueNotifications } from "./notification-sender.ts";
import { startNotifications } from "./start-notifications.ts";
import { insertGwanak, insertTestResident } from "./testing/notification-fixtures.ts";
import { type ProviderTestServer, startProviderTestServer } from "./testing/provider-test-server.ts";

const RETRY: RetryPolicy = { maxAttempts: 4, baseMs: 60_000, maxMs: 3_600_000, jitter: 0 };
const LEASE_MS = 5 * 60_000;
const selected = { programName: "노인일자리 공익활동 사업" };

describe.each(await testDatabaseKinds())("notification outbox on %s", (kind) => {
  let database: TestDatabase;
  let provider: ProviderTestServer;
  let residentId: string;
  let noPhoneResidentId: string;
  let clock: Date;
  let logLines: string[];
  const now = () => clock;
  const advance = (ms: number) => {
    clock = new Date(clock.getTime() + ms);
  };

  function channels(server = provider): ChannelRegistry {
    return new Map([
      ["log", createLogChannel((line) => logLines.push(line))],
      [
        "sms",
        createProviderChannel(
          "sms",
          createJsonPostProvider({ name: "sms", url: server.url, apiKey: server.apiKey }),
        ),
      ],
    ]);
  }
  const sender = (overrides: Partial<SenderOptions> = {}): SenderOptions => ({
    channels: channels(),
    now,
    retry: RETRY,
    leaseMs: LEASE_MS,
    log: () => {},
    ...overrides,
  });
  const enqueueSms = (dedupeKey: string, to = residentId) =>
    database.db.transaction((tx) =>
      enqueueNotification(tx, {
        dedupeKey,
        residentId: to,
        channel: "sms",
        templateCode: "selected",
        params: selected,
      }),
    );
  const row = async (dedupeKey: string) => (await findNotificationByDedupeKey(database.db, dedupeKey))!;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await insertGwanak(database.db);
    residentId = await insertTestResident(database.db, "010-1234-5678");
    noPhoneResidentId = await insertTestResident(database.db, null);
  });
  afterAll(async () => {
    await provider?.close();
    await database.dispose();
  });

  beforeEach(async () => {
    await provider?.close();
    provider = await startProviderTestServer();
    await database.db.delete(notificationOutbox);
    // Ahead of the database clock that stamps new rows, however slow the machine is today.
    clock = new Date(Date.now() + 3_600_000);
    logLines = [];
  });

  it("is written in the caller's transaction: rolled back with it, kept when it commits", async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await enqueueNotification(tx, {
          dedupeKey: "rollback",
          residentId,
          templateCode: "selected",
          params: selected,
        });
        throw new Error("the state change failed");
      }),
    ).rejects.toThrow("the state change failed");
    expect(await findNotificationByDedupeKey(database.db, "rollback")).toBeNull();

    await database.db.transaction((tx) =>
      enqueueNotification(tx, {
        dedupeKey: "commit",
        residentId,
        templateCode: "selected",
        params: selected,
      }),
    );
    const kept = await row("commit");
    expect(kept).toMatchObject({ status: "pending", channel: "log", regionCode: "11620", attempts: 0 });
    // No contact details in the outbox: the phone is looked up at send time.
    // (Ids and timestamps left out: a random uuid may well contain "010".)
    const { id: _id, residentId: _resident, createdAt: _c, updatedAt: _u, nextAttemptAt: _n, ...rest } = kept;
    expect(JSON.stringify(rest)).not.toMatch(/010|1234-5678|홍길동/);
  });

  it("a template whose params are missing fails the caller's transaction, naming the param", async () => {
    const error = await database.db
      .transaction((tx) =>
        enqueueNotification(tx, {
          dedupeKey: "bad-params",
          residentId,
          templateCode: "waiting_list",
          params: { programName: "공공근로사업" },
        }),
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotificationTemplateError);
    expect((error as NotificationTemplateError).messageKo).toContain("position");
    expect(await findNotificationByDedupeKey(database.db, "bad-params")).toBeNull();
  });

  it("is idempotent on the dedupe key", async () => {
    const first = await enqueueSms("dedupe");
    const second = await enqueueSms("dedupe");
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: null, created: false });
    const [{ n }] = (await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(notificationOutbox)
      .where(eq(notificationOutbox.dedupeKey, "dedupe"))) as [{ n: number }];
    expect(n).toBe(1);
  });

  it("the log channel writes the rendered text (no phone number) and marks the row sent", async () => {
    await database.db.transaction((tx) =>
      enqueueNotification(tx, {
        dedupeKey: "log",
        residentId,
        templateCode: "waiting_list",
        params: { programName: "지역공동체일자리사업", position: 2 },
      }),
    );
    const report = await sendDueNotifications(database.db, sender());
    expect(report).toMatchObject({ claimed: 1, sent: 1 });
    expect(logLines).toEqual([
      `[notification] waiting_list (ko) → resident ${residentId}: [마을] 지역공동체일자리사업 참여 신청 결과, 대기자로 등록되셨습니다. 대기 순번은 2번입니다. 자리가 나면 순번대로 연락드리겠습니다.`,
    ]);
    const sent = await row("log");
    expect(sent).toMatchObject({ status: "sent", attempts: 1, providerMessageId: `log:${sent.id}` });
    expect(sent.sentAt).toEqual(clock);
  });

  it("retries with exponential backoff, then succeeds: one delivery, the provider's id recorded", async () => {
    provider.failNext(2);
    await enqueueSms("retry");

    expect(await sendDueNotifications(database.db, sender())).toMatchObject({ claimed: 1, retrying: 1 });
    let r = await row("retry");
    expect(r).toMatchObject({ status: "failed", attempts: 1 });
    expect(r.lastError).toContain("HTTP 503");
    expect(r.nextAttemptAt.getTime() - clock.getTime()).toBe(60_000);

    // Not due yet: nothing is claimed.
    advance(59_000);
    expect((await sendDueNotifications(database.db, sender())).claimed).toBe(0);

    advance(1_000);
    await sendDueNotifications(database.db, sender());
    r = await row("retry");
    expect(r).toMatchObject({ status: "failed", attempts: 2 });
    expect(r.nextAttemptAt.getTime() - clock.getTime()).toBe(120_000);

    advance(120_000);
    expect(await sendDueNotifications(database.db, sender())).toMatchObject({ claimed: 1, sent: 1 });
    r = await row("retry");
    expect(provider.requests).toHaveLength(3);
    expect(provider.deliveries).toHaveLength(1);
    expect(provider.deliveries[0]).toMatchObject({ idempotencyKey: "retry", to: "01012345678" });
    expect(provider.deliveries[0]!.text).toContain("노인일자리 공익활동 사업 참여자로 선정되셨습니다");
    expect(r).toMatchObject({
      status: "sent",
      attempts: 3,
      lastError: null,
      providerMessageId: provider.deliveries[0]!.messageId,
    });
    expect(new Set(provider.requests.map((q) => q.idempotencyKey))).toEqual(new Set(["retry"]));
  });

  it("a lost answer is retried with the same idempotency key: the provider delivers once", async () => {
    provider.dropAnswerOfNext(1);
    await enqueueSms("lost-answer");
    expect(await sendDueNotifications(database.db, sender())).toMatchObject({ retrying: 1 });
    expect(provider.deliveries).toHaveLength(1);
    advance(60_000);
    expect(await sendDueNotifications(database.db, sender())).toMatchObject({ sent: 1 });
    expect(provider.requests.map((q) => q.status)).toEqual(["dropped", 200]);
    expect(provider.deliveries).toHaveLength(1);
    expect((await row("lost-answer")).providerMessageId).toBe(provider.deliveries[0]!.messageId);
  });

  it("gives up after the maximum attempts (dead), and at once on a permanent failure", async () => {
    provider.failNext(100);
    await enqueueSms("always-503");
    for (let attempt = 1; attempt <= RETRY.maxAttempts; attempt++) {
      await sendDueNotifications(database.db, sender());
      advance(RETRY.maxMs);
    }
    expect(await row("always-503")).toMatchObject({ status: "dead", attempts: RETRY.maxAttempts });
    expect((await sendDueNotifications(database.db, sender())).claimed).toBe(0);
    expect(provider.requests).toHaveLength(RETRY.maxAttempts);
    expect(provider.deliveries).toHaveLength(0);

    // No phone number: nothing to retry.
    provider.failNext(0);
    await enqueueSms("no-phone", noPhoneResidentId);
    expect(await sendDueNotifications(database.db, sender())).toMatchObject({ claimed: 1, dead: 1 });
    expect(await row("no-phone")).toMatchObject({
      status: "dead",
      attempts: 1,
      lastError: "the recipient has no phone number",
    });

    // The provider refuses the number (400): permanent, and the number is not kept in the error.
    const refusing = await startProviderTestServer({ rejectNumbers: ["01012345678"] });
    try {
      await enqueueSms("refused");
      await sendDueNotifications(database.db, sender({ channels: channels(refusing) }));
      const refused = await row("refused");
      expect(refused).toMatchObject({ status: "dead", attempts: 1 });
      expect(refused.lastError).toContain("HTTP 400");
      expect(refusing.requests).toHaveLength(1);
    } finally {
      await refusing.close();
    }
  });

  it("a row left `sending` by a crashed sender is claimed again once its lease runs out", async () => {
    await enqueueSms("crash");
    // A sender claims the row and dies before sending.
    const [claimed] = await claimDueNotifications(database.db, {
      now: clock,
      leaseMs: LEASE_MS,
      limit: 10,
      channels: ["sms"],
      maxAttempts: RETRY.maxAttempts,
      claimToken: crypto.randomUUID(),
    });
    expect(claimed).toMatchObject({ status: "sending", attempts: 1 });

    // While the lease holds, nobody else takes it.
    advance(LEASE_MS - 1_000);
    expect((await sendDueNotifications(database.db, sender())).claimed).toBe(0);

    advance(1_000);
    expect(await sendDueNotifications(database.db, sender())).toMatchObject({ claimed: 1, sent: 1 });
    expect(await row("crash")).toMatchObject({ status: "sent", attempts: 2 });
    expect(provider.deliveries).toHaveLength(1);

    // The crashed sender, were it to wake up, can no longer record anything.
    expect(
      await recordSent(database.db, {
        id: claimed!.id,
        claimToken: claimed!.claimToken!,
        providerMessageId: "late",
        now: clock,
      }),
    ).toBe(false);
    expect((await row("crash")).providerMessageId).toBe(provider.deliveries[0]!.messageId);
  });

  it("a crash after the provider accepted: the take-over resends with the same key, delivered once", async () => {
    await enqueueSms("crash-after-accept");
    const [claimed] = await claimDueNotifications(database.db, {
      now: clock,
      leaseMs: LEASE_MS,
      limit: 10,
      channels: ["sms"],
      maxAttempts: RETRY.maxAttempts,
      claimToken: crypto.randomUUID(),
    });
    // The provider takes the message; the sender dies before recording it.
    const sms = channels().get("sms")!;
    const receipt = await sms.send(
      {
        outboxId: claimed!.id,
        idempotencyKey: claimed!.dedupeKey,
        templateCode: "selected",
        locale: "ko",
        params: selected,
        subject: "s",
        text: "t",
        to: "010-1234-5678",
        recipient: { residentId, userId: null },
      },
      AbortSignal.timeout(5_000),
    );
    advance(LEASE_MS);
    expect(await sendDueNotifications(database.db, sender())).toMatchObject({ sent: 1 });
    expect(provider.deliveries).toHaveLength(1);
    expect(await row("crash-after-accept")).toMatchObject({
      status: "sent",
      providerMessageId: receipt.providerMessageId,
    });
  });

  it("a sender that died during the last allowed attempt leaves the row dead (outcome unknown), not resent", async () => {
    await enqueueSms("last-attempt");
    await claimDueNotifications(database.db, {
      now: clock,
      leaseMs: LEASE_MS,
      limit: 10,
      channels: ["sms"],
      maxAttempts: 1,
      claimToken: crypto.randomUUID(),
    });
    advance(LEASE_MS);
    expect(
      await sendDueNotifications(database.db, sender({ retry: { ...RETRY, maxAttempts: 1 } })),
    ).toMatchObject({ claimed: 0, dead: 1 });
    expect((await row("last-attempt")).lastError).toMatch(/unknown/);
    expect(provider.requests).toHaveLength(0);
  });

  it("claims made at the same moment are disjoint (FOR UPDATE SKIP LOCKED)", async () => {
    for (let i = 0; i < 40; i++) await enqueueSms(`claim-${i}`);
    const claims = await Promise.all(
      Array.from({ length: 8 }, () =>
        claimDueNotifications(database.db, {
          now: clock,
          leaseMs: LEASE_MS,
          limit: 5,
          channels: ["sms"],
          maxAttempts: RETRY.maxAttempts,
          claimToken: crypto.randomUUID(),
        }),
      ),
    );
    const ids = claims.flat().map((r) => r.id);
    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
    const attempts = await database.db
      .select({ attempts: notificationOutbox.attempts })
      .from(notificationOutbox);
    expect(attempts.every((a) => a.attempts === 1)).toBe(true);
  });

  it("two senders working at once never send a message twice", async () => {
    const slow = await startProviderTestServer({ delayMs: 5 });
    try {
      const keys = Array.from({ length: 30 }, (_, i) => `concurrent-${i}`);
      for (const key of keys) await enqueueSms(key);
      const options = sender({ channels: channels(slow), batchSize: 4 });
      const [a, b] = await Promise.all([sendAllDue(database.db, options), sendAllDue(database.db, options)]);
      expect(a.sent + b.sent).toBe(keys.length);
      if (kind === "postgres") expect(a.sent > 0 && b.sent > 0).toBe(true);
      expect(slow.requests).toHaveLength(keys.length);
      expect(new Set(slow.requests.map((q) => q.idempotencyKey))).toEqual(new Set(keys));
      expect(slow.deliveries).toHaveLength(keys.length);
      const statuses = await database.db
        .select({ status: notificationOutbox.status, attempts: notificationOutbox.attempts })
        .from(notificationOutbox);
      expect(statuses.every((s) => s.status === "sent" && s.attempts === 1)).toBe(true);
    } finally {
      await slow.close();
    }
  });

  const consent = (granted: boolean) =>
    insertConsent(database.db, {
      userId: null,
      residentId,
      purpose: "notifications",
      granted,
      noticeVersion: "test",
      noticeEffectiveDate: "2026-01-01",
      method: "web",
      recordedAt: clock,
    });

  it("advice beyond the application (참여 종료 안내) goes only to residents who agreed to notifications", async () => {
    const ending = (dedupeKey: string) =>
      database.db.transaction((tx) =>
        enqueueNotification(tx, {
          dedupeKey,
          residentId,
          channel: "sms",
          templateCode: "participation_ending",
          params: { programName: "공공근로사업", endDate: "2026-06-30" },
        }),
      );
    await consent(false);
    await ending("ending-no-consent");
    expect(await sendDueNotifications(database.db, sender())).toMatchObject({
      claimed: 1,
      withheld: 1,
      sent: 0,
    });
    expect(await row("ending-no-consent")).toMatchObject({ status: "cancelled" });
    expect((await row("ending-no-consent")).lastError).toContain("has not agreed to optional notifications");
    expect(provider.requests).toHaveLength(0);

    // A selection result is part of the service asked for: sent whatever the optional consent says.
    await enqueueSms("selected-no-consent");
    expect(await sendDueNotifications(database.db, sender())).toMatchObject({ sent: 1 });

    await consent(true);
    await ending("ending-consent");
    expect(await sendDueNotifications(database.db, sender())).toMatchObject({ sent: 1, withheld: 0 });
    expect(provider.deliveries.at(-1)!.idempotencyKey).toBe("ending-consent");
  });

  it("a scheduled message waits for its time, and can be cancelled before it", async () => {
    await consent(true);
    const notBefore = new Date(clock.getTime() + 14 * 24 * 3_600_000);
    await database.db.transaction(async (tx) => {
      await enqueueNotification(tx, {
        dedupeKey: "ending-soon",
        residentId,
        channel: "sms",
        templateCode: "participation_ending",
        params: { programName: "공공근로사업", endDate: "2026-06-30", jobCentreName: "관악고용센터" },
        notBefore,
      });
      await enqueueNotification(tx, {
        dedupeKey: "ending-cancelled",
        residentId,
        channel: "sms",
        templateCode: "participation_ending",
        params: { programName: "공공근로사업", endDate: "2026-06-30" },
        notBefore,
      });
    });
    expect((await sendDueNotifications(database.db, sender())).claimed).toBe(0);
    expect(await database.db.transaction((tx) => cancelNotification(tx, ["ending-cancelled"], clock))).toBe(
      1,
    );
    clock = notBefore;
    expect(await sendDueNotifications(database.db, sender())).toMatchObject({ claimed: 1, sent: 1 });
    expect(provider.deliveries[0]!.text).toContain("관악고용센터나 가까운 고용센터에서");
    expect(await row("ending-cancelled")).toMatchObject({ status: "cancelled", attempts: 0 });
  });

  it("the background runner sends as messages arrive and stops cleanly", async () => {
    const runner = startNotificationRunner(database.db, { ...sender(), now: () => new Date(), pollMs: 20 });
    try {
      await enqueueSms("runner");
      for (let i = 0; i < 200 && (await row("runner")).status !== "sent"; i++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect((await row("runner")).status).toBe("sent");
    } finally {
      await runner.stop();
    }
    await enqueueSms("after-stop");
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect((await row("after-stop")).status).toBe("pending");
  });

  it("`maeul serve` starts the sender from the environment (log by default) and stops it; off when asked", async () => {
    expect(startNotifications(database.db, { MAEUL_NOTIFY_SENDER: "off" }, () => {})).toBeNull();
    const lines: string[] = [];
    const started = startNotifications(database.db, {}, (line) => lines.push(line));
    try {
      await database.db.transaction((tx) =>
        enqueueNotification(tx, {
          dedupeKey: "serve",
          residentId,
          templateCode: "selected",
          params: selected,
        }),
      );
      // The first pass ran at start (before the row); wait for the poll or nudge it.
      for (let i = 0; i < 700 && (await row("serve")).status !== "sent"; i++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    } finally {
      await started!.stop();
    }
    expect(lines[0]).toBe("  notifications: sending through log");
    expect((await row("serve")).status).toBe("sent");
    expect(lines.some((l) => l.startsWith("[notification] selected (ko) → resident"))).toBe(true);
  });
});
