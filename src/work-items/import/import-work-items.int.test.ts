import fs from "node:fs";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createReferenceTestDatabase,
  type TestDatabase,
  testDatabaseKinds,
} from "../../../tests/helpers/test-database.ts";
import { seedDatabase } from "../../db/seed-database.ts";
import { demoOrganizationId } from "../../demo/domain/deterministic-id.ts";
import { organizations } from "../../organizations/organization.table.ts";
import { workItems } from "../work-item.table.ts";
import { importWorkItems } from "./import-work-items.ts";
import { readImportTable } from "./read-import-file.ts";

const examples = path.resolve(import.meta.dirname, "../../../examples");
const example = (name: string) => readImportTable(fs.readFileSync(path.join(examples, name)), name);
const CULTURE_FOUNDATION = demoOrganizationId("11620", "culture_foundation:0");

describe.each(await testDatabaseKinds())("work-item import on %s", (kind) => {
  let database: TestDatabase;
  const workItemCount = async () => (await database.db.select({ n: count() }).from(workItems))[0]!.n;

  beforeAll(async () => {
    database = await createReferenceTestDatabase(kind);
    await seedDatabase(database.db, { regions: ["11620"], demo: true });
  });
  afterAll(() => database.dispose());

  it("imports nothing on a dry run, but checks everything", async () => {
    const before = await workItemCount();
    const report = await importWorkItems(database.db, await example("work-items.csv"), { dryRun: true });
    expect(report).toMatchObject({ rows: 6, imported: 0, dryRun: true, errors: [] });
    expect(await workItemCount()).toBe(before);
  });

  it("imports nothing when any row is bad, and reports every bad row", async () => {
    const before = await workItemCount();
    const report = await importWorkItems(database.db, await example("work-items-with-errors.csv"));
    expect(report.imported).toBe(0);
    expect([...new Set(report.errors.map((e) => e.row))]).toEqual([3, 4, 5, 6]);
    expect(report.errors.filter((e) => e.row === 6).map((e) => e.reason)).toEqual([
      "invalid_boolean",
      "invalid_time",
      "organization_not_found",
    ]);
    expect(await workItemCount()).toBe(before);
  });

  it("imports every row of the example CSV in one transaction", async () => {
    const before = await workItemCount();
    const report = await importWorkItems(database.db, await example("work-items.csv"));
    expect(report).toMatchObject({ rows: 6, imported: 6, errors: [] });
    expect(await workItemCount()).toBe(before + 6);
    const [festival] = await database.db
      .select()
      .from(workItems)
      .where(eq(workItems.title, "강감찬 축제 운영 지원"));
    expect(festival).toMatchObject({
      organizationId: CULTURE_FOUNDATION,
      regionCode: "11620",
      category: "culture",
      kind: "one_off",
      headcount: 15,
      hourlyWage: 11000,
      programCode: "k_flex",
      synthetic: false,
      status: "open",
    });
    expect(festival!.schedule).toEqual([
      { day: "fri", start: "14:00", end: "18:00" },
      { day: "sat", start: "09:00", end: "18:00" },
      { day: "sun", start: "09:00", end: "18:00" },
    ]);
  });

  it("imports the XLSX and the cp949 CSV alike", async () => {
    const before = await workItemCount();
    expect((await importWorkItems(database.db, await example("work-items.xlsx"))).imported).toBe(6);
    expect((await importWorkItems(database.db, await example("work-items-cp949.csv"))).imported).toBe(6);
    expect(await workItemCount()).toBe(before + 12);
  });

  it("refuses every row, and imports none, when one row's institution is closed", async () => {
    await database.db
      .update(organizations)
      .set({ status: "closed" })
      .where(eq(organizations.id, CULTURE_FOUNDATION));
    try {
      const before = await workItemCount();
      const report = await importWorkItems(database.db, await example("work-items.csv"));
      expect(report.errors.map((e) => [e.row, e.reason])).toEqual([[7, "organization_closed"]]);
      expect(report.imported).toBe(0);
      expect(await workItemCount()).toBe(before);
      await expect(
        importWorkItems(database.db, await example("work-items.csv"), { organizationId: CULTURE_FOUNDATION }),
      ).rejects.toMatchObject({ code: "unprocessable" });
    } finally {
      await database.db
        .update(organizations)
        .set({ status: "active" })
        .where(eq(organizations.id, CULTURE_FOUNDATION));
    }
  });
});
