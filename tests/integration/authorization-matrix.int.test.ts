import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PERMISSIONS, USE_CASES, type UseCase } from "../../src/access/domain/permissions.ts";
import { organizationBody, residentBody, workItemBody } from "../helpers/api-fixtures.ts";
import { createTestApp } from "../helpers/test-app.ts";
import { testDatabaseKinds } from "../helpers/test-database.ts";
import {
  ACTORS,
  ADMIN_VIEW,
  createWorld,
  expectedOutcome,
  type FixtureRecord,
  type FreshResident,
  type RecordKind,
  type SetName,
  SIGNED_UP_PASSWORD,
  TARGETS,
  type Target,
  type World,
  writeCounts,
} from "./authorization-matrix.support.ts";
import { applicationFacts, cohortBody } from "./cohort-bodies.ts";

/**
 * The authorization matrix, generated from PERMISSIONS: every use-case × every role (and nobody
 * signed in) × a record of the caller's own, one of a neighbour in the same district (another
 * organization, another resident) and one of another district in another 시도. Each call goes to
 * the real route the use-case guards, and the answer must be what PERMISSIONS says:
 * - allowed: 2xx, about the record asked for;
 * - not signed in, and the use-case is not public: 401;
 * - the role has no reach for the use-case: 403;
 * - the record lies outside the reach: 403 or 404 (a search may instead leave the record out);
 * and no answer carries text of a record outside the caller's reach, and a refused write changes
 * no row and writes no audit entry. A use-case without a request below fails the suite.
 */

interface SentRequest {
  method: string;
  path: string;
  body?: unknown;
  /** e.g. a Content-Type other than JSON (a CSV upload). */
  headers?: Record<string, string>;
}

interface MatrixRequest {
  label: string;
  /** The request aimed at one record (for a create: at the record the new one belongs to). */
  send(record: FixtureRecord, attempt: number): SentRequest;
  /** Whether a 2xx answer is about that record. */
  // biome-ignore lint/suspicious/noExplicitAny: JSON answers
  shows(body: any, record: FixtureRecord): boolean;
  /** A search: a record outside the reach may also be answered by a page without it. */
  search?: true;
}

interface MatrixEntry {
  /** What kind of record the requests aim at. */
  kind: RecordKind;
  requests: MatrixRequest[];
  /** Default `main`; `closing` for the use-cases that close or withdraw. */
  set?: SetName;
  /** Default: own, sibling and foreign. */
  targets?: readonly Target[];
  /** A caller with `own` reach acts on themselves wherever the record lies (see expectedOutcome). */
  selfService?: true;
  /** The resident calls from a new account each time (the use-case can be done once per account). */
  freshResident?: FreshResident;
}

const get = (path: string): SentRequest => ({ method: "GET", path });
const post = (path: string, body?: unknown): SentRequest => ({ method: "POST", path, body });
const patch = (path: string, body: unknown): SentRequest => ({ method: "PATCH", path, body });
// biome-ignore lint/suspicious/noExplicitAny: JSON answers
type Body = any;
const isRecord = (body: Body, r: FixtureRecord) => body?.id === r.id;
const lists = (body: Body, r: FixtureRecord) =>
  Array.isArray(body?.items) && body.items.some((item: Body) => item.id === r.id);
const inRegion = (body: Body, r: FixtureRecord) =>
  typeof body?.id === "string" && body.regionCode === r.regionCode;

