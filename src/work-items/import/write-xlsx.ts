import ExcelJS from "exceljs";

/** A one-sheet XLSX workbook with a bold header row: for import templates and example files. */
export async function writeXlsxTable(
  headers: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  sheetName = "일감",
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  // A fixed date keeps the file identical from one run to the next.
  workbook.created = new Date("2026-01-01T00:00:00Z");
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([...headers]).font = { bold: true };
  for (const row of rows) sheet.addRow([...row]);
  sheet.columns.forEach((column) => {
    column.width = 16;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
