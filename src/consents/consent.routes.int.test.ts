import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { residentBody } from "../../tests/helpers/api-fixtures.ts";
import { createTestApp } from "../../tests/helpers/test-app.ts";
import { testDatabaseKinds } from "../../tests/helpers/test-database.ts";
import { rowsOf } from "../audit/audit.repository.ts";
import { verifyAuditChain } from "../audit/verify-audit-chain.ts";
import { hasGrantedConsent } from "./consent.repository.ts";
import type { TConsentState } from "./consent.schema.ts";
import { CURRENT_PRIVACY_NOTICE } from "./domain/privacy-notice.ts";

/** Consent records per purpose: recorded at registration, changed by the resident, append-only, audited. */
describe.each(await testDatabaseKinds())("consents on %s", (kind) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.dispose());

  let accounts = 0;
  async function registeredResident() {
    const agent = t.agent();
    const email = `consent.${++accounts}@test.maeul.kr`;
    const signup = await agent.request("POST", "/api/auth/signup", {
      email,
      password: "consent-password-long-1",
      name: "김동의",
    });
    expect(signup.status).toBe(201);
    const registered = await agent.request("POST", "/api/residents", residentBody());
    expect(registered.status).toBe(201);
    return { agent, userId: signup.body.user.id as string, residentId: registered.body.id as string };
  }

  const purposeOf = (body: TConsentState, purpose: string) =>
    body.purposes.find((p) => p.purpose === purpose)!;

  it("records the required service consent with the registration, under the notice in force", async () => {
    const { agent } = await registeredResident();
    const state = await agent.request("GET", "/api/me/consents");
    expect(state.status).toBe(200);
    expect(state.headers.get("cache-control")).toBe("no-store");
    expect(state.body.notice).toEqual({
      version: CURRENT_PRIVACY_NOTICE.version,
      effectiveDate: CURRENT_PRIVACY_NOTICE.effectiveDate,
    });
    const service = purposeOf(state.body, "service");
    expect(service).toMatchObject({ granted: true, required: true, underCurrentNotice: true });
    expect(service.latest).toMatchObject({
      method: "web",
      noticeVersion: CURRENT_PRIVACY_NOTICE.version,
      noticeEffectiveDate: CURRENT_PRIVACY_NOTICE.effectiveDate,
    });
    expect(purposeOf(state.body, "notifications")).toMatchObject({ granted: false, latest: null });
    expect(purposeOf(state.body, "research")).toMatchObject({ granted: false, latest: null });
  });

  it("records an officer's registration on a resident's behalf as method officer", async () => {
    const officer = await t.signedIn("district_officer", { regionCode: "11620" });
    const registered = await officer.request("POST", "/api/residents", residentBody());
    expect(registered.status).toBe(201);
    const rows = rowsOf<{ user_id: string | null; method: string; purpose: string }>(
      await t.database.db.execute(
        sql`select user_id, method, purpose from consents where resident_id = ${registered.body.id}`,
      ),
    );
    expect(rows).toEqual([{ user_id: null, method: "officer", purpose: "service" }]);
  });

  it("grants and withdraws an optional purpose as new rows, each audited; repeats add nothing", async () => {
    const { agent, userId, residentId } = await registeredResident();
    const granted = await agent.request("POST", "/api/me/consents", {
      purpose: "notifications",
      granted: true,
    });
    expect(granted.status).toBe(200);
    expect(purposeOf(granted.body, "notifications").granted).toBe(true);
    expect(await hasGrantedConsent(t.database.db, { userId, residentId: null }, "notifications")).toBe(true);
    // The same decision again under the same notice: no new row.
    await agent.request("POST", "/api/me/consents", { purpose: "notifications", granted: true });
    const withdrawn = await agent.request("POST", "/api/me/consents", {
      purpose: "notifications",
      granted: false,
    });
    expect(purposeOf(withdrawn.body, "notifications").granted).toBe(false);
    expect(await hasGrantedConsent(t.database.db, { userId, residentId: null }, "notifications")).toBe(false);
    // History newest first: the withdrawal, the grant, the registration's service consent.
    expect(
      withdrawn.body.history.map((h: { purpose: string; granted: boolean }) => [h.purpose, h.granted]),
    ).toEqual([
      ["notifications", false],
      ["notifications", true],
      ["service", true],
    ]);
    const audited = rowsOf<{
      action: string;
      details: { purpose: string; granted: boolean };
      region_code: string;
    }>(
      await t.database.db.execute(
        sql`select action, details, region_code from audit_log where subject_type = 'consent'
            and details->>'residentId' = ${residentId} order by id`,
      ),
    );
    expect(audited.map((a) => [a.action, a.details.purpose, a.details.granted, a.region_code])).toEqual([
      ["create", "service", true, "11620"],
      ["create", "notifications", true, "11620"],
      ["create", "notifications", false, "11620"],
    ]);
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });

  it("refuses to withdraw the required purpose (422 with the field) and changes nothing", async () => {
    const { agent } = await registeredResident();
    const refused = await agent.request("POST", "/api/me/consents", { purpose: "service", granted: false });
    expect(refused.status).toBe(422);
    expect(refused.body.error.fields).toEqual([
      expect.objectContaining({ field: "granted", reason: "required_purpose" }),
    ]);
    expect(refused.body.error.messageKo).toMatch(/계정을 삭제/);
    expect(purposeOf((await agent.request("GET", "/api/me/consents")).body, "service").granted).toBe(true);
  });

  it("validates the decision: unknown purpose, missing or extra fields are 400", async () => {
    const { agent } = await registeredResident();
    for (const body of [
      { purpose: "marketing", granted: true },
      { purpose: "research" },
      { purpose: "research", granted: "yes" },
      { purpose: "research", granted: true, method: "officer" },
    ]) {
      const response = await agent.request("POST", "/api/me/consents", body);
      expect(response.status).toBe(400);
      expect(response.body.error.fields.length).toBeGreaterThan(0);
    }
  });

  it("lets only a signed-in resident use it (401 signed out, 403 for other roles)", async () => {
    expect((await t.request("GET", "/api/me/consents")).status).toBe(401);
    expect((await t.request("POST", "/api/me/consents", { purpose: "research", granted: true })).status).toBe(
      401,
    );
    const officer = await t.signedIn("district_officer", { regionCode: "11620" });
    expect((await officer.request("GET", "/api/me/consents")).status).toBe(403);
    expect(
      (await officer.request("POST", "/api/me/consents", { purpose: "research", granted: true })).status,
    ).toBe(403);
  });

  it("documents the routes in OpenAPI with the shared schemas", async () => {
    const doc = (await t.request("GET", "/api/openapi.json")).body;
    expect(Object.keys(doc.paths["/me/consents"])).toEqual(expect.arrayContaining(["get", "post"]));
    expect(doc.paths["/me/delete"].post.responses).toHaveProperty("429");
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining([
        "ConsentState",
        "ConsentDecision",
        "AccountDeletionReceipt",
        "AccountDeletionRequest",
      ]),
    );
  });

  it("keeps the history append-only in the database itself: UPDATE and TRUNCATE raise", async () => {
    await registeredResident();
    const failure = (p: Promise<unknown>) =>
      p.then(
        () => "no error",
        (e: unknown) => String((e as { cause?: unknown }).cause ?? e),
      );
    expect(await failure(t.database.db.execute(sql`update consents set granted = false`))).toMatch(
      /append-only: UPDATE/,
    );
    expect(await failure(t.database.db.execute(sql`truncate consents`))).toMatch(/append-only: TRUNCATE/);
  });
});