/** use-case → the HTTP request(s) it guards. */
const MATRIX: { readonly [U in UseCase]?: MatrixEntry } = {
  "regions.read": {
    kind: "regions",
    requests: [
      {
        label: "GET /api/regions/{code}",
        send: (r) => get(`/api/regions/${r.id}`),
        shows: (b, r) => b?.code === r.id,
      },
      {
        label: "GET /api/regions?level=sigungu",
        send: () => get("/api/regions?level=sigungu"),
        shows: (b, r) => b?.items?.some((i: Body) => i.code === r.id),
      },
      {
        label: "GET /api/regions/{code}/boundary",
        send: (r) => get(`/api/regions/${r.id}/boundary`),
        shows: (b, r) => b?.features?.[0]?.properties?.code === r.id,
      },
      {
        label: "GET /api/regions/map/sigungu?sido=",
        send: (r) => get(`/api/regions/map/sigungu?sido=${r.id.slice(0, 2)}`),
        shows: (b, r) => b?.objects?.sigungu?.geometries?.some((g: Body) => g.properties?.code === r.id),
      },
    ],
  },
  "programs.read": {
    kind: "regions",
    targets: ["own"],
    requests: [
      { label: "GET /api/programs", send: () => get("/api/programs"), shows: (b) => b?.items?.length > 0 },
    ],
  },
  "organizations.read": {
    kind: "organizations",
    requests: [
      {
        label: "GET /api/organizations/{id}",
        send: (r) => get(`/api/organizations/${r.id}`),
        shows: isRecord,
      },
      {
        label: "GET /api/organizations?region=",
        send: (r) => get(`/api/organizations?region=${r.regionCode}&pageSize=100`),
        shows: lists,
      },
    ],
  },
  "organizations.create": {
    kind: "regions",
    requests: [
      {
        label: "POST /api/organizations",
        send: (r, n) =>
          post("/api/organizations", organizationBody({ regionCode: r.id, name: `새 기관 ${n}` })),
        shows: inRegion,
      },
    ],
  },
  "organizations.update": {
    kind: "organizations",
    requests: [
      {
        label: "PATCH /api/organizations/{id}",
        send: (r, n) => patch(`/api/organizations/${r.id}`, { description: `권한표 수정 ${n}` }),
        shows: isRecord,
      },
    ],
  },
  "organizations.close": {
    kind: "organizations",
    set: "closing",
    requests: [
      {
        label: "POST /api/organizations/{id}/close",
        send: (r) => post(`/api/organizations/${r.id}/close`),
        shows: isRecord,
      },
    ],
  },
  "work_items.read": {
    kind: "workItems",
    requests: [
      { label: "GET /api/work-items/{id}", send: (r) => get(`/api/work-items/${r.id}`), shows: isRecord },
      {
        label: "GET /api/work-items?region=",
        send: (r) => get(`/api/work-items?region=${r.regionCode}&pageSize=100`),
        shows: lists,
      },
    ],
  },
  "work_items.create": {
    kind: "organizations",
    requests: [
      {
        label: "POST /api/work-items",
        send: (r, n) => post("/api/work-items", workItemBody(r.id, { title: `새 일감 ${n}` })),
        shows: (b, r) => b?.organizationId === r.id,
      },
    ],
  },
  "work_items.update": {
    kind: "workItems",
    requests: [
      {
        label: "PATCH /api/work-items/{id}",
        send: (r, n) => patch(`/api/work-items/${r.id}`, { description: `권한표 수정 ${n}` }),
        shows: isRecord,
      },
    ],
  },
  "work_items.close": {
    kind: "workItems",
    set: "closing",
    requests: [
      {
        label: "POST /api/work-items/{id}/close",
        send: (r) => post(`/api/work-items/${r.id}/close`),
        shows: isRecord,
      },
    ],
  },
  "residents.list": {
    kind: "residents",
    requests: [
      {
        label: "GET /api/residents?region=",
        send: (r) => get(`/api/residents?region=${r.regionCode}&pageSize=100`),
        shows: lists,
        search: true,
      },
      {
        label: "GET /api/residents",
        send: () => get("/api/residents?pageSize=100"),
        shows: lists,
        search: true,
      },
    ],
  },
  "residents.read": {
    kind: "residents",
    requests: [
      { label: "GET /api/residents/{id}", send: (r) => get(`/api/residents/${r.id}`), shows: isRecord },
    ],
  },
  "residents.create": {
    kind: "regions",
    selfService: true,
    freshResident: "demo",
    requests: [
      {
        label: "POST /api/residents",
        send: (r) => post("/api/residents", residentBody({ regionCode: r.id })),
        shows: inRegion,
      },
    ],
  },
  "residents.update": {
    kind: "residents",
    requests: [
      {
        label: "PATCH /api/residents/{id}",
        send: (r, n) => patch(`/api/residents/${r.id}`, { maxTravelKm: 1 + (n % 50) }),
        shows: isRecord,
      },
    ],
  },
  "residents.close": {
    kind: "residents",
    set: "closing",
    requests: [
      {
        label: "POST /api/residents/{id}/close",
        send: (r) => post(`/api/residents/${r.id}/close`),
        shows: isRecord,
      },
    ],
  },
  "residents.unmask": {
    kind: "residents",
    requests: [
      {
        label: "POST /api/residents/{id}/unmask",
        send: (r) => post(`/api/residents/${r.id}/unmask`, { reason: "권한표 시험: 본인 확인 전화" }),
        shows: (b, r) => b?.residentId === r.id && b.masked === false,
      },
    ],
  },
  "residents.lookup": {
    kind: "residents",
    requests: [
      {
        // The fixture's name is its first marker; another district's namesake is simply not found.
        label: "GET /api/residents/lookup?name=",
        send: (r) => get(`/api/residents/lookup?name=${encodeURIComponent(r.markers[0]!)}`),
        shows: (b, r) => Array.isArray(b?.items) && b.items.some((i: Body) => i.id === r.id),
        search: true,
      },
    ],
  },
  "residents.export_own": {
    kind: "residents",
    targets: ["own"],
    requests: [
      {
        label: "GET /api/me/export",
        send: () => get("/api/me/export"),
        shows: (b, r) => b?.registration?.id === r.id,
      },
    ],
  },
  "eligibility.check": {
    kind: "regions",
    requests: [
      {
        label: "POST /api/eligibility",
        send: (r) =>
          post("/api/eligibility", { birthDate: "1958-05-10", regionCode: r.id, date: "2026-03-02" }),
        shows: (b) => Array.isArray(b?.results) && b.results.length > 0,
      },
    ],
  },
  "consents.read_own": {
    kind: "residents",
    targets: ["own"],
    requests: [
      { label: "GET /api/me/consents", send: () => get("/api/me/consents"), shows: (b) => !!b && !b.error },
    ],
  },
  "consents.update_own": {
    kind: "residents",
    targets: ["own"],
    requests: [
      {
        label: "POST /api/me/consents",
        send: () => post("/api/me/consents", { purpose: "notifications", granted: true }),
        shows: (b) => b?.purposes?.some((p: Body) => p.purpose === "notifications" && p.granted === true),
      },
    ],
  },
  "programs.rules_update": {
    kind: "regions",
    requests: [
      {
        label: "PUT /api/programs/{code}/rules/{year}/regions/{regionCode}",
        send: (r) => ({
          method: "PUT",
          path: `/api/programs/public_works/rules/2026/regions/${r.id}`,
          body: {
            rules: { age: { min: 20, confidence: "reported", source: "권한표 시험 규칙" } },
            reason: "권한표 시험: 지역 규칙",
          },
        }),
        shows: (b, r) => b?.region === r.id,
      },
      {
        label: "DELETE /api/programs/{code}/rules/{year}/regions/{regionCode}",
        send: (r) => ({
          method: "DELETE",
          path: `/api/programs/public_works/rules/2026/regions/${r.id}`,
          body: { reason: "권한표 시험: 되돌림" },
        }),
        shows: (b, r) => b?.region === r.id,
      },
    ],
  },
  "account.delete_own": {
    kind: "residents",
    targets: ["own"],
    freshResident: "signed_up",
    requests: [
      {
        label: "POST /api/me/delete",
        send: () => post("/api/me/delete", { password: SIGNED_UP_PASSWORD }),
        shows: (b) => typeof b?.deletedAt === "string",
      },
    ],
  },
  "participations.read": {
    kind: "residents",
    requests: [
      {
        label: "GET /api/residents/{id}/participations",
        send: (r) => get(`/api/residents/${r.id}/participations`),
        shows: (b) => Array.isArray(b?.items) && typeof b.careerMonths === "object",
      },
    ],
  },
  "participations.record": {
    kind: "residents",
    requests: [
      {
        label: "POST /api/residents/{id}/participations",
        // One day each, on different days from 2005 (n counts every request of the matrix, so
        // the days run on for years), so that no two attempts, nor the fixtures' recent
        // participations, overlap.
        send: (r, n) => {
          const day = new Date(Date.UTC(2005, 0, 1 + n)).toISOString().slice(0, 10);
          return post(`/api/residents/${r.id}/participations`, {
            programCode: "public_works",
            startDate: day,
            endDate: day,
          });
        },
        shows: (b, r) => b?.items?.some((p: Body) => p.regionCode === r.regionCode),
      },
    ],
  },
  "participations.import": {
    kind: "residents",
    requests: [
      {
        label: "POST /api/participations/import?region= (text/csv)",
        // One day each from 2013, apart from the days participations.record uses.
        send: (r, n) => {
          const day = new Date(Date.UTC(2013, 0, 1 + n)).toISOString().slice(0, 10);
          return {
            method: "POST",
            path: `/api/participations/import?region=${r.regionCode}`,
            body: `주민ID,사업,시작일,종료일\n${r.id},공공근로,${day},${day}\n`,
            headers: { "Content-Type": "text/csv" },
          };
        },
        shows: (b) => b?.imported === 1 && b.errors?.length === 0,
      },
    ],
  },
  "cohorts.read": {
    kind: "regions",
    requests: [
      {
        label: "GET /api/cohorts?region=",
        send: (r) => get(`/api/cohorts?region=${r.id}`),
        shows: (b) => Array.isArray(b?.items),
      },
    ],
  },
  // The cohorts are closed to applications and their one applicant is already selected, so that
  // every move below is a repetition that changes nothing (each is idempotent).
  "cohorts.manage": {
    kind: "cohorts",
    requests: [
      {
        label: "POST /api/cohorts",
        send: (r, n) =>
          post("/api/cohorts", cohortBody({ regionCode: r.regionCode, nameKo: `새 회차 ${n}` })),
        shows: inRegion,
      },
      {
        label: "POST /api/cohorts/{id}/actions/close_recruitment",
        send: (r) => post(`/api/cohorts/${r.id}/actions/close_recruitment`),
        shows: (b, r) => b?.cohort?.id === r.id && b.changed === false,
      },
      {
        label: "POST /api/cohorts/{id}/screen",
        send: (r) => post(`/api/cohorts/${r.id}/screen`),
        shows: (b) => b?.changed === 0 && b.counts?.selected === 1,
      },
      {
        label: "POST /api/cohorts/{id}/select",
        send: (r) => post(`/api/cohorts/${r.id}/select`),
        shows: (b) => b?.changed === 0 && b.counts?.selected === 1,
      },
    ],
  },
  "applications.read": {
    kind: "applications",
    requests: [
      {
        // A resident sees only their own application in any cohort's list.
        label: "GET /api/cohorts/{id}/applications",
        send: (r) => get(`/api/cohorts/${r.cohortId}/applications`),
        shows: lists,
        search: true,
      },
    ],
  },
  "applications.create": {
    kind: "openCohorts",
    requests: [
      {
        // Online for the resident themself, a walk-in for an officer; applying twice returns the
        // first application, so only the first allowed call writes.
        label: "POST /api/cohorts/{id}/applications",
        send: (r) =>
          post(`/api/cohorts/${r.id}/applications`, { residentId: r.residentId, facts: applicationFacts() }),
        shows: (b, r) => b?.cohortId === r.id && b.residentId === r.residentId,
      },
    ],
  },
  "applications.decide": {
    kind: "applications",
    requests: [
      {
        label: "POST /api/applications/{id}/select",
        send: (r) => post(`/api/applications/${r.id}/select`, {}),
        shows: (b, r) => b?.application?.id === r.id && b.application.status === "selected",
      },
    ],
  },
  // The selecting cohorts have a finished allocation run with nothing to place: starting the same
  // input again returns it, and confirming it places nobody (then changes nothing).
  "allocation.read": {
    kind: "cohorts",
    requests: [
      {
        label: "GET /api/cohorts/{id}/allocation-runs/{runId}",
        send: (r) => get(`/api/cohorts/${r.id}/allocation-runs/${r.allocationRunId}`),
        shows: (b, r) => b?.id === r.allocationRunId && b.cohortId === r.id,
      },
      {
        label: "GET /api/cohorts/{id}/allocation-runs",
        send: (r) => get(`/api/cohorts/${r.id}/allocation-runs`),
        shows: (b, r) => b?.items?.some((run: Body) => run.id === r.allocationRunId),
      },
    ],
  },
  "allocation.run": {
    kind: "cohorts",
    requests: [
      {
        label: "POST /api/cohorts/{id}/allocation-runs",
        send: (r) => post(`/api/cohorts/${r.id}/allocation-runs`, {}),
        shows: (b, r) => b?.id === r.allocationRunId,
      },
    ],
  },
  "allocation.confirm": {
    kind: "cohorts",
    requests: [
      {
        label: "POST /api/cohorts/{id}/allocation-runs/{runId}/confirm",
        send: (r) => post(`/api/cohorts/${r.id}/allocation-runs/${r.allocationRunId}/confirm`, {}),
        shows: (b, r) => b?.run?.id === r.allocationRunId && b.run.status === "confirmed",
      },
    ],
  },
  "applications.withdraw_own": {
    kind: "applications",
    set: "closing",
    requests: [
      {
        label: "POST /api/me/applications/{id}/withdraw",
        send: (r) => post(`/api/me/applications/${r.id}/withdraw`, { reason: "권한표 시험: 개인 사정" }),
        shows: (b, r) => b?.application?.id === r.id && b.application.status === "withdrawn",
      },
    ],
  },
  "occupations.read": {
    kind: "regions",
    targets: ["own"],
    requests: [
      {
        label: "GET /api/occupations",
        send: () => get("/api/occupations"),
        shows: (b) => b?.items?.length >= 100,
      },
    ],
  },
  "job_design.read": {
    kind: "regions",
    requests: [
      {
        label: "GET /api/job-design/regions/{code}/suggestions",
        send: (r) => get(`/api/job-design/regions/${r.id}/suggestions?limit=5`),
        shows: (b, r) => b?.region?.code === r.id && Array.isArray(b.items),
      },
    ],
  },
  // A team size is given, so the drafts do not depend on the forecast of the matrix's database.
  "job_design.draft": {
    kind: "organizations",
    requests: [
      {
        label: "POST /api/job-design/regions/{code}/draft-work-items",
        send: (r) =>
          post(`/api/job-design/regions/${r.regionCode}/draft-work-items`, {
            occupationCode: "senior_living_alone_check",
            organizationId: r.id,
            positions: 2,
          }),
        shows: (b, r) => b?.workItems?.length > 0 && b.workItems[0].organizationId === r.id,
      },
    ],
  },
  "audit.search": {
    kind: "residents",
    requests: [
      {
        label: "GET /api/audit?region=&subjectId=",
        send: (r) => get(`/api/audit?region=${r.regionCode}&subjectId=${r.id}&pageSize=100`),
        shows: (b, r) => b?.items?.some((e: Body) => e.subjectId === r.id),
        search: true,
      },
      {
        label: "GET /api/audit?subjectId=",
        send: (r) => get(`/api/audit?subjectId=${r.id}&pageSize=100`),
        shows: (b, r) => b?.items?.some((e: Body) => e.subjectId === r.id),
        search: true,
      },
    ],
  },
  // Forecasts are public aggregates; the test database has no demand history, so every category
  // answers with its (empty) history and a method, which is enough to show the route is reachable.
  "forecasts.read": {
    kind: "regions",
    requests: [
      {
        label: "GET /api/forecasts/regions/{code}",
        send: (r) => get(`/api/forecasts/regions/${r.id}?horizon=3`),
        shows: (b, r) => b?.regionCode === r.id && b.categories?.length === 9,
      },
      {
        label: "GET /api/forecasts/summary?sido=",
        send: (r) => get(`/api/forecasts/summary?sido=${r.id.slice(0, 2)}&horizon=3`),
        shows: (b, r) => b?.regions?.some((g: Body) => g.code === r.id),
      },
      {
        label: "GET /api/forecasts/compare?regions=",
        send: (r) => get(`/api/forecasts/compare?regions=${r.id}&horizon=3`),
        shows: (b, r) => b?.regions?.[0]?.code === r.id,
      },
    ],
  },
  "recommendations.read": {
    kind: "residents",
    requests: [
      {
        label: "GET /api/residents/{id}/recommendations",
        send: (r) => get(`/api/residents/${r.id}/recommendations`),
        shows: (b, r) => b?.residentId === r.id && Array.isArray(b.items),
      },
      {
        label: "GET /api/residents/{id}/bundles",
        send: (r) => get(`/api/residents/${r.id}/bundles`),
        shows: (b, r) => b?.residentId === r.id && Array.isArray(b.items),
      },
    ],
  },
  "candidates.read": {
    kind: "workItems",
    requests: [
      {
        label: "GET /api/work-items/{id}/candidates",
        send: (r) => get(`/api/work-items/${r.id}/candidates`),
        shows: (b, r) => b?.workItemId === r.id && Array.isArray(b.items),
      },
    ],
  },
  // The residents' applications left messages in the outbox (application received, selected).
  "notifications.list": {
    kind: "residents",
    requests: [
      {
        label: "GET /api/notifications?region=&residentId=",
        send: (r) => get(`/api/notifications?region=${r.regionCode}&residentId=${r.id}&pageSize=100`),
        shows: (b, r) => b?.items?.some((n: Body) => n.recipient?.residentId === r.id),
        search: true,
      },
      {
        label: "GET /api/notifications?residentId=",
        send: (r) => get(`/api/notifications?residentId=${r.id}&pageSize=100`),
        shows: (b, r) => b?.items?.some((n: Body) => n.recipient?.residentId === r.id),
        search: true,
      },
    ],
  },
};

