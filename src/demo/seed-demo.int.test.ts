import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { realDemoRegion } from "../../tests/helpers/demo-regions.ts";
import {
  createTestDatabase,
  type TestDatabase,
  testDatabaseKinds,
} from "../../tests/helpers/test-database.ts";
import type { Db } from "../db/client.ts";
import { seedDatabase } from "../db/seed-database.ts";
import { organizations } from "../organizations/organization.table.ts";
import { residentPersonalData, residents } from "../residents/resident.table.ts";
import { workItems } from "../work-items/work-item.table.ts";
import { STANDARD_SCALE } from "./domain/demo-scale.ts";
import { demoOrganizationId } from "./domain/deterministic-id.ts";
import { generateDemoDistrict } from "./domain/generate-demo-district.ts";

const TWO = ["11620", "44790"];

async function countsByRegion(db: Db) {
  const per = async (table: typeof organizations | typeof workItems | typeof residents) => {
    const rows = await db
      .select({ region: table.regionCode, n: count() })
      .from(table)
      .where(eq(table.synthetic, true))
      .groupBy(table.regionCode);
    return Object.fromEntries(rows.map((r) => [r.region, r.n]));
  };
  const [personal] = await db.select({ n: count() }).from(residentPersonalData);
  return {
    organizations: await per(organizations),
    workItems: await per(workItems),
    residents: await per(residents),
    personal: personal!.n,
  };
}

describe.each(await testDatabaseKinds())("demo seed on %s", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database.dispose());

  it("seeds no demo population when demo is false", async () => {
    const result = await seedDatabase(database.db, { regions: TWO, demo: false });
    expect(result).toEqual({ demoRegions: [], demo: null });
    expect(await countsByRegion(database.db)).toEqual({
      organizations: {},
      workItems: {},
      residents: {},
      personal: 0,
    });
  });

  it("seeds two districts as generated, and adds nothing when run again", async () => {
    const lines: string[] = [];
    const first = await seedDatabase(database.db, { regions: TWO, demo: true, log: (l) => lines.push(l) });
    expect(first.demo!.seeded.map((c) => c.regionCode)).toEqual(TWO);
    const expected = TWO.map((code) => generateDemoDistrict(realDemoRegion(code), STANDARD_SCALE));
    const counts = await countsByRegion(database.db);
    expect(counts).toEqual({
      organizations: Object.fromEntries(expected.map((d) => [d.regionCode, d.organizations.length])),
      workItems: Object.fromEntries(expected.map((d) => [d.regionCode, d.workItems.length])),
      residents: Object.fromEntries(expected.map((d) => [d.regionCode, d.residents.length])),
      personal: expected.reduce((sum, d) => sum + d.residents.length, 0),
    });
    expect(lines.some((l) => l.startsWith("demo 11620 서울특별시 관악구: "))).toBe(true);

    const second = await seedDatabase(database.db, { regions: TWO, demo: true });
    expect(second.demo).toEqual({ seeded: [], skipped: TWO });
    expect(await countsByRegion(database.db)).toEqual(counts);
  });

  it("adds a third district without touching the first two", async () => {
    const before = await countsByRegion(database.db);
    const result = await seedDatabase(database.db, { regions: ["11620", "47940"], demo: true });
    expect(result.demo!.seeded.map((c) => c.regionCode)).toEqual(["47940"]);
    expect(result.demo!.skipped).toEqual(["11620"]);
    const after = await countsByRegion(database.db);
    expect(after.residents["11620"]).toBe(before.residents["11620"]);
    expect(after.residents["47940"]).toBeGreaterThan(0);
  });

  it("stores institutions under their stable ids, marked synthetic, with residents' homes on the coarse grid", async () => {
    const [office] = await database.db
      .select()
      .from(organizations)
      .where(eq(organizations.id, demoOrganizationId("11620", "local_government:0")));
    expect(office).toMatchObject({
      name: "관악구청",
      type: "local_government",
      regionCode: "11620",
      status: "active",
      synthetic: true,
    });
    const [openItems] = await database.db
      .select({ n: count() })
      .from(workItems)
      .where(
        and(eq(workItems.regionCode, "11620"), eq(workItems.status, "open"), eq(workItems.synthetic, true)),
      );
    expect(openItems!.n).toBeGreaterThan(30);
    const [orphans] = await database.db
      .select({ n: count() })
      .from(residents)
      .where(sql`not exists (select 1 from ${residentPersonalData} p where p.resident_id = ${residents.id})`);
    expect(orphans!.n).toBe(0);
    const generated = generateDemoDistrict(realDemoRegion("11620"), STANDARD_SCALE).residents[0]!;
    const [stored] = await database.db.select().from(residents).where(eq(residents.id, generated.id));
    expect(stored!.birthYear).toBe(generated.fields.birthYear);
    expect(stored!.approxLat).not.toBe(generated.fields.location!.lat);
    expect(Math.abs(stored!.approxLat! - generated.fields.location!.lat)).toBeLessThan(0.003);
  });
});
