import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createEmptyTestDatabase,
  type TestDatabase,
  testDatabaseKinds,
} from "../../tests/helpers/test-database.ts";
import { testKeyring } from "../../tests/helpers/test-keys.ts";
import { rowsOf, searchAudit } from "../audit/audit.repository.ts";
import { createUserAccount } from "../auth/user-account.commands.ts";
import { readMeta } from "../db/app-meta.repository.ts";
import type { Database } from "../db/client.ts";
import { migrateDatabase, migrationsFolder } from "../db/migrate.ts";
import { seedDatabase } from "../db/seed-database.ts";
import { findPersonalData } from "../residents/resident.repository.ts";
import { createApp } from "../server/app.ts";
import { isEnvelope } from "./domain/field-envelope.ts";
import { encryptLeftoverPlaintext, PLAINTEXT_STEP_META_KEY } from "./encrypt-plaintext-step.ts";

/** The migrations of the release before encryption (0000–0002), as that release shipped them. */
const PREVIOUS_RELEASE = ["0000_init", "0001_list_order_indexes", "0002_region_english_full_name"];

function previousReleaseMigrations(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "maeul-migrations-"));
  fs.mkdirSync(path.join(dir, "meta"));
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta/_journal.json"), "utf8"));
  journal.entries = journal.entries.filter((e: { tag: string }) => PREVIOUS_RELEASE.includes(e.tag));
  fs.writeFileSync(path.join(dir, "meta/_journal.json"), JSON.stringify(journal));
  for (const tag of PREVIOUS_RELEASE)
    fs.copyFileSync(path.join(migrationsFolder, `${tag}.sql`), path.join(dir, `${tag}.sql`));
  return dir;
}

async function migrateTo(database: Database, folder: string) {
  if (database.kind === "postgres")
    await migrateNodePg(database.db as unknown as NodePgDatabase, { migrationsFolder: folder });
  else await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder: folder });
}

const PEOPLE = [
  {
    id: "00000000-0000-4000-8000-000000000001",
    name: "홍길동",
    phone: "010-1234-5678",
    address: "서울 관악구 관악로 1 101동 202호",
  },
  { id: "00000000-0000-4000-8000-000000000002", name: "김영희", phone: null, address: null },
  // A name with a colon must not be taken for an envelope.
  {
    id: "00000000-0000-4000-8000-000000000003",
    name: "v1:이순신",
    phone: "01098765432",
    address: "부산 해운대구 해운대로 3",
  },
];

describe.each(await testDatabaseKinds())(
  "upgrading a database from the release before encryption on %s",
  (kind) => {
    let database: TestDatabase;
    let folder: string;
    beforeAll(async () => {
      database = await createEmptyTestDatabase(kind);
      folder = previousReleaseMigrations();
      await migrateTo(database, folder);
      // What the previous release stored: plaintext personal columns.
      await database.db.execute(sql`insert into regions
      (code, level, name_ko, name_en, full_name_ko, full_name_en, centroid_lat, centroid_lng, bbox, boundary, boundary_version)
      values ('11620', 'sigungu', '관악구', 'Gwanak-gu', '서울특별시 관악구', 'Gwanak-gu, Seoul', 37.47, 126.95, '[]', '{}', 'test')`);
      for (const p of PEOPLE) {
        await database.db.execute(sql`insert into residents (id, region_code, birth_year, availability, desired_hours_per_week, max_travel_km)
        values (${p.id}, '11620', 1958, ${JSON.stringify([{ day: "mon", start: "09:00", end: "12:00" }])}::jsonb, 3, 2)`);
        await database.db.execute(sql`insert into resident_personal_data (resident_id, name, phone, address)
        values (${p.id}, ${p.name}, ${p.phone}, ${p.address})`);
      }
      await migrateDatabase(database);
    });
    afterAll(async () => {
      await database.dispose();
      fs.rmSync(folder, { recursive: true, force: true });
    });

    const raw = async () =>
      rowsOf<{ resident_id: string; name_enc: string; phone_enc: string | null; address_enc: string | null }>(
        await database.db.execute(sql`select * from resident_personal_data order by resident_id`),
      );

    it("keeps the plaintext through the column rename, then encrypts it once at start-up", async () => {
      expect((await raw()).map((r) => r.name_enc)).toEqual(PEOPLE.map((p) => p.name));
      const first = await encryptLeftoverPlaintext(database.db, testKeyring(), {
        now: new Date("2026-03-02T00:00:00Z"),
      });
      expect(first).toMatchObject({ ran: true, encrypted: 7 });
      const rows = await raw();
      const text = JSON.stringify(rows);
      for (const secret of ["홍길동", "김영희", "이순신", "1234-5678", "98765432", "관악로", "해운대"]) {
        expect(text).not.toContain(secret);
      }
      for (const r of rows) {
        for (const v of [r.name_enc, r.phone_enc, r.address_enc])
          if (v !== null) expect(isEnvelope(v)).toBe(true);
      }
      for (const p of PEOPLE) {
        expect(await findPersonalData(database.db, p.id)).toEqual({
          name: p.name,
          phone: p.phone,
          address: p.address,
          notes: null,
        });
      }
      expect(await readMeta(database.db, PLAINTEXT_STEP_META_KEY)).toMatchObject({
        encrypted: 7,
        keyId: "test1",
      });
      const logged = await searchAudit(database.db, { action: "data_migration", page: 1, pageSize: 5 });
      expect(logged.total).toBe(1);
    });

    it("skips itself on the next start, and would change nothing if forced", async () => {
      const before = await raw();
      expect(await encryptLeftoverPlaintext(database.db, testKeyring())).toEqual({
        ran: false,
        encrypted: 0,
        counts: [],
      });
      await database.db.execute(sql`delete from app_meta where key = ${PLAINTEXT_STEP_META_KEY}`);
      const forced = await encryptLeftoverPlaintext(database.db, testKeyring());
      expect(forced).toMatchObject({ ran: true, encrypted: 0 });
      expect(await raw()).toEqual(before);
    });

    it("serves the upgraded residents masked, as before", async () => {
      await seedDatabase(database.db, { regions: [], demo: false });
      const app = createApp(
        { db: database.db, dbKind: database.kind, now: () => new Date() },
        { serveWebApp: false },
      );
      // Residents' records need a signed-in caller with reach: an administrator here.
      const credentials = { email: "admin@upgrade.test", password: "upgrade-test-password-1" };
      await createUserAccount(database.db, {
        ...credentials,
        name: "관리자",
        role: "system_admin",
        demo: true,
      });
      const login = await app.request("/api/auth/login", {
        method: "POST",
        headers: { "Content-Type": "application/json", Origin: "http://localhost" },
        body: JSON.stringify(credentials),
      });
      const cookie = login.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; ");
      const res = await app.request(`/api/residents/${PEOPLE[0]!.id}`, { headers: { Cookie: cookie } });
      expect(res.status).toBe(200);
      expect((await res.json()).personal).toEqual({
        name: "홍*동",
        phone: "010-****-5678",
        address: "서울 관악구 관악로 ***",
        masked: true,
      });
    });
  },
);
