import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../tests/helpers/test-app.ts";
import { testDatabaseKinds } from "../../tests/helpers/test-database.ts";
import { PROGRAM_CODES } from "./domain/program-catalogue.ts";

describe.each(await testDatabaseKinds())("programs API on %s", (kind) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.dispose());

  it("lists the thirteen programs with their rules loaded", async () => {
    const res = await t.request("GET", "/api/programs");
    expect(res.status).toBe(200);
    expect(res.body.items.map((p: { code: string }) => p.code).sort()).toEqual([...PROGRAM_CODES].sort());
    expect(res.body.items.find((p: { code: string }) => p.code === "k_flex")).toMatchObject({
      nameKo: "K-공공일자리 (유연형)",
      rulesStatus: "loaded",
    });
  });
});
