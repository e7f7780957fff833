import path from "node:path";
import type { ImportTable } from "./import-table.ts";
import { unreadableFile } from "./import-table.ts";
import { readCsvTable } from "./read-csv.ts";
import { readXlsxTable } from "./read-xlsx.ts";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * Reads an import file as a table. The format comes from the content (an XLSX file is a ZIP
 * archive), so a workbook saved with the wrong extension still reads; old .xls and other
 * formats are refused with a message saying what to do.
 */
export async function readImportTable(bytes: Uint8Array, fileName: string): Promise<ImportTable> {
  const extension = path.extname(fileName).toLowerCase();
  if (bytes.length === 0) {
    throw unreadableFile("빈 파일입니다.", "The file is empty.");
  }
  if (startsWith(bytes, ZIP_MAGIC)) return readXlsxTable(bytes);
  if (startsWith(bytes, OLE_MAGIC) || extension === ".xls") {
    throw unreadableFile(
      "예전 Excel 형식(.xls)은 읽을 수 없습니다. XLSX 또는 CSV로 저장해 주세요.",
      "The old Excel format (.xls) is not supported; save the file as XLSX or CSV.",
    );
  }
  if (extension === ".xlsx") {
    throw unreadableFile("XLSX 파일이 아니거나 손상되었습니다.", "The file is not a valid XLSX workbook.");
  }
  if (!["", ".csv", ".tsv", ".txt"].includes(extension)) {
    throw unreadableFile(
      `CSV 또는 XLSX 파일만 가져올 수 있습니다 (받은 파일: ${extension}).`,
      `Only CSV and XLSX files can be imported (got ${extension}).`,
    );
  }
  return readCsvTable(bytes);
}
