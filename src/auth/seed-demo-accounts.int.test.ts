import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createReferenceTestDatabase,
  type TestDatabase,
  testDatabaseKinds,
} from "../../tests/helpers/test-database.ts";
import { seedDatabase } from "../db/seed-database.ts";
import { organizations } from "../organizations/organization.table.ts";
import { residents } from "../residents/resident.table.ts";
import { createApp } from "../server/app.ts";
import { demoPassword } from "./domain/demo-accounts.ts";
import { seedDemoAccounts } from "./seed-demo-accounts.ts";
import { listDemoAccounts } from "./user.repository.ts";
import { users } from "./user.table.ts";

describe.each(await testDatabaseKinds())("demo accounts seed on %s", (kind) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createReferenceTestDatabase(kind);
    await seedDatabase(database.db, { regions: ["11620"], demo: true });
  });
  afterAll(() => database.dispose());

  it("creates one account per role for the district, its 시도, and the national ones, all marked demo", async () => {
    const rows = await database.db.select().from(users).orderBy(users.email);
    expect(rows.map((u) => [u.email, u.role, u.regionCode, u.demo])).toEqual([
      ["admin@demo.maeul.kr", "system_admin", null, true],
      ["metro.11@demo.maeul.kr", "metropolitan_officer", "11", true],
      ["ministry@demo.maeul.kr", "ministry", null, true],
      ["officer.11620@demo.maeul.kr", "district_officer", "11620", true],
      ["resident.11620@demo.maeul.kr", "resident", null, true],
      ["staff.11620@demo.maeul.kr", "institution_staff", null, true],
    ]);
    const resident = rows.find((u) => u.role === "resident")!;
    const [linked] = await database.db.select().from(residents).where(eq(residents.id, resident.residentId!));
    expect(linked).toMatchObject({ regionCode: "11620", synthetic: true });
    const staff = rows.find((u) => u.role === "institution_staff")!;
    const [organization] = await database.db
      .select()
      .from(organizations)
      .where(eq(organizations.id, staff.organizationId!));
    expect(organization).toMatchObject({ regionCode: "11620", synthetic: true });
  });

  it("is idempotent", async () => {
    const again = await seedDemoAccounts(database.db, ["11620"]);
    expect(again).toMatchObject({ created: 0, existing: 6 });
    expect(await database.db.$count(users)).toBe(6);
  });

  it("lists them with the region each acts for, and their public passwords sign in", async () => {
    const list = await listDemoAccounts(database.db);
    expect(list.find((a) => a.email === "resident.11620@demo.maeul.kr")).toMatchObject({
      role: "resident",
      region: "11620",
      regionName: "서울특별시 관악구",
    });
    const app = createApp(
      { db: database.db, dbKind: database.kind, now: () => new Date() },
      { serveWebApp: false },
    );
    const email = "officer.11620@demo.maeul.kr";
    const res = await app.request("/api/auth/login", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email, password: demoPassword(email) }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ demoAccountNoSecondFactor: true, user: { demo: true } });
  });
});
