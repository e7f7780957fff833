import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countRows, organizationBody, residentBody, workItemBody } from "../helpers/api-fixtures.ts";
import { createTestApp } from "../helpers/test-app.ts";
import { testDatabaseKinds } from "../helpers/test-database.ts";

/**
 * Property: whatever JSON (or non-JSON) a client sends to a write endpoint, the answer is a 4xx
 * with an error body, never a 5xx, and no row is added or changed. Every generated body is
 * invalid by construction (not an object, an unknown or prototype-polluting key, a wrong value
 * for a known field, or a valid body with one poisoned field), so a 2xx is a failure too. The
 * poisoned bodies matter most: they pass every check but one, so a missing check reaches the
 * database. Seeded for reproducible runs; set FC_SEED to explore other inputs.
 */

const SEED = Number(process.env.FC_SEED ?? 20_260_302);
const RUNS = 50;

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

/** A valid body with one or more fields poisoned; for work items also dates JavaScript accepts and PostgreSQL does not. */
function poisoned(valid: Record<string, unknown>): fc.Arbitrary<string> {
  const keys = Object.keys(valid);
  const arbitraries: fc.Arbitrary<Record<string, unknown>>[] = [
    fc
      .dictionary(fc.constantFrom(...keys), poison, { minKeys: 1, maxKeys: 2 })
      .map((p) => ({ ...valid, ...p })),
  ];
  const personal = valid.personal as Record<string, unknown> | undefined;
  if (personal) {
    arbitraries.push(
      fc
        .dictionary(fc.constantFrom(...Object.keys(personal)), poison, { minKeys: 1 })
        .map((p) => ({ ...valid, personal: { ...personal, ...p } })),
    );
  }
  if ("startDate" in valid) {
    arbitraries.push(
      fc.constantFrom("0000-01-01", "0000-12-31").map((d) => ({ ...valid, startDate: d, endDate: d })),
    );
  }
  return fc.oneof(...arbitraries).map((body) => JSON.stringify(body));
}

function hostileBodies(valid: Record<string, unknown>): fc.Arbitrary<string> {
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
    poisoned(valid),
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

describe.each(await testDatabaseKinds())("hostile input to write endpoints on %s", (kind) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: Awaited<ReturnType<typeof t.signedIn>>;
  const ids = { organization: "", workItem: "", resident: "" };

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.signedIn("system_admin");
    ids.organization = (await admin.request("POST", "/api/organizations", organizationBody())).body.id;
    ids.workItem = (await admin.request("POST", "/api/work-items", workItemBody(ids.organization))).body.id;
    ids.resident = (await admin.request("POST", "/api/residents", residentBody())).body.id;
  });
  afterAll(() => t.dispose());

  /** The valid body of each endpoint, which the generators start from or take the keys of. */
  const workItemEdit = () => {
    const { organizationId: _, ...edit } = workItemBody(ids.organization);
    return edit;
  };
  const endpoints = [
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
  ];

  it.each(endpoints.map((e) => [e.label, e] as const))(
    "%s answers 4xx and writes nothing",
    async (_, endpoint) => {
      const path = endpoint.path();
      const valid = endpoint.valid() as Record<string, unknown>;
      // The valid body itself is accepted, so the 4xx below are about the hostile part only.
      const probe = await admin.request(endpoint.method, path, valid);
      expect(probe.status, JSON.stringify(probe.body)).toBeLessThan(300);
      const target = endpoint.method === "PATCH" ? await admin.request("GET", path) : null;
      const before = await countRows(t.database.db);
      await fc.assert(
        fc.asyncProperty(hostileBodies(valid), async (body) => {
          const res = await admin.request(endpoint.method, path, body);
          expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBeGreaterThanOrEqual(400);
          expect(res.status).toBeLessThan(500);
          expect(typeof res.body?.error?.code).toBe("string");
          expect(await countRows(t.database.db)).toEqual(before);
        }),
        { numRuns: RUNS, seed: SEED },
      );
      if (target) expect(await admin.request("GET", path)).toMatchObject({ status: 200, body: target.body });
    },
  );
});
