import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organizationBody, workItemBody } from "../../tests/helpers/api-fixtures.ts";
import { createTestApp } from "../../tests/helpers/test-app.ts";
import { testDatabaseKinds } from "../../tests/helpers/test-database.ts";

/** Posting and editing work: staff for their organization, officers for their region; reading is public. */
describe.each(await testDatabaseKinds())("access to work items and institutions on %s", (kind) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  const ids = { gwanakOrg: "", suwonOrg: "", gwanakItem: "" };
  beforeAll(async () => {
    t = await createTestApp(kind);
    const admin = await t.signedIn("system_admin");
    ids.gwanakOrg = (
      await admin.request("POST", "/api/organizations", organizationBody({ regionCode: "11620" }))
    ).body.id;
    ids.suwonOrg = (
      await admin.request("POST", "/api/organizations", organizationBody({ regionCode: "41115" }))
    ).body.id;
    ids.gwanakItem = (await admin.request("POST", "/api/work-items", workItemBody(ids.gwanakOrg))).body.id;
  });
  afterAll(() => t.dispose());

  it("lets anyone read, and nobody write without signing in", async () => {
    expect((await t.request("GET", `/api/work-items/${ids.gwanakItem}`)).status).toBe(200);
    expect((await t.request("GET", "/api/organizations")).status).toBe(200);
    expect((await t.request("POST", "/api/work-items", workItemBody(ids.gwanakOrg))).status).toBe(401);
    expect((await t.request("POST", "/api/organizations", organizationBody())).status).toBe(401);
    expect((await t.request("POST", `/api/work-items/${ids.gwanakItem}/close`)).status).toBe(401);
  });

  it("keeps institution staff to their own organization", async () => {
    const staff = await t.signedIn("institution_staff", { organizationId: ids.gwanakOrg });
    expect((await staff.request("POST", "/api/work-items", workItemBody(ids.gwanakOrg))).status).toBe(201);
    expect((await staff.request("POST", "/api/work-items", workItemBody(ids.suwonOrg))).status).toBe(403);
    expect((await staff.request("PATCH", `/api/work-items/${ids.gwanakItem}`, { headcount: 3 })).status).toBe(
      200,
    );
    expect((await staff.request("POST", "/api/organizations", organizationBody())).status).toBe(403);
  });

  it("keeps a district officer to their 시군구", async () => {
    const officer = await t.signedIn("district_officer", { regionCode: "41115" });
    expect((await officer.request("POST", "/api/work-items", workItemBody(ids.suwonOrg))).status).toBe(201);
    expect((await officer.request("POST", "/api/work-items", workItemBody(ids.gwanakOrg))).status).toBe(403);
    expect((await officer.request("POST", `/api/work-items/${ids.gwanakItem}/close`)).status).toBe(403);
    expect(
      (await officer.request("POST", "/api/organizations", organizationBody({ regionCode: "11620" }))).status,
    ).toBe(403);
    expect((await officer.request("POST", `/api/organizations/${ids.gwanakOrg}/close`)).status).toBe(403);
  });

  it("gives the ministry and metropolitan officers no write access to work", async () => {
    const ministry = await t.signedIn("ministry");
    expect((await ministry.request("POST", "/api/work-items", workItemBody(ids.gwanakOrg))).status).toBe(403);
    const metro = await t.signedIn("metropolitan_officer", { regionCode: "11" });
    expect((await metro.request("PATCH", `/api/work-items/${ids.gwanakItem}`, { headcount: 2 })).status).toBe(
      403,
    );
  });
});
