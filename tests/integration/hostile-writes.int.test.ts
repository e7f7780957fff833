import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import fc from "fast-check";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client.ts";
import { countRows, organizationBody, residentBody, workItemBody } from "../helpers/api-fixtures.ts";
import { createTestApp, type TestAgent } from "../helpers/test-app.ts";
import { testDatabaseKinds } from "../helpers/test-database.ts";
import { applicationFacts, cohortBody } from "./cohort-bodies.ts";

/**
 * Property: whatever JSON (or non-JSON) a client sends to a write endpoint, the answer is a 4xx
 * with an error body, never a 5xx, and no row is added or changed. Every generated body is
 * invalid by construction (not an object, an unknown or prototype-polluting key, a wrong value
 * for a known field, or a valid body with one poisoned field), so a 2xx is a failure too. The
 * poisoned bodies matter most: they pass every check but one, so a missing check reaches the
 * database. The public self-check (POST /eligibility) is the exception to "never a 2xx": see its
 * test. A 주민등록번호 sent is never repeated back. The same holds for files (the participation
 * import), for numbers at the edges of floating point, and for the query strings of the read
 * routes that take one (400, no work done). Seeded for reproducible runs; set FC_SEED to explore
 * other inputs.
 */

const SEED = Number(process.env.FC_SEED ?? 20_260_302);
const RUNS = 50;
/** Sign-in and sign-up hash passwords (scrypt) on some inputs: fewer runs keep the file fast. */
const AUTH_RUNS = 30;

/** The 주민등록번호-shaped text the generators put in bodies and files. */
const RRN_SAMPLE = "800101-1234567";

const HOSTILE_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "__defineGetter__",
  "then",
];

const hangul = fc.string({
  unit: fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCharCode(c)),
  maxLength: 40,
});
const nastyText = fc.constantFrom(
  "'; drop table residents; --",
  "%_\\",
  "a\u0000b",
  "\ud800",
  "800101-1234567",
  "0000-01-01",
  "2026-02-30",
  "NaN",
  "-Infinity",
  "9".repeat(400),
  "어르신\u200b말벗",
);
/** Longer than any text field allows, so invalid wherever it lands. */
const hugeText = fc.constantFrom("가".repeat(5_000), "x".repeat(1_000_000), "\u0000".repeat(5_001));
const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  hangul,
  nastyText,
  hugeText,
  fc.double(),
  fc.integer(),
);

/** Objects that no strict schema accepts: they carry a key it does not know. */
const withUnknownKey = (inner: fc.Arbitrary<unknown>) =>
  fc.dictionary(fc.constantFrom(...HOSTILE_KEYS, "extra", "비고", ""), inner, {
    minKeys: 1,
    noNullPrototype: false,
  });

/** A value no field accepts: too long for any text, a list of such texts, or an object with an unknown key. */
const wrongValue = fc.oneof(
  hugeText,
  fc.array(hugeText, { minLength: 1, maxLength: 2 }),
  withUnknownKey(anyValue),
);

