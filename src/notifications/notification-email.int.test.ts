import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestDatabase,
  type TestDatabase,
  testDatabaseKinds,
} from "../../tests/helpers/test-database.ts";
import { createEmailChannel } from "./channels/email-channel.ts";
import { enqueueNotification } from "./enqueue-notification.ts";
import { findNotificationByDedupeKey } from "./notification.repository.ts";
import { sendDueNotifications } from "./notification-sender.ts";
import { insertGwanak, insertTestResident, insertTestUser } from "./testing/notification-fixtures.ts";
import { type SmtpTestServer, startSmtpTestServer } from "./testing/smtp-test-server.ts";

describe.each(await testDatabaseKinds())("e-mail channel over real SMTP on %s", (kind) => {
  let database: TestDatabase;
  let smtp: SmtpTestServer;
  let residentId: string;
  let userId: string;
  let clock: Date;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    smtp = await startSmtpTestServer();
    await insertGwanak(database.db);
    residentId = await insertTestResident(database.db, "010-2222-3333");
    userId = await insertTestUser(database.db, `hong.${kind}@example.kr`, residentId);
    // Ahead of the database clock that stamps new rows, however slow the machine is today.
    clock = new Date(Date.now() + 3_600_000);
  });
  afterAll(async () => {
    await smtp.close();
    await database.dispose();
  });

  const send = () =>
    sendDueNotifications(database.db, {
      channels: new Map([
        ["email", createEmailChannel({ smtpUrl: smtp.url, from: "마을 Maeul <noreply@maeul.example>" })],
      ]),
      now: () => clock,
      retry: { maxAttempts: 3, baseMs: 1_000, maxMs: 10_000, jitter: 0 },
      log: () => {},
    });

  it("sends to the account's address, retries a 451 and delivers once, in Korean", async () => {
    smtp.deferNext(1);
    await database.db.transaction((tx) =>
      enqueueNotification(tx, {
        dedupeKey: "email-start",
        residentId,
        channel: "email",
        templateCode: "start_reminder",
        params: { programName: "노인일자리 공익활동 사업", startDate: "2026-03-02", placeName: "관악구청" },
      }),
    );

    expect(await send()).toMatchObject({ claimed: 1, retrying: 1 });
    const failed = await findNotificationByDedupeKey(database.db, "email-start");
    expect(failed).toMatchObject({ status: "failed", attempts: 1 });
    expect(failed!.lastError).toContain("451");
    expect(smtp.received).toHaveLength(0);

    clock = new Date(clock.getTime() + 1_000);
    expect(await send()).toMatchObject({ claimed: 1, sent: 1 });
    expect(smtp.attempts).toBe(2);
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(smtp.envelopes[0]).toEqual([`hong.${kind}@example.kr`]);
    expect(mail!.subject).toBe("[마을] 노인일자리 공익활동 사업 근무 시작 안내");
    expect(mail!.text?.trim()).toBe(
      "[마을] 노인일자리 공익활동 사업이 2026년 3월 2일(월)에 시작됩니다. 관악구청으로 와 주세요.",
    );
    expect(mail!.from?.text).toContain("noreply@maeul.example");
    const sent = await findNotificationByDedupeKey(database.db, "email-start");
    expect(sent).toMatchObject({ status: "sent", attempts: 2 });
    // The receipt: our Message-ID (the same on every attempt) and the server's queue id.
    expect(sent!.providerMessageId).toContain(mail!.messageId!);
    expect(sent!.providerMessageId).toContain("queued as TEST1");
  });

  it("a user without a resident record is reached by the account's address; English when asked", async () => {
    const officer = await insertTestUser(database.db, `officer.${kind}@example.kr`, null);
    await database.db.transaction((tx) =>
      enqueueNotification(tx, {
        dedupeKey: "email-user",
        userId: officer,
        channel: "email",
        locale: "en",
        templateCode: "waiting_list",
        params: { programName: "Community jobs", position: 4 },
      }),
    );
    expect(await send()).toMatchObject({ sent: 1 });
    const mail = smtp.received.at(-1)!;
    expect(smtp.envelopes.at(-1)).toEqual([`officer.${kind}@example.kr`]);
    expect(mail.subject).toBe("[Maeul] Waiting list: Community jobs");
    expect(mail.text).toContain("you are number 4");
    expect(userId).toBeTruthy();
  });
});
