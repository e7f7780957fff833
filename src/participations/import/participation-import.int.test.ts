import ExcelJS from "exceljs";
import fc from "fast-check";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { residentBody } from "../../../tests/helpers/api-fixtures.ts";
import { createTestApp, type TestAgent } from "../../../tests/helpers/test-app.ts";
import { testDatabaseKinds } from "../../../tests/helpers/test-database.ts";
import { searchAudit } from "../../audit/audit.repository.ts";
import { verifyAuditChain } from "../../audit/verify-audit-chain.ts";

/**
 * POST /api/participations/import: CSV (UTF-8, cp949) or XLSX, people named by id or by name +
 * phone + birth year (the blind index), every row checked, all or nothing, each participation
 * audited; within the officer's region.
 */
const HEADER = "주민ID,이름,전화번호,출생연도,사업,시작일,종료일,주당시간,분야";

describe.each(await testDatabaseKinds())("participation history import on %s", (kind) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let officer: TestAgent;
  const ids = { kimOld: "", kimYoung: "", lee: "", suwon: "" };
  const person = (name: string, phone: string, birthYear: number, regionCode = "11620") =>
    residentBody({ regionCode, birthYear, personal: { name, phone, address: "서울 관악구 관악로 1" } });

  beforeAll(async () => {
    t = await createTestApp(kind);
    officer = await t.signedIn("district_officer", { regionCode: "11620" });
    const admin = await t.signedIn("system_admin");
    const create = async (body: unknown, by = officer) =>
      (await by.request("POST", "/api/residents", body)).body.id;
    ids.kimOld = await create(person("김철수", "010-1111-2222", 1960));
    ids.kimYoung = await create(person("김철수", "010-3333-4444", 1975));
    ids.lee = await create(person("이영희", "010-5555-6666", 1968));
    ids.suwon = await create(person("박수원", "010-7777-8888", 1962, "41115"), admin);
  });
  afterAll(() => t.dispose());

  /** Sends bytes as the request body (the agent's cookies, Origin as a browser sends it). */
  async function upload(agent: TestAgent | null, body: BodyInit, contentType?: string, query = "") {
    const cookie = agent ? [...agent.cookies].map(([k, v]) => `${k}=${v}`).join("; ") : "";
    const response = await t.app.request(`/api/participations/import${query}`, {
      method: "POST",
      headers: {
        Origin: "http://localhost",
        ...(cookie ? { Cookie: cookie } : {}),
        ...(contentType ? { "Content-Type": contentType } : {}),
      },
      body,
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }
  const csv = (...lines: string[]) => `${[HEADER, ...lines].join("\n")}\n`;
  const historyOf = async (id: string) =>
    (await officer.request("GET", `/api/residents/${id}/participations`)).body.items as {
      programCode: string;
      startDate: string;
      source: string;
      hoursPerWeek: number | null;
      field: string | null;
    }[];
  const participationCount = async () =>
    Number(
      (
        (await t.database.db.execute("select count(*)::int as n from participations")) as unknown as {
          rows: { n: number }[];
        }
      ).rows[0]!.n,
    );

  it("imports rows naming people by id or by name with phone or birth year, and audits each", async () => {
    const file = csv(
      `,김철수,010-1111-2222,,공공근로,2025-03-02,2025-06-30,25,돌봄`,
      `,김철수,,1975,지역공동체일자리,2025.4.1,2025.9.30,30시간,환경`,
      `${ids.lee},,,,노인일자리 공익활동형,2024-03-01,2024-12-31,,`,
    );
    const res = await upload(officer, file, "text/csv; charset=utf-8", "?region=11620");
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ rows: 3, imported: 3, residents: 3, dryRun: false, errors: [] });
    expect(await historyOf(ids.kimOld)).toEqual([
      expect.objectContaining({
        programCode: "public_works",
        startDate: "2025-03-02",
        source: "imported",
        hoursPerWeek: 25,
        field: "care",
      }),
    ]);
    expect((await historyOf(ids.kimYoung))[0]).toMatchObject({
      programCode: "community_jobs",
      field: "environment",
    });
    expect((await historyOf(ids.lee))[0]).toMatchObject({ programCode: "senior_public_interest" });

    const audit = await searchAudit(t.database.db, {
      action: "create",
      subjectType: "participation",
      page: 1,
      pageSize: 100,
    });
    const entries = audit.rows.filter(
      (r) => (r.details as { importId?: string }).importId === res.body.importId,
    );
    expect(entries).toHaveLength(3);
    expect(entries.map((e) => (e.details as { residentId: string }).residentId).sort()).toEqual(
      [ids.kimOld, ids.kimYoung, ids.lee].sort(),
    );
    expect(entries.every((e) => e.actorRole === "district_officer" && e.regionCode === "11620")).toBe(true);
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });

  it("reads a cp949 CSV and an XLSX workbook sent as a form (dry run: nothing written)", async () => {
    const before = await participationCount();
    const korean = new Uint8Array(
      iconv.encode(csv(`,이영희,5555-6666,1968,공공근로,2026-01-05,2026-02-27,20,안전`), "cp949"),
    );
    const fromCp949 = await upload(officer, korean, "text/csv", "?dryRun=true");
    expect(fromCp949.status, JSON.stringify(fromCp949.body)).toBe(200);
    expect(fromCp949.body).toMatchObject({ rows: 1, imported: 0, dryRun: true, errors: [] });

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("참여이력");
    sheet.addRow(HEADER.split(","));
    sheet.addRow([
      "",
      "이영희",
      "010-5555-6666",
      1968,
      "공공근로",
      new Date(Date.UTC(2026, 0, 5)),
      "2026-02-27",
      20,
    ]);
    const form = new FormData();
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    form.append("file", new File([bytes], "이력.xlsx"));
    const fromXlsx = await upload(officer, form, undefined, "?dryRun=1");
    expect(fromXlsx.status, JSON.stringify(fromXlsx.body)).toBe(200);
    expect(fromXlsx.body).toMatchObject({ rows: 1, dryRun: true, errors: [] });
    expect(await participationCount()).toBe(before);
  });

  it("lists every bad row and writes nothing (422)", async () => {
    const before = await participationCount();
    const auditBefore = (await searchAudit(t.database.db, { page: 1, pageSize: 1 })).total;
    const file = csv(
      `,김철수,,,공공근로,2026-01-01,2026-02-28,,`, // row 2: two 김철수: ambiguous
      `,최없음,010-0000-0000,,공공근로,2026-01-01,,,`, // row 3: nobody
      `${ids.lee},,,,없는사업,2026-01-01,,,`, // row 4: unknown program
      `${ids.lee},,,,공공근로,2026-05-01,2026-04-01,,`, // row 5: ends before it starts
      `,김철수,,1960,지역공동체일자리,2025-05-01,2025-08-31,,`, // row 6: overlaps the imported 공공근로
      `,김철수,,1960,공공근로,2025-03-02,2025-06-30,,`, // row 7: the same record again
      `${ids.lee},,,,공공근로,2026-03-01,2026-04-30,,`, // row 8: fine alone…
      `${ids.lee},,,,지역공동체일자리,2026-04-01,2026-05-31,,`, // row 9: …but overlaps row 8
      `${ids.suwon},,,,공공근로,2026-01-01,,,`, // row 10: another district's resident
      `,이영희,,590101-1234567,공공근로,2026-06-01,,,`, // row 11: a 주민등록번호
      `${ids.lee},,,,k_flex,2026-06-01,2026-06-30,60,`, // row 12: more than 52 hours a week
    );
    const res = await upload(officer, file, "text/csv");
    expect(res.status, JSON.stringify(res.body)).toBe(422);
    expect(res.body.error.code).toBe("unprocessable");
    expect(res.body.error.messageKo).toContain("아무것도 가져오지 않았습니다");
    const reasons = (res.body.report.errors as { row: number; reason: string }[]).map(
      (e) => `${e.row}:${e.reason}`,
    );
    expect(reasons).toEqual(
      expect.arrayContaining([
        "2:resident_ambiguous",
        "3:resident_not_found",
        "4:unknown_code",
        "5:end_date_before_start",
        "6:overlap",
        "7:duplicate",
        "9:overlap",
        "10:resident_not_found",
        "11:rrn_not_accepted",
      ]),
    );
    expect(reasons.some((r) => r.startsWith("12:"))).toBe(true);
    expect(reasons.some((r) => r.startsWith("8:"))).toBe(false);
    const overlap = res.body.report.errors.find((e: { row: number }) => e.row === 9);
    expect(overlap.messageKo).toContain("8행");
    expect(res.body.error.fields[0].field).toMatch(/^rows\.2\./);
    expect(JSON.stringify(res.body)).not.toContain("590101-1234567");
    expect(await participationCount()).toBe(before);
    expect((await searchAudit(t.database.db, { page: 1, pageSize: 1 })).total).toBe(auditBefore);
  });

  it("refuses dates before 1990 or more than a year after the import day (the app's clock: 2026-03-02)", async () => {
    const before = await participationCount();
    const bounds = [
      `${ids.lee},,,,공공근로,1990-01-01,1990-06-30,,`, // row 2: the earliest start accepted
      `${ids.lee},,,,공공근로,1989-12-31,1990-03-31,,`, // row 3: a day earlier
      `${ids.kimYoung},,,,공공근로,2027-01-04,2027-03-02,,`, // row 4: ends on the last day accepted
      `${ids.kimOld},,,,공공근로,2027-03-02,,,`, // row 5: starts on it
      `${ids.kimOld},,,,노인일자리 공익활동형,2027-03-03,,,`, // row 6: a day later
      `${ids.lee},,,,공공근로,2026-01-05,9999-12-31,,`, // row 7: an end that means "never"
      `${ids.lee},,,,노인일자리 공익활동형,1900-01-01,,,`, // row 8: a spreadsheet's placeholder
    ];
    const refused = await upload(officer, csv(...bounds), "text/csv", "?dryRun=true");
    expect(refused.status, JSON.stringify(refused.body)).toBe(422);
    expect(
      (refused.body.report.errors as { row: number; column: string; reason: string }[]).map(
        (e) => `${e.row}:${e.column}:${e.reason}`,
      ),
    ).toEqual([
      "3:시작일:before_earliest_start",
      "6:시작일:too_far_ahead",
      "7:종료일:too_far_ahead",
      "8:시작일:before_earliest_start",
    ]);
    expect(refused.body.error.fields).toContainEqual({
      field: "rows.6.startDate",
      reason: "too_far_ahead",
      messageKo: expect.stringMatching(/^6행 시작일: .*2027-03-02까지만 받습니다/),
      messageEn: expect.stringMatching(
        /^Row 6, 시작일: .*more than 1 year after the import date \(2026-03-02\)/,
      ),
    });

    const accepted = await upload(
      officer,
      csv(bounds[0]!, bounds[2]!, bounds[3]!),
      "text/csv",
      "?dryRun=true",
    );
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body).toMatchObject({ rows: 3, errors: [] });
    expect(await participationCount()).toBe(before);
  });

  it("refuses files it cannot read (400) without touching the database", async () => {
    const cases: [BodyInit, string | undefined, string][] = [
      ["", "text/csv", "빈 파일"],
      [`${HEADER}\n`, "text/csv", "가져올 행이 없습니다"],
      ["사업,시작일\n공공근로,2026-01-01\n", "text/csv", "주민ID 또는 이름"],
      ["이름,시작일\n김철수,2026-01-01\n", "text/csv", "사업"],
      [JSON.stringify({ rows: [] }), "application/json", "CSV 또는 XLSX"],
      [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]), "application/octet-stream", ".xls"],
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]), "application/octet-stream", "XLSX"],
      [new Uint8Array([0, 1, 2, 3, 0, 0]), "application/octet-stream", "CSV 또는 XLSX"],
    ];
    const before = await participationCount();
    for (const [body, type, message] of cases) {
      const res = await upload(officer, body, type);
      expect(res.status, `${type} ${message}: ${JSON.stringify(res.body)}`).toBe(400);
      expect(res.body.error.messageKo).toContain(message);
    }
    const noFile = new FormData();
    noFile.append("other", "x");
    expect((await upload(officer, noFile)).status).toBe(400);
    expect(await participationCount()).toBe(before);
  });

  it("answers any file (fuzzed, dry run) with a 4xx or a report, never a 5xx, and writes nothing", async () => {
    const cell = fc.oneof(
      fc.constantFrom(
        "",
        "공공근로",
        "k_flex",
        "2026-02-30",
        "0000-01-01",
        "2026.3.2",
        "김철수",
        "800101-1234567",
        "a\u0000b",
        '"',
        "=cmd|' /C calc'!A0",
        "9".repeat(400),
        ids.lee,
        ids.suwon,
      ),
      fc.string({ maxLength: 20 }),
      fc.double().map(String),
    );
    const table = fc
      .array(fc.array(cell, { minLength: 0, maxLength: 10 }), { minLength: 0, maxLength: 6 })
      .map((rows) =>
        [HEADER, ...rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(","))].join("\n"),
      );
    const body = fc.oneof(
      table.map((text) => ({ bytes: new TextEncoder().encode(text), type: "text/csv" })),
      fc.uint8Array({ maxLength: 2_000 }).map((bytes) => ({ bytes, type: "application/octet-stream" })),
      fc.uint8Array({ maxLength: 500 }).map((tail) => ({
        bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail]),
        type: "application/octet-stream",
      })),
    );
    await fc.assert(
      fc.asyncProperty(body, async ({ bytes, type }) => {
        const before = await participationCount();
        const res = await upload(officer, bytes, type, "?dryRun=true");
        expect([200, 400, 422], JSON.stringify(res.body)).toContain(res.status);
        expect(typeof (res.status === 200 ? res.body.rows : res.body.error.code)).not.toBe("undefined");
        expect(await participationCount()).toBe(before);
      }),
      { numRuns: 40, seed: 20_260_302 },
    );
  });

  it("keeps to the officer's region and role: 403 for another region or role, 401 when signed out", async () => {
    const file = csv(`${ids.suwon},,,,공공근로,2026-07-01,2026-07-31,,`);
    expect((await upload(officer, file, "text/csv", "?region=41115")).status).toBe(403);
    expect((await upload(officer, file, "text/csv", "?region=41")).status).toBe(403);
    const metropolitan = await t.signedIn("metropolitan_officer", { regionCode: "11" });
    expect((await upload(metropolitan, file, "text/csv")).status).toBe(403);
    const resident = await t.signedIn("resident", { residentId: ids.lee });
    expect((await upload(resident, file, "text/csv")).status).toBe(403);
    expect((await upload(null, file, "text/csv")).status).toBe(401);
    // The other district's own officer imports it.
    const suwonOfficer = await t.signedIn("district_officer", { regionCode: "41115" });
    const res = await upload(suwonOfficer, file, "text/csv", "?region=41115");
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.imported).toBe(1);
  });
});
