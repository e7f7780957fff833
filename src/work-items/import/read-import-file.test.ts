import fs from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readImportTable } from "./read-import-file.ts";
import { writeXlsxTable } from "./write-xlsx.ts";

const examples = path.resolve(import.meta.dirname, "../../../examples");
const read = (name: string) => fs.readFileSync(path.join(examples, name));

describe("readImportTable", () => {
  it("reads the example CSV (UTF-8 with BOM) with its Korean headers", async () => {
    const table = await readImportTable(read("work-items.csv"), "work-items.csv");
    expect(table).toMatchObject({ format: "csv", encoding: "utf-8" });
    expect(table.headers.slice(0, 4)).toEqual(["제목", "설명", "기관ID", "분야"]);
    expect(table.rows).toHaveLength(6);
    expect(table.rows[0]).toMatchObject({ rowNumber: 2 });
    expect(table.rows[0]!.cells[0]).toBe("신림동 원룸촌 안심 귀갓길 순찰");
  });

  it("detects cp949 (EUC-KR) and reads the same table as the UTF-8 file", async () => {
    const utf8 = await readImportTable(read("work-items.csv"), "work-items.csv");
    const cp949 = await readImportTable(read("work-items-cp949.csv"), "work-items-cp949.csv");
    expect(cp949.encoding).toBe("cp949");
    expect(cp949.headers).toEqual(utf8.headers);
    expect(cp949.rows).toEqual(utf8.rows);
  });

  it("reads UTF-8 without a BOM, and cp949 text with syllables outside EUC-KR", async () => {
    const text = "제목,설명\n똠얌꿍 만들기,뷁\n";
    expect((await readImportTable(Buffer.from(text, "utf8"), "a.csv")).rows[0]!.cells).toEqual([
      "똠얌꿍 만들기",
      "뷁",
    ]);
    const table = await readImportTable(iconv.encode(text, "cp949"), "a.csv");
    expect(table.encoding).toBe("cp949");
    expect(table.rows[0]!.cells).toEqual(["똠얌꿍 만들기", "뷁"]);
  });

  it("reads the example XLSX to the same table as the CSV, and reads XLSX dates as YYYY-MM-DD", async () => {
    const csv = await readImportTable(read("work-items.csv"), "work-items.csv");
    const xlsx = await readImportTable(read("work-items.xlsx"), "work-items.xlsx");
    expect(xlsx).toMatchObject({ format: "xlsx", encoding: null });
    expect(xlsx.headers).toEqual(csv.headers);
    expect(xlsx.rows).toEqual(csv.rows);

    const bytes = await writeXlsxTable(["제목", "시작일", "모집인원"], []);
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    workbook.worksheets[0]!.addRow(["축제 지원", new Date(Date.UTC(2026, 9, 9)), 15]);
    const withDate = Buffer.from(await workbook.xlsx.writeBuffer());
    const table = await readImportTable(withDate, "dates.xlsx");
    expect(table.rows[0]!.cells).toEqual(["축제 지원", "2026-10-09", "15"]);
  });

  it("skips blank rows but keeps spreadsheet row numbers", async () => {
    const table = await readImportTable(Buffer.from("\n제목,설명\n가,나\n,\n다,라\n"), "a.csv");
    expect(table.rows.map((r) => r.rowNumber)).toEqual([3, 5]);
  });

  it("refuses files that are empty, hold no rows, or are not CSV/XLSX", async () => {
    await expect(readImportTable(Buffer.alloc(0), "a.csv")).rejects.toMatchObject({
      code: "bad_request",
      messageEn: "The file is empty.",
    });
    await expect(readImportTable(Buffer.from("\n\n"), "a.csv")).rejects.toMatchObject({
      messageKo: expect.stringContaining("빈 파일"),
    });
    await expect(readImportTable(Buffer.from("제목,설명\n"), "a.csv")).rejects.toMatchObject({
      messageEn: expect.stringContaining("no rows"),
    });
    await expect(readImportTable(Buffer.from("{}"), "a.json")).rejects.toMatchObject({
      messageEn: expect.stringContaining(".json"),
    });
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(readImportTable(ole, "old.xls")).rejects.toMatchObject({
      messageEn: expect.stringContaining(".xls"),
    });
    await expect(readImportTable(Buffer.from("PK\u0003\u0004garbage"), "broken.xlsx")).rejects.toMatchObject({
      messageEn: expect.stringContaining("Cannot read the XLSX"),
    });
    await expect(readImportTable(Buffer.from("hello"), "a.xlsx")).rejects.toMatchObject({
      code: "bad_request",
    });
    await expect(
      readImportTable(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), "a.csv"),
    ).rejects.toMatchObject({
      messageEn: "This is not a CSV or XLSX file.",
    });
  });
});
