import ExcelJS from "exceljs";
import { type ImportTable, toImportTable, unreadableFile } from "./import-table.ts";

/** The first worksheet of an XLSX workbook, every cell as the text a person would type. */
export async function readXlsxTable(bytes: Uint8Array): Promise<ImportTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw unreadableFile(
      `XLSX 파일을 읽을 수 없습니다: ${(error as Error).message}`,
      `Cannot read the XLSX file: ${(error as Error).message}`,
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadableFile("XLSX 파일에 시트가 없습니다.", "The XLSX file has no worksheet.");
  const rows: { rowNumber: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    rows.push({ rowNumber, cells: Array.from(cells, (c) => c ?? "") });
  });
  return toImportTable("xlsx", null, rows);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  // Excel dates carry no zone; exceljs reads them as midnight UTC.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value)
    return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("text" in value) return String(value.text);
  if ("error" in value) return "";
  return "";
}
