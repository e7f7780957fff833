import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { residentBody } from "../../tests/helpers/api-fixtures.ts";
import { createTestApp } from "../../tests/helpers/test-app.ts";
import { testDatabaseKinds } from "../../tests/helpers/test-database.ts";
import { appendAudit } from "./audit.repository.ts";
import { verifyAuditChain } from "./verify-audit-chain.ts";

describe.each(await testDatabaseKinds())(
  "audit of residents' personal data and GET /api/audit on %s",
  (kind) => {
    let t: Awaited<ReturnType<typeof createTestApp>>;
    let admin: Awaited<ReturnType<typeof t.signedIn>>;
    beforeAll(async () => {
      t = await createTestApp(kind);
      admin = await t.signedIn("system_admin");
    });
    afterAll(() => t.dispose());

    const audit = async (query: string) => {
      const res = await admin.request("GET", `/api/audit?${query}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body;
    };

    it("records create, update and withdrawal in the write's transaction, with field names only", async () => {
      const created = await admin.request("POST", "/api/residents", residentBody());
      const id = created.body.id;
      await admin.request("PATCH", `/api/residents/${id}`, {
        maxTravelKm: 5,
        personal: { phone: null, notes: "메모" },
      });
      await admin.request("POST", `/api/residents/${id}/close`);
      await admin.request("POST", `/api/residents/${id}/close`); // harmless repeat: nothing more to log
      // Refused writes log nothing.
      expect(
        (await admin.request("POST", "/api/residents", residentBody({ regionCode: "99999" }))).status,
      ).toBe(422);
      expect((await admin.request("PATCH", `/api/residents/${id}`, { maxTravelKm: 6 })).status).toBe(409);

      const page = await audit(`subjectType=resident&subjectId=${id}`);
      expect(page.total).toBe(3);
      expect(page.items.map((e: { action: string }) => e.action)).toEqual(["delete", "update", "create"]);
      const [withdrawn, updated, registered] = page.items;
      expect(registered).toMatchObject({
        actorUserId: expect.any(String),
        actorRole: "system_admin",
        subjectType: "resident",
        subjectId: id,
        regionCode: "11620",
        at: "2026-03-02T00:00:00.000Z",
        reason: null,
        details: { personalFields: ["address", "name", "phone"] },
      });
      expect(updated.details).toEqual({ fields: ["maxTravelKm"], personalFields: ["notes", "phone"] });
      expect(withdrawn.details).toEqual({ status: "withdrawn" });
      // The registration's consent record (src/consents) is written right after it, in its transaction.
      const consents = await audit("subjectType=consent");
      const consent = consents.items.find(
        (e: { details: { residentId?: string } }) => e.details.residentId === id,
      );
      expect(consent).toMatchObject({ action: "create", details: { purpose: "service", granted: true } });
      expect(consent.prevHash).toBe(registered.hash);
      expect(updated.prevHash).toBe(consent.hash);
      const everything = JSON.stringify(page);
      for (const secret of ["홍길동", "1234-5678", "관악로", "메모"])
        expect(everything).not.toContain(secret);
      expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
    });

    it("filters by actor, action, subject, region (시도 or 시군구) and time, and pages with a total", async () => {
      const at = (day: number) => new Date(Date.UTC(2026, 3, day, 12));
      const base = { actorRole: "district_officer", subjectType: "resident" } as const;
      await appendAudit(t.database.db, {
        ...base,
        at: at(1),
        actorUserId: "u-a",
        action: "read",
        subjectId: "s1",
        regionCode: "26350",
      });
      await appendAudit(t.database.db, {
        ...base,
        at: at(2),
        actorUserId: "u-a",
        action: "unmask",
        subjectId: "s1",
        regionCode: "26350",
        reason: "상담",
      });
      await appendAudit(t.database.db, {
        ...base,
        at: at(3),
        actorUserId: "u-b",
        action: "read",
        subjectId: "s2",
        regionCode: "26410",
      });
      await appendAudit(t.database.db, {
        ...base,
        at: at(4),
        actorUserId: "u-b",
        action: "export",
        subjectId: "s3",
        regionCode: "11620",
        reason: "본인 요청",
      });

      const ids = (body: { items: { subjectId: string; action: string }[] }) =>
        body.items.map((e) => `${e.subjectId}:${e.action}`);
      expect(ids(await audit("actor=u-a"))).toEqual(["s1:unmask", "s1:read"]);
      expect(ids(await audit("action=read&region=26"))).toEqual(["s2:read", "s1:read"]);
      expect(ids(await audit("region=26410"))).toEqual(["s2:read"]);
      expect(ids(await audit("subjectId=s1&action=unmask"))).toEqual(["s1:unmask"]);
      expect(ids(await audit("from=2026-04-02&to=2026-04-04T00:00:00Z&actor=u-b"))).toEqual(["s2:read"]);
      expect(ids(await audit("from=2026-04-02T21:00:00%2B09:00&to=2026-04-03"))).toEqual(["s1:unmask"]);
      const unmask = await audit("action=unmask");
      expect(unmask.items[0]).toMatchObject({ reason: "상담", actorUserId: "u-a", regionCode: "26350" });

      const page = await audit("region=26&pageSize=1&page=2");
      expect(page).toMatchObject({ page: 2, pageSize: 1, total: 3 });
      expect(ids(page)).toEqual(["s1:unmask"]);
    });

    it("answers 400 with the fields for a bad query", async () => {
      const res = await admin.request("GET", "/api/audit?action=steal&region=1&from=yesterday&pageSize=1000");
      expect(res.status).toBe(400);
      expect(res.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual([
        "action",
        "from",
        "pageSize",
        "region",
      ]);
    });

    it("is described in the OpenAPI document", async () => {
      const doc = await admin.request("GET", "/api/openapi.json");
      expect(doc.body.paths["/audit"].get.parameters.map((p: { name: string }) => p.name)).toEqual(
        expect.arrayContaining([
          "actor",
          "subjectType",
          "subjectId",
          "action",
          "region",
          "from",
          "to",
          "page",
        ]),
      );
      expect(doc.body.components.schemas.AuditEntry).toBeTruthy();
    });
  },
);
