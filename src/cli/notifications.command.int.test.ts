import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maeul } from "../../tests/helpers/run-cli.ts";
import { TEST_DATA_KEY_ENV } from "../../tests/helpers/test-keys.ts";
import { openDatabase } from "../db/client.ts";
import { migrateDatabase } from "../db/migrate.ts";
import { enqueueNotification } from "../notifications/enqueue-notification.ts";
import { insertGwanak, insertTestResident } from "../notifications/testing/notification-fixtures.ts";
import { setFieldKeys } from "../privacy/field-keys.ts";

describe("maeul notifications status | send --once (CLI, embedded PGlite)", () => {
  let dataDir: string;
  const names = ["MAEUL_DATA_DIR", "DATABASE_URL", "MAEUL_DATA_KEY", "MAEUL_NOTIFY_CHANNEL"] as const;
  const saved = Object.fromEntries(names.map((n) => [n, process.env[n]]));

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "maeul-notify-cli-"));
    process.env.MAEUL_DATA_DIR = dataDir;
    process.env.MAEUL_DATA_KEY = TEST_DATA_KEY_ENV;
    delete process.env.DATABASE_URL;
    delete process.env.MAEUL_NOTIFY_CHANNEL;
    setFieldKeys(undefined);
    const database = await openDatabase({ dataDir });
    try {
      await migrateDatabase(database);
      await insertGwanak(database.db);
      const residentId = await insertTestResident(database.db, "010-9999-0000");
      await database.db.transaction(async (tx) => {
        await enqueueNotification(tx, {
          dedupeKey: "cli-1",
          residentId,
          templateCode: "selected",
          params: { programName: "공공근로사업" },
        });
        await enqueueNotification(tx, {
          dedupeKey: "cli-2",
          residentId,
          channel: "sms",
          templateCode: "selected",
          params: { programName: "공공근로사업" },
        });
      });
    } finally {
      await database.close();
    }
  });
  afterAll(() => {
    for (const name of names) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("reports the outbox, sends what the configured channels can, and says what waits", async () => {
    const before = await maeul("notifications", "status");
    expect(before.code, before.output).toBe(0);
    expect(before.output).toContain("channels: log (default for new messages: log)");
    expect(before.output).toMatch(/pending\s+log\s+1/);
    expect(before.output).toMatch(/pending\s+sms\s+1/);
    expect(before.output).toContain(
      "warning: 1 pending sms message(s) wait for a channel that is not configured (set MAEUL_SMS_URL and MAEUL_SMS_API_KEY)",
    );

    const send = await maeul("notifications", "send", "--once");
    expect(send.code, send.output).toBe(0);
    expect(send.output).toMatch(
      /\[notification\] selected \(ko\) → resident [0-9a-f-]+: \[마을\] 축하합니다\. 공공근로사업 참여자로/,
    );
    expect(send.output).toContain(
      "notifications: 1 claimed, 1 sent, 0 to retry, 0 dead, 0 withheld (no consent)",
    );
    expect(send.output).not.toContain("010");

    const after = await maeul("notifications", "status");
    expect(after.output).toMatch(/sent\s+log\s+1/);
    expect(after.output).toMatch(/pending\s+sms\s+1/);
  });

  it("refuses an unknown default channel with a clear message", async () => {
    process.env.MAEUL_NOTIFY_CHANNEL = "fax";
    try {
      const result = await maeul("notifications", "status");
      expect(result.code).toBe(1);
      expect(result.output).toContain("MAEUL_NOTIFY_CHANNEL must be one of log, email, sms, kakao_alimtalk");
    } finally {
      delete process.env.MAEUL_NOTIFY_CHANNEL;
    }
  });
});