/** Builds the JSON text directly, so that "__proto__" reaches the server as a real key. */
function jsonWith(base: Record<string, unknown>, extra: Record<string, unknown>): string {
  const entries = [...Object.entries(base), ...Object.entries(extra)].map(
    ([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v) ?? "null"}`,
  );
  return `{${entries.join(",")}}`;
}

/** Text that every field refuses: NUL (PostgreSQL cannot store it), a 주민등록번호, or too long. */
const poison = fc.oneof(
  fc
    .tuple(hangul, fc.constantFrom("\u0000", " 800101-1234567", "\u0000\u0000"))
    .map(([s, bad]) => `${s}${bad}`),
  hugeText,
);
/** Text that even a field allowed to hold 주민등록번호-like numbers refuses: NUL, or too long. */
const unstorable = fc.oneof(
  fc.tuple(hangul, fc.constantFrom("\u0000", "\u0000\u0000")).map(([s, bad]) => `${s}${bad}`),
  hugeText,
);

/** Which texts of a body are not held to every check. */
interface TextChecks {
  /** Top-level fields that take any text (a new password): never poisoned. */
  opaque?: readonly string[];
  /**
   * Top-level fields whose nested texts may hold numbers shaped like a 주민등록번호 (rule
   * sources cite document numbers such as 1065576043999): poisoned with NUL and length only.
   */
  rrnShapedAllowedUnder?: readonly string[];
}

const rrnShapedAllowed = (path: Path, checks: TextChecks) =>
  (checks.rrnShapedAllowedUnder ?? []).includes(String(path[0]));

type Path = (string | number)[];

/** Where the texts inside a body's objects and lists are (its top-level fields excluded). */
function nestedTextPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === "string") return path.length > 1 ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => nestedTextPaths(item, [...path, i]));
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) => nestedTextPaths(item, [...path, key]));
  return [];
}

/** Where the numbers of a body are, at the top or inside its objects and lists. */
function numberPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === "number") return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => numberPaths(item, [...path, i]));
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) => numberPaths(item, [...path, key]));
  return [];
}

/** A copy of the body with the value at `path` replaced. */
function replacedAt<T>(body: T, path: Path, value: unknown): T {
  const copy = structuredClone(body);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}

const isDateText = (value: unknown) => typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * A valid body with one or more texts poisoned, at the top or inside its objects and lists (see
 * TextChecks for the exceptions); or some of its dates moved to the year 0, which JavaScript
 * accepts and PostgreSQL does not.
 */
function poisoned(valid: Record<string, unknown>, checks: TextChecks = {}): fc.Arbitrary<string> {
  const keys = Object.keys(valid).filter((key) => !checks.opaque?.includes(key));
  const arbitraries: fc.Arbitrary<Record<string, unknown>>[] = [
    fc
      .dictionary(fc.constantFrom(...keys), poison, { minKeys: 1, maxKeys: 2 })
      .map((p) => ({ ...valid, ...p })),
  ];
  const nested = nestedTextPaths(valid);
  if (nested.length > 0) {
    arbitraries.push(
      fc
        .subarray(nested, { minLength: 1, maxLength: Math.min(2, nested.length) })
        .chain((paths) =>
          fc
            .tuple(...paths.map((path) => (rrnShapedAllowed(path, checks) ? unstorable : poison)))
            .map((values) => paths.reduce((body, path, i) => replacedAt(body, path, values[i]), valid)),
        ),
    );
  }
  const dates = keys.filter((key) => isDateText(valid[key]));
  if (dates.length > 0) {
    arbitraries.push(
      fc
        .tuple(fc.subarray(dates, { minLength: 1 }), fc.constantFrom("0000-01-01", "0000-12-31"))
        .map(([moved, d]) => ({ ...valid, ...Object.fromEntries(moved.map((key) => [key, d])) })),
    );
  }
  return fc.oneof(...arbitraries).map((body) => JSON.stringify(body));
}

function hostileBodies(valid: Record<string, unknown>, checks: TextChecks = {}): fc.Arbitrary<string> {
  const knownKeys = Object.keys(valid);
  const known = fc.dictionary(fc.constantFrom(...knownKeys), anyValue, { maxKeys: 6 });
  return fc.oneof(
    // Not an object at all.
    fc
      .jsonValue()
      .filter((v) => v === null || typeof v !== "object" || Array.isArray(v))
      .map((v) => JSON.stringify(v)),
    // Known fields with random values, plus an unknown or prototype-polluting key.
    fc.tuple(known, withUnknownKey(anyValue)).map(([k, extra]) => jsonWith(k, extra)),
    // Known fields only, at least one of them wrong.
    fc
      .tuple(known, fc.dictionary(fc.constantFrom(...knownKeys), wrongValue, { minKeys: 1 }))
      .map(([k, wrong]) => jsonWith(k, wrong)),
    poisoned(valid, checks),
    // Broken JSON.
    fc.constantFrom(
      "",
      "{",
      "[1,2",
      '{"name":"관악"',
      '{"a":1}garbage',
      "undefined",
      `${"[".repeat(10_000)}${"]".repeat(10_000)}`,
    ),
  );
}

/**
 * Each text of a valid body (top-level or nested) ending in NUL or a 주민등록번호: tried on every
 * run, before the random bodies.
 */
function poisonedExamples(valid: Record<string, unknown>, checks: TextChecks = {}): [string][] {
  const paths = [
    ...Object.keys(valid)
      .filter((key) => typeof valid[key] === "string" && !checks.opaque?.includes(key))
      .map((key): Path => [key]),
    ...nestedTextPaths(valid),
  ];
  return paths.flatMap((path) => {
    const value = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], valid);
    const endings = rrnShapedAllowed(path, checks) ? ["\u0000"] : ["\u0000", " 800101-1234567"];
    return endings.map((bad): [string] => [JSON.stringify(replacedAt(valid, path, `${value}${bad}`))]);
  });
}

// biome-ignore lint/suspicious/noExplicitAny: tests read JSON answers freely
type Json = any;

/** CSV text of these rows, every cell quoted (so that commas, quotes and line breaks stay in their cell). */
function csvOf(rows: readonly (readonly string[])[]): string {
  return `${rows.map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(",")).join("\r\n")}\r\n`;
}

/** The file's bytes as an office would save them: CSV in UTF-8 (with or without BOM) or cp949, or a workbook. */
async function encodeTable(
  rows: readonly (readonly string[])[],
  format: string,
): Promise<Uint8Array<ArrayBuffer>> {
  if (format === "xlsx") {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("참여이력");
    for (const row of rows) sheet.addRow([...row]);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }
  const text = csvOf(rows);
  if (format === "cp949") return new Uint8Array(iconv.encode(text, "cp949"));
  return new TextEncoder().encode(format === "utf-8 BOM" ? `\ufeff${text}` : text);
}

function formWith(bytes: Uint8Array<ArrayBuffer>, fileName: string): FormData {
  const form = new FormData();
  form.append("file", new Blob([bytes]), fileName);
  return form;
}

/** Rows of every table the write endpoints touch, to prove a refused write changed nothing. */
async function storedRows(db: Db) {
  const result = await db.execute(sql`select
    (select count(*)::int from cohorts) as cohorts,
    (select count(*)::int from cohort_work_items) as cohort_work_items,
    (select count(*)::int from cohort_applications) as cohort_applications,
    (select count(*)::int from participations) as participations,
    (select count(*)::int from program_rule_sets) as program_rule_sets,
    (select count(*)::int from notification_outbox) as notification_outbox,
    (select count(*)::int from consents) as consents,
    (select count(*)::int from allocation_runs) as allocation_runs,
    (select count(*)::int from demand_forecasts) as demand_forecasts`);
  const rows = (result as unknown as { rows: Record<string, number>[] }).rows[0];
  return { ...(await countRows(db)), ...rows };
}

/** Rows of the tables around sign-in and the audit log, which a refused request must leave alone. */
async function accountRows(db: Db) {
  const result = await db.execute(sql`select
    (select count(*)::int from users) as users,
    (select count(*)::int from accounts) as accounts,
    (select count(*)::int from sessions) as sessions,
    (select count(*)::int from login_throttle) as login_throttle,
    (select count(*)::int from audit_log) as audit_log`);
  return (result as unknown as { rows: Record<string, number>[] }).rows[0] as Record<string, number>;
}

describe.each(await testDatabaseKinds())("hostile input to write endpoints on %s", (kind) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: Awaited<ReturnType<typeof t.signedIn>>;
  const ids = {
    organization: "",
    workItem: "",
    resident: "",
    /** Recruiting: the resident applies to it. */
    openCohort: "",
    /** Closed to applications, with one screened (eligible) application that may be rejected. */
    screenedCohort: "",
    screenedApplication: "",
    /** Screened, with one work item and one eligible applicant, and a finished allocation run not yet confirmed. */
    allocationCohort: "",
    allocationWorkItem: "",
    allocationApplication: "",
    allocationRun: "",
    /** Named in the participation-history files by id and by name + phone + birth year. */
    historyResident: "",
  };
  /** The allocation run's options: starting it again with them returns the same run. */
  const allocationOptions = {
    quotas: [{ group: "low_income", minShare: 0.5, penalty: 10 }],
    priorityWeight: 1,
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.signedIn("system_admin");
    const created = async (path: string, body: unknown) => {
      const res = await admin.request("POST", path, body);
      if (res.status !== 201) throw new Error(`fixture ${path}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.id as string;
    };
    const moved = async (path: string) => {
      const res = await admin.request("POST", path);
      if (res.status !== 200) throw new Error(`fixture ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    };
    ids.organization = await created("/api/organizations", organizationBody());
    ids.workItem = await created("/api/work-items", workItemBody(ids.organization));
    ids.resident = await created("/api/residents", residentBody());
    ids.openCohort = await created("/api/cohorts", cohortBody());
    await moved(`/api/cohorts/${ids.openCohort}/actions/open_recruitment`);
    ids.screenedCohort = await created("/api/cohorts", cohortBody({ nameKo: "심사 끝난 회차" }));
    await moved(`/api/cohorts/${ids.screenedCohort}/actions/open_recruitment`);
    const applicant = await created("/api/residents", residentBody());
    ids.screenedApplication = await created(`/api/cohorts/${ids.screenedCohort}/applications`, {
      residentId: applicant,
      facts: applicationFacts(),
    });
    await moved(`/api/cohorts/${ids.screenedCohort}/actions/close_recruitment`);
    await moved(`/api/cohorts/${ids.screenedCohort}/screen`);

    ids.allocationWorkItem = await created(
      "/api/work-items",
      workItemBody(ids.organization, { startDate: "2026-04-01", endDate: "2026-06-30", headcount: 1 }),
    );
    ids.allocationCohort = await created(
      "/api/cohorts",
      cohortBody({ nameKo: "배정 회차", workItems: [{ workItemId: ids.allocationWorkItem, slots: 1 }] }),
    );
    await moved(`/api/cohorts/${ids.allocationCohort}/actions/open_recruitment`);
    ids.allocationApplication = await created(`/api/cohorts/${ids.allocationCohort}/applications`, {
      residentId: await created(
        "/api/residents",
        residentBody({
          groups: ["low_income"],
          availability: [
            { day: "tue", start: "09:00", end: "13:00" },
            { day: "thu", start: "09:00", end: "13:00" },
          ],
        }),
      ),
      facts: applicationFacts({ groups: ["low_income"] }),
    });
    await moved(`/api/cohorts/${ids.allocationCohort}/actions/close_recruitment`);
    await moved(`/api/cohorts/${ids.allocationCohort}/screen`);
    const run = await admin.request(
      "POST",
      `/api/cohorts/${ids.allocationCohort}/allocation-runs`,
      allocationOptions,
    );
    if (run.body?.status !== "done") throw new Error(`fixture allocation run: ${JSON.stringify(run.body)}`);
    ids.allocationRun = run.body.id;

    ids.historyResident = await created(
      "/api/residents",
      residentBody({
        birthYear: 1961,
        personal: { name: "한가람", phone: "010-4321-8765", address: "서울 관악구 봉천로 1" },
      }),
    );
  });
  afterAll(() => t.dispose());

  /** Sends a file to the participation import with the agent's cookies, as a browser does. */
  async function sendImport(agent: TestAgent, body: BodyInit, contentType: string | null, query = "") {
    const cookie = [...agent.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const response = await t.app.request(`/api/participations/import${query}`, {
      method: "POST",
      headers: {
        Origin: "http://localhost",
        Cookie: cookie,
        ...(contentType ? { "Content-Type": contentType } : {}),
      },
      body,
    });
    const text = await response.text();
    let json: Json = text;
    try {
      json = JSON.parse(text);
    } catch {}
    return { status: response.status, body: json };
  }

  /** The valid body of each endpoint, which the generators start from or take the keys of. */
  const workItemEdit = () => {
    const { organizationId: _, ...edit } = workItemBody(ids.organization);
    return edit;
  };
  const endpoints: {
    label: string;
    method: string;
    path: () => string;
    valid: () => object;
    /** What the administrator reads to show the record unchanged (a PATCH: the record itself). */
    view?: () => string;
    /** Hand-written bodies tried before the random ones. */
    examples?: () => string[];
    checks?: TextChecks;
  }[] = [
    {
      label: "POST /organizations",
      method: "POST",
      path: () => "/api/organizations",
      valid: organizationBody,
    },
    {
      label: "PATCH /organizations/{id}",
      method: "PATCH",
      path: () => `/api/organizations/${ids.organization}`,
      valid: organizationBody,
    },
    {
      label: "POST /work-items",
      method: "POST",
      path: () => "/api/work-items",
      valid: () => workItemBody(ids.organization),
    },
    {
      label: "PATCH /work-items/{id}",
      method: "PATCH",
      path: () => `/api/work-items/${ids.workItem}`,
      valid: workItemEdit,
    },
    { label: "POST /residents", method: "POST", path: () => "/api/residents", valid: residentBody },
    {
      label: "PATCH /residents/{id}",
      method: "PATCH",
      path: () => `/api/residents/${ids.resident}`,
      valid: residentBody,
    },
    {
      label: "POST /cohorts",
      method: "POST",
      path: () => "/api/cohorts",
      valid: () => cohortBody({ workItems: [{ workItemId: ids.workItem, slots: 1 }] }),
    },
    {
      label: "POST /cohorts/{id}/applications",
      method: "POST",
      path: () => `/api/cohorts/${ids.openCohort}/applications`,
      valid: () => ({
        residentId: ids.resident,
        facts: applicationFacts({ groups: ["low_income"], certificates: ["요양보호사"] }),
      }),
      view: () => `/api/cohorts/${ids.openCohort}/applications`,
      // Declared experience maps free text to years: its keys are refused like any text.
      examples: () =>
        ["돌봄\u0000", "돌봄 800101-1234567", "", "가".repeat(41)].map(
          (key) =>
            `{"residentId":"${ids.resident}","facts":{"birthDate":"1970-05-05","experienceYears":{${JSON.stringify(key)}:3}}}`,
        ),
    },
    {
      label: "POST /applications/{id}/reject",
      method: "POST",
      path: () => `/api/applications/${ids.screenedApplication}/reject`,
      valid: () => ({ reason: "서류를 내지 않아 미선정" }),
      view: () => `/api/cohorts/${ids.screenedCohort}/applications`,
    },
    {
      label: "PUT /programs/{code}/rules/{year}/regions/{regionCode}",
      method: "PUT",
      path: () => "/api/programs/public_works/rules/2026/regions/11620",
      valid: () => ({
        rules: { age: { min: 20, confidence: "reported", source: "관악구 자체 기준 (시험)" } },
        reason: "구 자체 연령 기준 반영",
      }),
      view: () => "/api/programs/public_works/rules?year=2026&region=11620",
      checks: { rrnShapedAllowedUnder: ["rules"] },
    },
    {
      label: "POST /residents/{id}/participations",
      method: "POST",
      path: () => `/api/residents/${ids.resident}/participations`,
      valid: () => ({
        programCode: "public_works",
        startDate: "2023-03-02",
        endDate: "2023-06-30",
        field: "care",
        hoursPerWeek: 12,
        source: "recorded",
      }),
      view: () => `/api/residents/${ids.resident}/participations`,
    },
    {
      // Starting again with the same options returns the run of the beforeAll (200): nothing new.
      label: "POST /cohorts/{id}/allocation-runs",
      method: "POST",
      path: () => `/api/cohorts/${ids.allocationCohort}/allocation-runs`,
      valid: () => allocationOptions,
      view: () => `/api/cohorts/${ids.allocationCohort}/allocation-runs`,
    },
    {
      // The probe confirms the run; a confirmed run answers any well-formed body with 200 and
      // changes nothing, so the adjustments that are well-formed but wrong are tried before (below).
      label: "POST /cohorts/{id}/allocation-runs/{runId}/confirm",
      method: "POST",
      path: () => `/api/cohorts/${ids.allocationCohort}/allocation-runs/${ids.allocationRun}/confirm`,
      valid: () => ({
        remove: [],
        change: [{ applicationId: ids.allocationApplication, workItemId: ids.allocationWorkItem }],
      }),
      view: () => `/api/cohorts/${ids.allocationCohort}/allocation-runs/${ids.allocationRun}`,
    },
    {
      label: "POST /job-design/regions/{code}/draft-work-items",
      method: "POST",
      path: () => "/api/job-design/regions/11620/draft-work-items",
      valid: () => ({
        occupationCode: "senior_living_alone_check",
        organizationId: ids.organization,
        startDate: "2026-05-04",
        positions: 1,
        hoursPerWeek: 10,
        horizon: 6,
      }),
      // Codes of no occupation. The horizon is the probe's, whose forecasts are stored by then:
      // a stored forecast is a cache of the read, not a write of the request.
      examples: () =>
        ["no_such_role", "Senior_Living_Alone_Check", "../care", "senior_living_alone_check\n"].map((code) =>
          JSON.stringify({
            occupationCode: code,
            organizationId: ids.organization,
            positions: 1,
            horizon: 6,
          }),
        ),
    },
  ];

  /**
   * Adjustments that are well-formed but name what the proposal does not hold: an application or
   * a work item of nothing (or of another cohort), the proposal's own ids in capitals. Each is a
   * 422 naming the adjustment, and the run stays unconfirmed.
   */
  it("POST /cohorts/{id}/allocation-runs/{runId}/confirm refuses adjustments outside the proposal", async () => {
    const path = `/api/cohorts/${ids.allocationCohort}/allocation-runs/${ids.allocationRun}/confirm`;
    const before = await storedRows(t.database.db);
    const audit = (await accountRows(t.database.db)).audit_log;
    const stranger = "3b7e1f2a-5c4d-4e6f-8a9b-0c1d2e3f4a5b";
    const app = ids.allocationApplication;
    const cases: [body: object, field: string, reason: string][] = [
      [{ remove: [stranger] }, "remove.0", "not_in_proposal"],
      [{ remove: [app.toUpperCase()] }, "remove.0", "not_in_proposal"],
      [
        { change: [{ applicationId: stranger, workItemId: ids.allocationWorkItem }] },
        "change.0.applicationId",
        "not_a_candidate",
      ],
      [
        { change: [{ applicationId: ids.screenedApplication, workItemId: ids.allocationWorkItem }] },
        "change.0.applicationId",
        "not_a_candidate",
      ],
      [
        { change: [{ applicationId: app, workItemId: ids.workItem }] },
        "change.0.workItemId",
        "not_in_cohort",
      ],
      [
        { change: [{ applicationId: app, workItemId: ids.allocationWorkItem.toUpperCase() }] },
        "change.0.workItemId",
        "not_in_cohort",
      ],
      [
        { remove: [app.toUpperCase()], change: [{ applicationId: app, workItemId: ids.allocationWorkItem }] },
        "remove.0",
        "not_in_proposal",
      ],
    ];
    for (const [body, field, reason] of cases) {
      const res = await admin.request("POST", path, body);
      const seen = `${JSON.stringify(body)} → ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`;
      expect(res.status, seen).toBe(422);
      expect(res.body.error.fields, seen).toContainEqual(expect.objectContaining({ field, reason }));
    }
    expect(await storedRows(t.database.db)).toEqual(before);
    expect((await accountRows(t.database.db)).audit_log).toBe(audit);
    const run = await admin.request(
      "GET",
      `/api/cohorts/${ids.allocationCohort}/allocation-runs/${ids.allocationRun}`,
    );
    expect(run.body).toMatchObject({ status: "done", confirmedAt: null });
  });

  it.each(endpoints.map((e) => [e.label, e] as const))(
    "%s answers 4xx and writes nothing",
    async (_, endpoint) => {
      const path = endpoint.path();
      const valid = endpoint.valid() as Record<string, unknown>;
      // The valid body itself is accepted, so the 4xx below are about the hostile part only.
      const probe = await admin.request(endpoint.method, path, valid);
      expect(probe.status, JSON.stringify(probe.body)).toBeLessThan(300);
      const view = endpoint.view?.() ?? (endpoint.method === "PATCH" ? path : null);
      const target = view ? await admin.request("GET", view) : null;
      const before = await storedRows(t.database.db);
      const auditBefore = (await accountRows(t.database.db)).audit_log;
      const examples: [string][] = [
        ...poisonedExamples(valid, endpoint.checks),
        ...(endpoint.examples?.() ?? []).map((body): [string] => [body]),
      ];
      await fc.assert(
        fc.asyncProperty(hostileBodies(valid, endpoint.checks), async (body) => {
          const res = await admin.request(endpoint.method, path, body);
          const seen = `${body.slice(0, 200)} → ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`;
          expect(res.status, seen).toBeGreaterThanOrEqual(400);
          expect(res.status, seen).toBeLessThan(500);
          expect(typeof res.body?.error?.code, seen).toBe("string");
          // A 주민등록번호 sent by mistake is refused, never repeated back (logs, screens).
          expect(JSON.stringify(res.body), seen).not.toContain(RRN_SAMPLE);
          expect(await storedRows(t.database.db), seen).toEqual(before);
          expect((await accountRows(t.database.db)).audit_log, seen).toBe(auditBefore);
        }),
        { numRuns: RUNS, seed: SEED, examples },
      );
      if (view && target) {
        expect(await admin.request("GET", view)).toMatchObject({ status: 200, body: target.body });
      }
    },
  );

  /**
   * Numbers at the edges of floating point in otherwise valid bodies, where the generators above
   * put only text: 1e-50 passes zod's `positive()` and `multipleOf(0.5)` but underflows a
   * PostgreSQL real, an error (a 500) unless the schema refuses it. Such a body may be a fair
   * request (a share of 1e-50), so a 2xx is allowed; a 5xx is not, nor a 4xx without a field.
   */
  it("numbers at the edges of floating point are never a 5xx", async () => {
    const edges = [1e-50, -1e-50, 5e-324, 1.7976931348623157e308, 2 ** 53 + 2];
    for (const endpoint of endpoints) {
      const valid = endpoint.valid() as Record<string, unknown>;
      for (const path of numberPaths(valid)) {
        for (const edge of edges) {
          const body = replacedAt(valid, path, edge);
          const res = await admin.request(endpoint.method, endpoint.path(), body);
          const seen = `${endpoint.label} ${path.join(".")}=${edge} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
          expect(res.status, seen).toBeLessThan(500);
          if (res.status >= 400) expect(res.body?.error?.fields?.length ?? 0, seen).toBeGreaterThan(0);
        }
      }
    }
  });

  /**
   * POST /participations/import takes a file, not JSON. Each generated file holds valid rows and
   * one row made wrong in one way (a person nobody is, a program, date or hours that the
   * contract refuses, a 주민등록번호, NUL, a cell too long, a duplicate or overlapping row), in
   * UTF-8, cp949 or XLSX, sent as the body or as a form; the hand-written ones break the file
   * itself. Every one is refused whole: 400 for an unreadable file, 422 naming row and field for
   * bad rows, and not one participation or audit entry is written (all or nothing).
   */
  it("POST /participations/import answers 4xx and writes nothing", async () => {
    const id = ids.historyResident;
    const header = ["주민ID", "이름", "전화번호", "출생연도", "사업", "시작일", "종료일", "주당시간", "분야"];
    /** By id, by name + phone + birth year, by id in capitals: three years apart, so no two overlap. */
    const validRows = [
      [id, "", "", "", "공공근로", "2019-03-04", "2019-06-28", "15", "환경"],
      [
        "",
        "한가람",
        "010-4321-8765",
        "1961",
        "지역공동체일자리",
        "2020-04-01",
        "2020-10-30",
        "20시간",
        "돌봄",
      ],
      [id.toUpperCase(), "", "", "", "노인일자리 공익활동형", "2018-03-02", "2018-12-31", "", ""],
    ];
    const [byId, byName] = validRows as [string[], string[]];
    const column = (name: string) => header.indexOf(name);
    const withCell = (row: string[], name: string, value: string) =>
      row.map((cell, i) => (i === column(name) ? value : cell));
    const rrnPoison = fc.constantFrom(` ${RRN_SAMPLE}`, RRN_SAMPLE.replace("-", ""));
    const cellPoison = fc.constantFrom("\u0000", "가".repeat(5_000), "x".repeat(1_000_000));
    /** Values of a cell that make its row wrong whatever the other cells say. */
    const badCells: Record<string, fc.Arbitrary<string>> = {
      주민ID: fc.oneof(fc.uuid(), fc.constantFrom("not-an-id", "12345", `${id}x`)),
      전화번호: fc.constantFrom("abc", "12", "전화 없음"),
      출생연도: fc.constantFrom("18", "abcd", "1899", "3000", "1961년생"),
      사업: fc.constantFrom("없는사업", "public_workz", '=HYPERLINK("http://x")'),
      시작일: fc.constantFrom("2026-02-30", "0000-01-01", "2019-13-01", "어제", "2019.3"),
      종료일: fc.constantFrom("2010-01-01", "0000-12-31", "2019-02-29"),
      주당시간: fc.constantFrom("1e-50", "5e-324", "0", "-1", "0.25", "53", "NaN", "Infinity", "1e309", "열"),
      분야: fc.constantFrom("요리", "=cmd|' /C calc'!A0", "@SUM(1+1)"),
    };
    /** A row by name that names nobody: right name, wrong phone or year; or a name no resident has. */
    const nobody = fc.oneof(
      fc.constant(withCell(byName, "전화번호", "010-0000-0000")),
      fc.constant(withCell(byName, "출생연도", "1990")),
      fc.constant(withCell(byName, "이름", "없는사람")),
      fc
        .constant(withCell(withCell(byName, "전화번호", ""), "출생연도", ""))
        .map((r) => withCell(r, "이름", "홍길동")),
    );
    /** The wrong row, or two rows wrong together. */
    const badRows: fc.Arbitrary<string[][]> = fc
      .oneof(
        fc
          .tuple(fc.constantFrom(...validRows), fc.constantFrom(...Object.keys(badCells)))
          .chain(([row, name]) => badCells[name]!.map((value) => withCell(row, name, value))),
        // Any cell ending in a 주민등록번호; NUL or a huge text where the row cannot shrug it off (a
        // name or phone beside a 주민ID is not read; a phone is read by its last four digits).
        fc
          .tuple(fc.constantFrom(...validRows), fc.constantFrom(...header), rrnPoison)
          .map(([row, name, value]) => withCell(row, name, `${row[column(name)] || "1"}${value}`)),
        fc
          .tuple(
            fc.constantFrom(...validRows),
            fc.constantFrom(...header.filter((h) => h !== "이름" && h !== "전화번호")),
            cellPoison,
          )
          .map(([row, name, value]) => withCell(row, name, `${row[column(name)] || "1"}${value}`)),
        nobody,
      )
      .map((row) => [row])
      .chain((rows) =>
        fc.oneof(
          fc.constant(rows),
          // The same participation twice, and a direct job inside another one of the same person.
          fc.constant<string[][]>([byName, byName]),
          fc.constant<string[][]>([
            byId,
            withCell(withCell(byId, "시작일", "2019-05-01"), "종료일", "2019-09-30"),
          ]),
        ),
      );
    const files = fc.record({
      rows: fc.subarray(validRows, { minLength: 1 }),
      bad: badRows,
      at: fc.nat(3),
      format: fc.constantFrom("utf-8", "utf-8 BOM", "cp949", "xlsx"),
      transport: fc.constantFrom("text/csv", "application/octet-stream", "form"),
      query: fc.constantFrom("", "?region=11620", "?dryRun=false", "?region=11"),
    });

    const probe = await sendImport(admin, csvOf([header, ...validRows]), "text/csv", "?dryRun=true");
    expect(probe.status, JSON.stringify(probe.body)).toBe(200);
    expect(probe.body).toMatchObject({ rows: 3, residents: 1, errors: [] });
    const before = await storedRows(t.database.db);
    const audit = (await accountRows(t.database.db)).audit_log;
    const refused = async (res: { status: number; body: Json }, seen: string) => {
      expect([400, 422], seen).toContain(res.status);
      expect(typeof res.body?.error?.code, seen).toBe("string");
      expect(JSON.stringify(res.body), seen).not.toContain(RRN_SAMPLE);
      if (res.status === 422) {
        expect(res.body.report.errors.length, seen).toBeGreaterThan(0);
        expect(res.body.report.imported, seen).toBe(0);
        for (const f of res.body.error.fields) {
          expect(f.field, seen).toMatch(/^rows\.\d+\.\w+$/);
          expect(typeof f.reason, seen).toBe("string");
        }
      }
      expect(await storedRows(t.database.db), seen).toEqual(before);
      expect((await accountRows(t.database.db)).audit_log, seen).toBe(audit);
    };

    await fc.assert(
      fc.asyncProperty(files, async ({ rows, bad, at, format, transport, query }) => {
        const table = [header, ...rows.slice(0, at), ...bad, ...rows.slice(at)];
        const bytes = await encodeTable(table, format);
        const res =
          transport === "form"
            ? await sendImport(
                admin,
                formWith(bytes, format === "xlsx" ? "이력.xlsx" : "이력.csv"),
                null,
                query,
              )
            : await sendImport(admin, bytes, transport, query);
        const seen = `${format} ${transport} ${query} bad row ${JSON.stringify(bad).slice(0, 200)} → ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`;
        await refused(res, seen);
      }),
      // A file that got through changes the database, which would mislead shrinking: report it as found.
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );

    const valid = csvOf([header, ...validRows]);
    const utf8 = (text: string) => new TextEncoder().encode(text);
    const broken: [label: string, send: () => Promise<{ status: number; body: Json }>][] = [
      ["empty body", () => sendImport(admin, "", "text/csv")],
      ["a byte-order mark only", () => sendImport(admin, "\ufeff", "text/csv")],
      ["the header only", () => sendImport(admin, csvOf([header]), "text/csv")],
      ["blank rows only", () => sendImport(admin, `${header.join(",")}\n,,,,,,,,\n\n`, "text/csv")],
      ["no program or start column", () => sendImport(admin, "이름,전화번호\n한가람,8765\n", "text/csv")],
      ["no person column", () => sendImport(admin, "사업,시작일\n공공근로,2019-03-04\n", "text/csv")],
      [
        "a column twice",
        () => sendImport(admin, `주민ID,주민ID,사업,시작일\n${id},${id},공공근로,2019-03-04\n`, "text/csv"),
      ],
      [
        "an unclosed quote",
        () => sendImport(admin, `주민ID,사업,시작일\n"${id},공공근로,2019-03-04\n`, "text/csv"),
      ],
      ["NUL in the file", () => sendImport(admin, valid.replace("환경", "환\u0000경"), "text/csv")],
      [
        "random bytes",
        () =>
          sendImport(
            admin,
            Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256),
            "application/octet-stream",
          ),
      ],
      [
        "a ZIP that is no workbook",
        () =>
          sendImport(admin, Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "application/octet-stream"),
      ],
      [
        "an old .xls",
        () =>
          sendImport(
            admin,
            Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]),
            "application/octet-stream",
          ),
      ],
      ["a .xls by name", () => sendImport(admin, formWith(utf8(valid), "이력.xls"), null)],
      ["an .exe by name", () => sendImport(admin, formWith(utf8(valid), "history.exe"), null)],
      [
        "a form without the file field",
        () => {
          const form = new FormData();
          form.append("upload", new Blob([valid]), "이력.csv");
          return sendImport(admin, form, null);
        },
      ],
      [
        "a form whose boundary is wrong",
        () =>
          sendImport(
            admin,
            `--x\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\n${valid}`,
            "multipart/form-data; boundary=y",
          ),
      ],
      ["a form without a boundary", () => sendImport(admin, valid, "multipart/form-data")],
      ["JSON", () => sendImport(admin, JSON.stringify({ rows: validRows }), "application/json")],
      ["no content type", () => sendImport(admin, utf8(valid), null)],
      [
        "more rows than allowed",
        () => sendImport(admin, csvOf([header, ...Array.from({ length: 5_001 }, () => byId)]), "text/csv"),
      ],
      [
        "more bytes than allowed",
        () => sendImport(admin, `${valid}${"x".repeat(10 * 1024 * 1024)}`, "text/csv"),
      ],
      ["a region that is no code", () => sendImport(admin, valid, "text/csv", "?region=abc")],
      ["a region twice", () => sendImport(admin, valid, "text/csv", "?region=11620&region=11620")],
      ["a region with NUL", () => sendImport(admin, valid, "text/csv", "?region=11620%00")],
      ["dryRun that is no boolean", () => sendImport(admin, valid, "text/csv", "?dryRun=maybe")],
      ["a region the people do not live in", () => sendImport(admin, valid, "text/csv", "?region=41115")],
    ];
    for (const [label, send] of broken) {
      const res = await send();
      await refused(res, `${label} → ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`);
    }
  });

  /**
   * The new read routes take their input from the query string (and a path segment): a value
   * their schema refuses, or a parameter given twice, is a 400 naming the parameter, never a 5xx,
   * and is refused before any work: no audit entry for the walk-in lookup (which audits every
   * search it runs), no forecast fitted and stored. Answerable oddities (a broken percent
   * escape, an encoded lone surrogate) are never a 5xx either.
   */
  const queryText = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.string({ unit: "grapheme", maxLength: 8 }),
    nastyText,
    fc.constantFrom("", " ", "\u0000", "가".repeat(300), "1e400", "0x0c", "１２", "12.5", "Infinity"),
  );
  /** encodeURIComponent throws on a lone surrogate (the raw bytes of one are tried separately below). */
  const encoded = (text: string) =>
    encodeURIComponent(
      text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd"),
    );
  const notMatching = (re: RegExp) => queryText.filter((s) => !re.test(s));
  const notIntegerIn = (min: number, max: number) =>
    queryText.filter((s) => !(Number.isInteger(Number(s)) && Number(s) >= min && Number(s) <= max));
  const nameRefused = fc.oneof(
    hangul.map((s) => `${s}\u0000`),
    hangul.map((s) => `${s}${RRN_SAMPLE}`),
    fc.constantFrom("", "   ", "가".repeat(51), "x".repeat(5_000)),
  );
  const codeToken = fc
    .string({ maxLength: 7 })
    .filter((s) => !s.includes(",") && !/^\s*\d{5}\s*$/.test(s) && s.trim() !== "");
  const regionsRefused = fc.oneof(
    fc
      .tuple(fc.array(fc.constantFrom("11620", "41115"), { maxLength: 3 }), codeToken)
      .map(([good, bad]) => [...good, bad].join(",")),
    fc.constantFrom(",", " , ,", Array.from({ length: 21 }, (_, i) => String(11_110 + i)).join(",")),
  );
  interface QueryParam {
    valid: string;
    refused: fc.Arbitrary<string>;
    required?: boolean;
  }
  const readRoutes: {
    label: string;
    path: (code: string) => string;
    code?: QueryParam;
    params: Record<string, QueryParam>;
  }[] = [
    {
      label: "GET /residents/lookup",
      path: () => "/api/residents/lookup",
      params: {
        name: { valid: "한가람", refused: nameRefused, required: true },
        phoneLast4: { valid: "8765", refused: notMatching(/^\d{4}$/) },
        birthYear: { valid: "1961", refused: notIntegerIn(1900, 2100) },
        region: { valid: "11620", refused: notMatching(/^\d{2}(\d{3})?$/) },
      },
    },
    {
      label: "GET /forecasts/regions/{code}",
      path: (code) => `/api/forecasts/regions/${code}`,
      code: { valid: "11620", refused: notMatching(/^\d{5}$/) },
      params: { horizon: { valid: "6", refused: notIntegerIn(1, 24) } },
    },
    {
      label: "GET /forecasts/summary",
      path: () => "/api/forecasts/summary",
      params: {
        level: { valid: "sido", refused: queryText.filter((s) => s !== "sido" && s !== "sigungu") },
        sido: { valid: "11", refused: notMatching(/^\d{2}$/) },
        horizon: { valid: "6", refused: notIntegerIn(1, 24) },
        reconciliation: {
          valid: "bottom_up",
          refused: queryText.filter((s) => s !== "bottom_up" && s !== "wls_structural"),
        },
      },
    },
    {
      label: "GET /forecasts/compare",
      path: () => "/api/forecasts/compare",
      params: {
        regions: { valid: "11620,41115", refused: regionsRefused, required: true },
        horizon: { valid: "6", refused: notIntegerIn(1, 24) },
      },
    },
    {
      label: "GET /regions/map/sigungu",
      path: () => "/api/regions/map/sigungu",
      params: { sido: { valid: "11", refused: notMatching(/^\d{2}$/) } },
    },
  ];

  it.each(readRoutes.map((r) => [r.label, r] as const))(
    "%s answers 400 to a refused query and does no work",
    async (_, route) => {
      const names = Object.keys(route.params);
      /** Each parameter left out, valid, refused, or given twice (a list where one value is due). */
      const choice = (param: QueryParam) =>
        fc.oneof(
          ...(param.required ? [] : [fc.constant({ kind: "absent" as const })]),
          fc.constant({ kind: "valid" as const }),
          param.refused.map((value) => ({ kind: "refused" as const, value })),
          fc.constant({ kind: "twice" as const }),
        );
      const queries = fc
        .record({
          params: fc.record(Object.fromEntries(names.map((n) => [n, choice(route.params[n]!)]))),
          code: route.code ? fc.oneof(fc.constant(null), route.code.refused) : fc.constant(null),
        })
        .filter(
          ({ params, code }) =>
            code !== null || Object.values(params).some((c) => c.kind === "refused" || c.kind === "twice"),
        );
      const before = await storedRows(t.database.db);
      const audit = (await accountRows(t.database.db)).audit_log;
      await fc.assert(
        fc.asyncProperty(queries, async ({ params, code }) => {
          const query = Object.entries(params).flatMap(([name, c]) => {
            const valid = route.params[name]!.valid;
            const pair = (value: string) => `${name}=${encoded(value)}`;
            if (c.kind === "absent") return [];
            if (c.kind === "twice") return [pair(valid), pair(valid)];
            return [pair(c.kind === "valid" ? valid : c.value)];
          });
          const url = `${route.path(code === null ? (route.code?.valid ?? "") : encoded(code))}?${query.join("&")}`;
          const res = await admin.request("GET", url);
          const seen = `${url.slice(0, 300)} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
          // A path segment that is no code may not reach the route at all ("", "..", "a/b"): a 404 then.
          expect(code !== null && res.status === 404 ? 404 : res.status, seen).toBe(
            code !== null && res.status === 404 ? 404 : 400,
          );
          expect(typeof res.body?.error?.code, seen).toBe("string");
          if (res.status === 400) {
            expect(res.body.error.fields.length, seen).toBeGreaterThan(0);
            for (const f of res.body.error.fields) {
              expect([...names, "code"], seen).toContain(String(f.field).split(".")[0]);
              expect(typeof f.reason, seen).toBe("string");
            }
          }
          expect(JSON.stringify(res.body), seen).not.toContain(RRN_SAMPLE);
          expect(await storedRows(t.database.db), seen).toEqual(before);
          expect((await accountRows(t.database.db)).audit_log, seen).toBe(audit);
        }),
        { numRuns: RUNS, seed: SEED },
      );
      // Broken percent escapes and an encoded lone surrogate, in every parameter: answered, never a 5xx.
      for (const name of names) {
        for (const raw of ["%", "%E0%A4%A", "%ED%A0%80", "%C0%AF", "%FF", "%2"]) {
          const res = await admin.request("GET", `${route.path(route.code?.valid ?? "")}?${name}=${raw}`);
          expect(res.status, `${name}=${raw} → ${res.status}`).toBeLessThan(500);
        }
      }
    },
  );

  /**
   * The public self-check stores nothing, and what it is given may be a fair question (any known
   * field with any value), so a 2xx is allowed here; a 5xx, a write or an audit entry is not.
   * The hand-written bodies add what random JSON rarely reaches: prototype keys in the map of
   * declared experience, the edges of the calendar and of every figure, a long history.
   */
  it("POST /eligibility (public) never answers 5xx and stores nothing", async () => {
    const visitor = t.agent();
    const valid = {
      birthDate: "1958-05-10",
      regionCode: "11620",
      date: "2026-03-02",
      householdSize: 2,
      householdIncomeMonthly: 1_500_000,
      propertyValue: 50_000_000,
      dependants: 1,
      receivesBasicPension: true,
      livelihoodBenefit: false,
      employeeHealthInsurance: false,
      longTermCareGrade: false,
      employed: false,
      unemployedMonths: 6,
      groups: ["senior"],
      experienceYears: { 돌봄: 3 },
      certificates: ["요양보호사"],
      participations: [{ program: "public_works", start: "2025-03-03", end: "2025-06-30", field: "care" }],
    };
    const probe = await visitor.request("POST", "/api/eligibility", valid);
    expect(probe.status, JSON.stringify(probe.body).slice(0, 500)).toBe(200);
    const base = '"birthDate":"1958-05-10","regionCode":"11620"';
    const edges = [
      ...[...HOSTILE_KEYS, "비고"].map((key) => `{${base},"experienceYears":{${JSON.stringify(key)}:3}}`),
      `{${base},"date":"9999-12-31"}`,
      `{${base},"date":"2019-12-31"}`,
      '{"birthDate":"0000-01-01","regionCode":"11620","date":"0000-12-31"}',
      '{"birthDate":"2026-03-02","regionCode":"11620","date":"2026-03-02"}',
      '{"birthDate":"1958-05-10","regionCode":"99999"}',
      `{${base},"householdSize":20,"householdIncomeMonthly":100000000000,"propertyValue":100000000000,"dependants":20,"longTermCareGrade":6,"unemployedMonths":600}`,
      `{${base},"householdSize":1,"householdIncomeMonthly":0,"propertyValue":0,"longTermCareGrade":0}`,
      JSON.stringify({
        birthDate: "1958-05-10",
        regionCode: "11620",
        participations: Array.from({ length: 100 }, (_, i) => ({
          program: i % 2 ? "public_works" : "community_jobs",
          start: "0000-01-01",
          end: "9999-12-31",
          field: `분야${i}`,
        })),
      }),
    ].map((body): [string] => [body]);
    const before = await storedRows(t.database.db);
    const accounts = await accountRows(t.database.db);
    await fc.assert(
      fc.asyncProperty(hostileBodies(valid), async (body) => {
        const res = await visitor.request("POST", "/api/eligibility", body);
        const seen = `${body.slice(0, 200)} → ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`;
        expect(res.status, seen).toBeLessThan(500);
        if (res.status >= 300) expect(typeof res.body?.error?.code, seen).toBe("string");
        else expect(Array.isArray(res.body?.results), seen).toBe(true);
        expect(await storedRows(t.database.db), seen).toEqual(before);
        expect(await accountRows(t.database.db), seen).toEqual(accounts);
      }),
      { numRuns: RUNS, seed: SEED, examples: [...poisonedExamples(valid), ...edges] },
    );
  });

  /**
   * Sign-in, sign-up and unmasking, each from a fresh client without cookies (and, for sign-in, a
   * fresh IP address, so that the IP throttle does not turn every later input into a 429 before
   * it reaches the checks). Never a 5xx, never a 2xx, no Set-Cookie, no account or session made.
   * A refused unmask writes no audit entry; a sign-in refused for its shape (400) writes nothing
   * at all, one refused for its credentials (401, 429) may count the failure and audit it.
   */
  const accountEndpoints = [
    {
      label: "POST /auth/login",
      path: () => "/api/auth/login",
      valid: () => ({ email: "nobody.fuzz@test.maeul.kr", password: "not-the-password-123" }),
      probeStatus: 401,
      mayRecordFailure: true,
    },
    {
      label: "POST /auth/signup",
      path: () => "/api/auth/signup",
      valid: () => ({
        email: "fuzz.signup@test.maeul.kr",
        password: "a-long-enough-passphrase-42",
        name: "홍길동",
      }),
      probeStatus: 201,
      mayRecordFailure: false,
      // Any text is a good new password (it is only hashed); the rule is about length and commonness.
      opaque: ["password"],
    },
    {
      label: "POST /residents/{id}/unmask",
      path: () => `/api/residents/${ids.resident}/unmask`,
      valid: () => ({ reason: "참여자 본인 확인 전화" }),
      probeStatus: 200,
      mayRecordFailure: false,
    },
  ];

  it.each(accountEndpoints.map((e) => [e.label, e] as const))(
    "%s answers 4xx, sets no cookie and writes nothing",
    async (_, endpoint) => {
      const path = endpoint.path();
      const valid = endpoint.valid();
      const checks = { opaque: "opaque" in endpoint ? endpoint.opaque : [] };
      const unmask = path.endsWith("/unmask");
      let clients = 0;
      /** The officer's session for unmasking; for the auth routes a client with no cookies, from its own address. */
      const send = (body: unknown) => {
        const ip = `198.18.${Math.floor(++clients / 250) % 250}.${(clients % 250) + 1}`;
        return unmask
          ? admin.request("POST", path, body, { ip })
          : t.agent({ ip }).request("POST", path, body);
      };
      // The valid body is answered as such (sign-up with another address, as this one is the generators' base).
      const probe = await send(
        endpoint.label.includes("signup") ? { ...valid, email: "fuzz.probe@test.maeul.kr" } : valid,
      );
      expect(probe.status, JSON.stringify(probe.body)).toBe(endpoint.probeStatus);
      await fc.assert(
        fc.asyncProperty(hostileBodies(valid, checks), async (body) => {
          const before = await accountRows(t.database.db);
          const rowsBefore = await storedRows(t.database.db);
          const res = await send(body);
          const seen = `${res.status} ${JSON.stringify(res.body).slice(0, 500)}`;
          expect(res.status, seen).toBeGreaterThanOrEqual(400);
          expect(res.status, seen).toBeLessThan(500);
          expect(typeof res.body?.error?.code, seen).toBe("string");
          expect(
            res.headers.getSetCookie().filter((c) => !/max-age=0/i.test(c)),
            seen,
          ).toEqual([]);
          expect(await storedRows(t.database.db)).toEqual(rowsBefore);
          const after = await accountRows(t.database.db);
          const failureRecorded = endpoint.mayRecordFailure && res.status !== 400;
          expect(after, seen).toEqual(
            failureRecorded
              ? { ...before, login_throttle: after.login_throttle, audit_log: after.audit_log }
              : before,
          );
        }),
        { numRuns: AUTH_RUNS, seed: SEED, examples: poisonedExamples(valid, checks) },
      );
    },
  );
});
