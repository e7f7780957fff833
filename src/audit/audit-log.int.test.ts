import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestDatabase,
  type TestDatabase,
  testDatabaseKinds,
} from "../../tests/helpers/test-database.ts";
import type { Db } from "../db/client.ts";
import { type AuditEntry, appendAudit, rowsOf, searchAudit } from "./audit.repository.ts";
import { GENESIS_HASH } from "./domain/audit-hash.ts";
import { verifyAuditChain } from "./verify-audit-chain.ts";

const entry = (n: number, overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  actorUserId: `user-${n % 3}`,
  actorRole: "district_officer",
  action: "read",
  subjectType: "resident",
  subjectId: `r-${n}`,
  regionCode: "11620",
  ip: "203.0.113.7",
  userAgent: "vitest",
  details: { n, fields: ["name"], nested: { z: 1, a: "한글" } },
  ...overrides,
});

/** The database's own message (drizzle wraps it as the error's cause). */
async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const e = error as Error & { cause?: Error };
    return e.cause?.message ?? e.message;
  }
  throw new Error("expected the statement to fail");
}

async function withTriggersOff(db: Db, work: () => Promise<unknown>) {
  await db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
  try {
    await work();
  } finally {
    await db.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
  }
}

describe.each(await testDatabaseKinds())("audit log on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database.dispose());

  it("chains each entry to the one before, from the genesis hash", async () => {
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, checked: 0, headId: null });
    const first = await appendAudit(database.db, entry(1));
    const second = await database.db.transaction((tx) => appendAudit(tx, entry(2)));
    expect(first.prevHash).toBe(GENESIS_HASH);
    expect(second.prevHash).toBe(first.hash);
    expect(second.id).toBeGreaterThan(first.id);
    expect(await verifyAuditChain(database.db)).toMatchObject({
      ok: true,
      checked: 2,
      headId: second.id,
      headHash: second.hash,
      firstBroken: null,
    });
  });

  it("keeps the chain linear under concurrent appends, and drops rolled-back ones", async () => {
    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        database.db.transaction(async (tx) => {
          await appendAudit(tx, entry(100 + i));
          // A little work after the append, still under the lock.
          await tx.execute(sql`select pg_sleep(0.002)`);
        }),
      ),
    );
    await expect(
      database.db.transaction(async (tx) => {
        await appendAudit(tx, entry(999));
        throw new Error("the write failed");
      }),
    ).rejects.toThrow("the write failed");
    const report = await verifyAuditChain(database.db, { batchSize: 7 });
    expect(report).toMatchObject({ ok: true, checked: 27 });
    const { total } = await searchAudit(database.db, { subjectId: "r-999", page: 1, pageSize: 10 });
    expect(total).toBe(0);
  });

  it("needs a reason to unmask or export, in the code and in the database", async () => {
    await expect(appendAudit(database.db, entry(3, { action: "unmask" }))).rejects.toMatchObject({
      code: "validation_failed",
    });
    await expect(appendAudit(database.db, entry(3, { action: "export", reason: "  " }))).rejects.toThrow();
    await expect(
      database.db.execute(sql`insert into audit_log (at, actor_role, action, prev_hash, hash)
                              values (now(), 'system', 'unmask', ${GENESIS_HASH}, ${"e".repeat(64)})`),
    ).rejects.toThrow();
    const ok = await appendAudit(
      database.db,
      entry(3, { action: "unmask", reason: "민원 처리: 연락처 확인" }),
    );
    expect(ok.reason).toBe("민원 처리: 연락처 확인");
  });

  it("refuses UPDATE, DELETE and TRUNCATE in the database itself", async () => {
    expect(await failure(database.db.execute(sql`update audit_log set actor_role = 'x'`))).toMatch(
      /audit_log is append-only: UPDATE/,
    );
    expect(await failure(database.db.execute(sql`delete from audit_log`))).toMatch(/append-only: DELETE/);
    expect(await failure(database.db.execute(sql`truncate audit_log`))).toMatch(/append-only: TRUNCATE/);
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });

  it("finds the first tampered row when the trigger is bypassed", async () => {
    const rows = rowsOf<{ id: number | string }>(
      await database.db.execute(sql`select id from audit_log order by id`),
    );
    const ids = rows.map((r) => Number(r.id));
    const edited = ids[5]!;
    await withTriggersOff(database.db, () =>
      database.db.execute(sql`update audit_log set details = '{"n": 0}'::jsonb where id = ${edited}`),
    );
    expect(await verifyAuditChain(database.db)).toMatchObject({
      ok: false,
      checked: 6,
      firstBroken: { id: edited, problem: "hash" },
    });
    // Recomputing that row's own hash does not help: the next row still points at the old one.
    const removed = ids[2]!;
    await withTriggersOff(database.db, () =>
      database.db.execute(sql`delete from audit_log where id = ${removed}`),
    );
    expect(await verifyAuditChain(database.db)).toMatchObject({
      ok: false,
      checked: 3,
      firstBroken: { id: ids[3], problem: "prev_hash" },
    });
  });
});