it("maps every use-case in PERMISSIONS to at least one request, and nothing else", () => {
  const unmapped = USE_CASES.filter((useCase) => !MATRIX[useCase]?.requests.length);
  expect(unmapped, "use-cases with no request in the authorization matrix").toEqual([]);
  expect(Object.keys(MATRIX).filter((key) => !(key in PERMISSIONS))).toEqual([]);
});

describe.each(await testDatabaseKinds())("authorization matrix on %s", (kind) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let world: World;
  let attempts = 0;

  beforeAll(async () => {
    t = await createTestApp(kind);
    world = await createWorld(t);
  });
  afterAll(() => t.dispose());

  describe.each(USE_CASES.filter((useCase) => MATRIX[useCase]))("%s", (useCase) => {
    const entry = MATRIX[useCase] as MatrixEntry;
    const set = entry.set ?? "main";
    const targets = entry.targets ?? TARGETS;

    it.each(ACTORS)("as %s", async (actor) => {
      const records = world.sets[set][entry.kind];
      const outcomes = Object.fromEntries(
        targets.map((target) => [target, expectedOutcome(useCase, actor, target, entry)]),
      ) as Record<Target, ReturnType<typeof expectedOutcome>>;
      // Text of records this caller may not reach, which no answer to them may contain.
      const hidden = targets
        .filter((target) => outcomes[target] !== "allowed")
        .flatMap((tt) => records[tt].markers);

      for (const target of targets) {
        const record = records[target];
        const expected = outcomes[target];
        for (const request of entry.requests) {
          const where = `${request.label} on the ${target} record: expected ${expected}`;
          const caller =
            actor === "resident" && entry.freshResident
              ? await world.freshResident(entry.freshResident)
              : world.agent(actor, set);
          const sent = request.send(record, ++attempts);
          const writes = sent.method !== "GET" && expected !== "allowed";
          const viewBefore = writes ? await world.admin.request("GET", ADMIN_VIEW[entry.kind](record)) : null;
          const countsBefore = writes ? await writeCounts(t) : null;

          const res = await caller.request(
            sent.method,
            sent.path,
            sent.body,
            sent.headers ? { headers: sent.headers } : undefined,
          );
          const answer = `${where}, got ${res.status} ${JSON.stringify(res.body)?.slice(0, 300)}`;
          const ok = res.status >= 200 && res.status < 300;
          switch (expected) {
            case "allowed":
              expect(ok, answer).toBe(true);
              expect(request.shows(res.body, record), answer).toBe(true);
              break;
            case "unauthenticated":
              expect(res.status, answer).toBe(401);
              break;
            case "forbidden":
              expect(res.status, answer).toBe(403);
              break;
            case "out_of_reach":
              if (request.search && ok) expect(request.shows(res.body, record), answer).toBe(false);
              else expect([403, 404], answer).toContain(res.status);
              break;
          }
          if (!ok) expect(typeof res.body?.error?.code, answer).toBe("string");
          const text = JSON.stringify(res.body) ?? "";
          for (const marker of hidden)
            expect(text.includes(marker), `${answer}: leaks "${marker}"`).toBe(false);

          if (countsBefore && viewBefore) {
            expect(await writeCounts(t), `${answer}: a refused request wrote rows`).toEqual(countsBefore);
            const viewAfter = await world.admin.request("GET", ADMIN_VIEW[entry.kind](record));
            expect(viewAfter.body, `${answer}: a refused request changed the record`).toEqual(
              viewBefore.body,
            );
          }
        }
      }
    });
  });
});
