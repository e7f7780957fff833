import { and, eq } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countRows, organizationBody } from "../../tests/helpers/api-fixtures.ts";
import { createTestApp, type TestAgent } from "../../tests/helpers/test-app.ts";
import { testDatabaseKinds } from "../../tests/helpers/test-database.ts";
import { auditLog } from "../audit/audit.table.ts";
import { seedDemandHistory } from "../forecasting/seed-demand-history.ts";
import { workItems } from "../work-items/work-item.table.ts";
import { ZDraftRequest } from "./job-design.schema.ts";
import { jobDesignDrafts } from "./job-design-draft.table.ts";

/**
 * The job-design API against both databases: the suggestions of a district with (synthetic) demand
 * history, who may see them, and drafts made from them: all or nothing, audited, refused with a
 * field and a reason when the request cannot be honoured.
 */

// biome-ignore lint/suspicious/noExplicitAny: JSON answers
type Body = any;

const GWANAK = "11620";
const UISEONG = "47730";
const PALDAL = "41115";

describe.each(await testDatabaseKinds())("job design API on %s", (kind) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: TestAgent;
  let officer: TestAgent;
  let ministry: TestAgent;
  let organizationId: string;
  let closedId: string;
  let paldalOrganizationId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    await seedDemandHistory(t.database.db, { regions: [GWANAK, UISEONG] });
    admin = await t.signedIn("system_admin");
    officer = await t.signedIn("district_officer", { regionCode: GWANAK });
    ministry = await t.signedIn("ministry");
    const create = async (body: ReturnType<typeof organizationBody>) => {
      const res = await admin.request("POST", "/api/organizations", body);
      expect(res.status).toBe(201);
      return res.body.id as string;
    };
    organizationId = await create(organizationBody({ name: "관악구 노인종합복지관" }));
    closedId = await create(organizationBody({ name: "문 닫은 복지관" }));
    expect((await admin.request("POST", `/api/organizations/${closedId}/close`)).status).toBe(200);
    paldalOrganizationId = await create(
      organizationBody({
        name: "팔달구 복지관",
        regionCode: PALDAL,
        address: "경기도 수원시 팔달구 효원로 1",
        location: { lat: 37.2636, lng: 127.0286 },
      }),
    );
  });
  afterAll(() => t.dispose());

  describe("the occupation catalogue", () => {
    it("is public, at least 100 entries, filtered by category and group", async () => {
      const all = await t.request("GET", "/api/occupations");
      expect(all.status).toBe(200);
      expect(all.body.total).toBeGreaterThanOrEqual(100);
      expect(all.body.items[0]).toHaveProperty("sources");
      const culture = await t.request("GET", "/api/occupations?category=culture");
      expect(culture.body.items.length).toBeGreaterThan(5);
      expect(culture.body.items.every((o: Body) => o.category === "culture")).toBe(true);
      const disabled = await t.request("GET", "/api/occupations?targetGroup=disabled");
      expect(disabled.body.items.every((o: Body) => o.targetGroups.includes("disabled"))).toBe(true);
      const bad = await t.request("GET", "/api/occupations?category=cooking");
      expect(bad.status).toBe(400);
      expect(bad.body.error.fields[0].field).toBe("category");
      expect((await t.request("GET", "/api/occupations/walking_environment_monitor")).body.nameKo).toBe(
        "고령친화 보행환경 모니터링 요원",
      );
      expect((await t.request("GET", "/api/occupations/no_such_role")).status).toBe(404);
    });
  });

  it("declares its routes in the OpenAPI document", async () => {
    const doc = await t.request("GET", "/api/openapi.json");
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        "/occupations",
        "/occupations/{code}",
        "/job-design/regions/{code}/suggestions",
        "/job-design/regions/{code}/draft-work-items",
      ]),
    );
  });

  describe("suggestions", () => {
    it("ranks occupations for the district with people, months, budget by share and reasons", async () => {
      const res = await officer.request("GET", `/api/job-design/regions/${GWANAK}/suggestions?limit=10`);
      expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
      const body = res.body;
      expect(body.region).toMatchObject({ code: GWANAK, nameKo: "관악구" });
      expect(body.demand).toHaveLength(9);
      expect(body.demand.every((d: Body) => d.method === "combination" && d.synthetic)).toBe(true);
      expect(body.items.length).toBeGreaterThan(0);
      expect(body.items.length).toBeLessThanOrEqual(10);
      expect(body.total).toBeGreaterThanOrEqual(body.items.length);
      expect(body.minimumWage).toEqual({ year: 2026, wage: 10_320 });
      expect(body.startDate).toBe("2026-04-01");
      const scores = body.items.map((s: Body) => s.score);
      expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
      for (const s of body.items) {
        expect(s.positions).toBeGreaterThan(0);
        expect(s.budget.national + s.budget.metropolitan + s.budget.district).toBe(s.budget.total);
        expect(s.budget.total).toBe(s.positions * s.months * s.pay.monthlyPerPerson);
        expect(s.pay.hourlyWage).toBeGreaterThanOrEqual(10_320);
        expect(s.summaryKo).toContain("수요 예측 대비 공백");
        expect(s.reasons.some((r: Body) => r.kind === "gap")).toBe(true);
        const gap = body.demand.find((d: Body) => d.category === s.occupation.category);
        expect(gap.gapHours).toBeGreaterThan(0);
      }
      // Seoul: public works runs as 서울 동행일자리, funded by the city and the district.
      const companion = body.items.find((s: Body) => s.program.code === "seoul_companion");
      if (companion) expect(companion.budget.national).toBe(0);
      expect(body.items.some((s: Body) => s.program.code === "public_works")).toBe(false);
      expect(body.totals.positions).toBe(body.items.reduce((n: number, s: Body) => n + s.positions, 0));
    });

    it("reads an old rural county's profile and favours roles for seniors living alone", async () => {
      const res = await ministry.request("GET", `/api/job-design/regions/${UISEONG}/suggestions?limit=50`);
      expect(res.status).toBe(200);
      const alone = res.body.profile.find((p: Body) => p.driver === "seniors_living_alone");
      expect(alone.index).toBeGreaterThan(2);
      const firstSeniorRole = res.body.items.findIndex((s: Body) =>
        s.drivers.some((d: Body) => d.driver === "seniors_living_alone" && d.weight >= 0.5),
      );
      expect(firstSeniorRole).toBeGreaterThanOrEqual(0);
      const care = res.body.items.filter((s: Body) => s.occupation.category === "care");
      expect(care[0].drivers.some((d: Body) => d.driver.startsWith("seniors"))).toBe(true);
    });

    it("answers only officers of the district or its 시도 and the ministry", async () => {
      const path = `/api/job-design/regions/${UISEONG}/suggestions`;
      expect((await officer.request("GET", path)).status).toBe(403);
      const seoul = await t.signedIn("metropolitan_officer", { regionCode: "11" });
      expect(
        (await seoul.request("GET", `/api/job-design/regions/${GWANAK}/suggestions?limit=1`)).status,
      ).toBe(200);
      expect((await seoul.request("GET", path)).status).toBe(403);
      expect((await (await t.signedIn("resident")).request("GET", path)).status).toBe(403);
      expect((await t.request("GET", path)).status).toBe(401);
    });

    it("gives a district without history suggestions from the cold-start forecast", async () => {
      // Enough districts with history for the cross-district model; 청양군 itself has none.
      const others = ["41115", "41630", "26350", "30200", "36110", "50130", "51720", "11680", "27110"];
      await seedDemandHistory(t.database.db, { regions: others });
      const res = await ministry.request("GET", "/api/job-design/regions/44790/suggestions?limit=5");
      expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
      expect(res.body.demand.every((d: Body) => d.method === "cold_start")).toBe(true);
      expect(res.body.items.length).toBeGreaterThan(0);
      expect(res.body.items[0].positions).toBeGreaterThan(0);
    });

    it("refuses a bad code or query, and says 404 for a district that does not exist", async () => {
      const missing = await ministry.request("GET", "/api/job-design/regions/99999/suggestions");
      expect(missing.status).toBe(404);
      const sido = await ministry.request("GET", "/api/job-design/regions/11/suggestions");
      expect(sido.status).toBe(400);
      const limit = await ministry.request("GET", `/api/job-design/regions/${GWANAK}/suggestions?limit=0`);
      expect(limit.status).toBe(400);
      expect(limit.body.error.fields[0].field).toBe("limit");
    });
  });

  describe("draft work items", () => {
    const draftPath = `/api/job-design/regions/${GWANAK}/draft-work-items`;

    it("turns the top suggestion into draft work items of the institution, audited", async () => {
      const list = await officer.request("GET", `/api/job-design/regions/${GWANAK}/suggestions?limit=1`);
      const top = list.body.items[0];
      const res = await officer.request("POST", draftPath, {
        occupationCode: top.occupation.code,
        organizationId,
      });
      expect(res.status, JSON.stringify(res.body).slice(0, 400)).toBe(201);
      expect(res.body.suggestion).toMatchObject({ rank: 1, positions: top.positions, months: top.months });
      const items = res.body.workItems;
      expect(items.length).toBeGreaterThanOrEqual(1);
      for (const item of items) {
        expect(item).toMatchObject({
          status: "draft",
          organizationId,
          regionCode: GWANAK,
          category: top.occupation.category,
          headcount: top.positions,
          hourlyWage: top.pay.hourlyWage,
          hoursPerWeek: top.hoursPerWeek,
          programCode: top.program.code,
        });
      }
      expect(items[0].startDate).toBe("2026-04-01");
      const audit = await t.database.db
        .select()
        .from(auditLog)
        .where(
          and(eq(auditLog.subjectType, "job_design_draft"), eq(auditLog.subjectId, top.occupation.code)),
        );
      expect(audit).toHaveLength(1);
      expect(audit[0]!.details).toMatchObject({
        organizationId,
        workItemIds: items.map((i: Body) => i.id),
        positions: top.positions,
      });
      // Drafts are not on the public board until opened.
      const board = await t.request("GET", `/api/work-items?organizationId=${organizationId}`);
      expect(board.body.items).toEqual([]);
      const drafts = await t.request("GET", `/api/work-items?organizationId=${organizationId}&status=draft`);
      expect(drafts.body.total).toBe(items.length);
    });

    it("sizes an occupation the forecast does not suggest only for a team the officer gives", async () => {
      const all = await officer.request("GET", `/api/job-design/regions/${GWANAK}/suggestions?limit=50`);
      const suggested = new Set(all.body.items.map((s: Body) => s.occupation.code));
      const catalogue = await t.request("GET", "/api/occupations");
      const other = catalogue.body.items.find(
        (o: Body) => !suggested.has(o.code) && o.programs.includes("k_flex"),
      );
      const refused = await officer.request("POST", draftPath, {
        occupationCode: other.code,
        organizationId,
      });
      expect(refused.status).toBe(422);
      expect(refused.body.error.fields[0]).toMatchObject({ field: "positions", reason: "not_suggested" });
      const given = await officer.request("POST", draftPath, {
        occupationCode: other.code,
        organizationId,
        positions: 2,
        hoursPerWeek: 25,
        startDate: "2026-05-11",
      });
      expect(given.status, JSON.stringify(given.body).slice(0, 300)).toBe(201);
      expect(given.body.suggestion).toMatchObject({ rank: 0, positions: 2 });
      expect(given.body.workItems[0]).toMatchObject({ headcount: 2, startDate: "2026-05-11" });
    });

    it("answers any malformed body with a 4xx and an error body, never a 5xx, writing nothing", async () => {
      const before = await countRows(t.database.db);
      const valid = { occupationCode: "senior_living_alone_check", organizationId, positions: 1 };
      const poison = fc.oneof(
        fc.jsonValue({ maxDepth: 2 }),
        fc.constantFrom("", "a\u0000b", "2026-02-30", "0000-01-01", "NaN", -1, 0, 1e12, 0.25, null, [], {}),
      );
      const body = fc.oneof(
        fc.jsonValue({ maxDepth: 2 }).filter((v) => typeof v !== "object" || v === null || Array.isArray(v)),
        fc
          .record({
            // A computed key makes "__proto__" an own property, which JSON.stringify sends.
            key: fc.constantFrom(
              "occupationCode",
              "organizationId",
              "startDate",
              "positions",
              "hoursPerWeek",
              "horizon",
              "__proto__",
              "constructor",
              "status",
              "regionCode",
            ),
            value: poison,
          })
          .map(({ key, value }) => ({ ...valid, [key]: value }))
          // Only bodies the API must refuse: invalid by the schema, or naming no real occupation.
          .filter((b) => !ZDraftRequest.safeParse(b).success || b.occupationCode !== valid.occupationCode),
      );
      await fc.assert(
        fc.asyncProperty(body, async (sent) => {
          const res = await officer.request("POST", draftPath, sent);
          expect(res.status, JSON.stringify(sent)).toBeGreaterThanOrEqual(400);
          expect(res.status, JSON.stringify(res.body)).toBeLessThan(500);
          expect(typeof res.body?.error?.code).toBe("string");
        }),
        { numRuns: 40, seed: 20_260_302 },
      );
      expect(await countRows(t.database.db)).toEqual(before);
    });

    describe("the same request again", () => {
      const occupationCode = "senior_living_alone_check";
      let institutions = 0;
      /** A fresh institution, so that each case counts only its own drafts. */
      const newInstitution = async () => {
        institutions += 1;
        const res = await admin.request(
          "POST",
          "/api/organizations",
          organizationBody({ name: `관악구 직무설계 복지관 ${institutions}` }),
        );
        expect(res.status).toBe(201);
        return res.body.id as string;
      };
      const idsOf = (res: { body: Body }) => (res.body.workItems as Body[]).map((i) => i.id as string);
      const itemsOf = async (id: string) =>
        (
          await t.database.db
            .select({ id: workItems.id, status: workItems.status })
            .from(workItems)
            .where(eq(workItems.organizationId, id))
        )
          .map((r) => r.id)
          .sort();
      const keysOf = (id: string) =>
        t.database.db.select().from(jobDesignDrafts).where(eq(jobDesignDrafts.organizationId, id));
      const auditCount = async () =>
        (await t.database.db.select().from(auditLog).where(eq(auditLog.subjectType, "job_design_draft")))
          .length;

      it("returns the drafts it made (200, created: false) and writes nothing", async () => {
        const institution = await newInstitution();
        const body = { occupationCode, organizationId: institution, positions: 2 };
        const first = await officer.request("POST", draftPath, body);
        expect(first.status, JSON.stringify(first.body).slice(0, 300)).toBe(201);
        expect(first.body.created).toBe(true);
        const audits = await auditCount();

        // A retry, and the same action with the default start date written out.
        const again = await officer.request("POST", draftPath, body);
        const explicit = await officer.request("POST", draftPath, { ...body, startDate: "2026-04-01" });
        for (const res of [again, explicit]) {
          expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
          expect(res.body.created).toBe(false);
          expect(idsOf(res)).toEqual(idsOf(first));
          expect(res.body.workItems.every((i: Body) => i.status === "draft")).toBe(true);
          expect(res.body.suggestion).toMatchObject({ positions: 2 });
        }
        expect(await itemsOf(institution)).toEqual([...idsOf(first)].sort());
        const keys = await keysOf(institution);
        expect(keys).toHaveLength(1);
        expect(keys[0]).toMatchObject({ workItemIds: idsOf(first), regionCode: GWANAK, occupationCode });
        expect(await auditCount()).toBe(audits);
      });

      it("makes one set when identical requests arrive at once", async () => {
        const institution = await newInstitution();
        const body = { occupationCode, organizationId: institution, positions: 3, startDate: "2026-05-04" };
        const answers = await Promise.all(
          Array.from({ length: 4 }, () => officer.request("POST", draftPath, body)),
        );
        expect(
          answers.map((a) => a.status).sort(),
          JSON.stringify(answers.map((a) => a.body)).slice(0, 400),
        ).toEqual([200, 200, 200, 201]);
        expect(answers.filter((a) => a.body.created)).toHaveLength(1);
        const ids = idsOf(answers[0]!);
        expect(ids.length).toBeGreaterThan(0);
        for (const a of answers) expect(idsOf(a)).toEqual(ids);
        expect(await itemsOf(institution)).toEqual([...ids].sort());
        expect(await keysOf(institution)).toHaveLength(1);
      });

      it("makes new drafts for a different proposal, and again once the set is no longer a draft", async () => {
        const institution = await newInstitution();
        const body = { occupationCode, organizationId: institution, positions: 2 };
        const first = await officer.request("POST", draftPath, body);
        expect(first.status).toBe(201);

        const others = [
          { ...body, positions: 4 },
          { ...body, startDate: "2026-06-01" },
          { ...body, occupationCode: "walking_environment_monitor" },
        ];
        const made = [idsOf(first)];
        for (const other of others) {
          const res = await officer.request("POST", draftPath, other);
          expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(201);
          expect(res.body.created).toBe(true);
          made.push(idsOf(res));
        }
        expect(new Set(made.flat()).size).toBe(made.flat().length);
        expect(await keysOf(institution)).toHaveLength(4);

        // The officer opens the first set: the same action now makes a new set of drafts…
        for (const id of idsOf(first)) {
          const opened = await officer.request("PATCH", `/api/work-items/${id}`, { status: "open" });
          expect(opened.status, JSON.stringify(opened.body).slice(0, 300)).toBe(200);
        }
        const renewed = await officer.request("POST", draftPath, body);
        expect(renewed.status, JSON.stringify(renewed.body).slice(0, 300)).toBe(201);
        expect(idsOf(renewed).some((id) => idsOf(first).includes(id))).toBe(false);
        const [key] = (await keysOf(institution)).filter((k) => k.workItemIds[0] === idsOf(renewed)[0]);
        expect(key?.workItemIds).toEqual(idsOf(renewed));
        const audit = await t.database.db
          .select()
          .from(auditLog)
          .where(eq(auditLog.subjectType, "job_design_draft"))
          .orderBy(auditLog.id);
        expect(audit.at(-1)!.details).toMatchObject({
          workItemIds: idsOf(renewed),
          replacedWorkItemIds: idsOf(first),
        });
        // …which the next retry returns.
        const retried = await officer.request("POST", draftPath, body);
        expect(retried.status).toBe(200);
        expect(idsOf(retried)).toEqual(idsOf(renewed));
        expect(await keysOf(institution)).toHaveLength(4);
      });
    });

    it("refuses with a field and a reason, writing nothing", async () => {
      const before = await countRows(t.database.db);
      const auditBefore = (await t.database.db.select().from(auditLog)).length;
      const expect422 = async (body: Body, field: string, reason: string, agent = officer) => {
        const res = await agent.request("POST", draftPath, body);
        expect(res.status, JSON.stringify(res.body)).toBe(422);
        expect(res.body.error.fields[0]).toMatchObject({ field, reason });
      };
      const base = { occupationCode: "senior_living_alone_check", positions: 2 };
      await expect422(
        { ...base, occupationCode: "no_such_role", organizationId },
        "occupationCode",
        "unknown_occupation",
      );
      await expect422({ ...base, organizationId: closedId }, "organizationId", "organization_closed");
      await expect422(
        { ...base, organizationId: "3b7e1f2a-5c4d-4e6f-8a9b-0c1d2e3f4a5b" },
        "organizationId",
        "organization_not_found",
      );
      await expect422(
        { ...base, organizationId: paldalOrganizationId },
        "organizationId",
        "organization_not_in_region",
        admin,
      );

      const invalid = await officer.request("POST", draftPath, { ...base, organizationId, positions: 0 });
      expect(invalid.status).toBe(400);
      expect(invalid.body.error.fields[0].field).toBe("positions");
      const past = await officer.request("POST", draftPath, {
        ...base,
        organizationId,
        startDate: "2026-01-05",
      });
      expect(past.status).toBe(400);
      expect(past.body.error.fields[0]).toMatchObject({ field: "startDate", reason: "start_in_past" });
      const extra = await officer.request("POST", draftPath, { ...base, organizationId, status: "open" });
      expect(extra.status).toBe(400);

      // Outside the officer's district, and roles that may not write.
      const foreign = await officer.request("POST", `/api/job-design/regions/${PALDAL}/draft-work-items`, {
        ...base,
        organizationId: paldalOrganizationId,
      });
      expect(foreign.status).toBe(403);
      expect((await ministry.request("POST", draftPath, { ...base, organizationId })).status).toBe(403);
      expect((await t.request("POST", draftPath, { ...base, organizationId })).status).toBe(401);
      expect(
        (
          await admin.request("POST", "/api/job-design/regions/99999/draft-work-items", {
            ...base,
            organizationId,
          })
        ).status,
      ).toBe(404);

      expect(await countRows(t.database.db)).toEqual(before);
      expect((await t.database.db.select().from(auditLog)).length).toBe(auditBefore);
      const drafts = await t.database.db
        .select()
        .from(workItems)
        .where(eq(workItems.organizationId, paldalOrganizationId));
      expect(drafts).toEqual([]);
    });
  });
});
