import { parse } from "csv-parse/sync";
import { decodeText } from "./decode-text.ts";
import { type ImportTable, toImportTable, unreadableFile } from "./import-table.ts";

/** A CSV (comma- or tab-separated) file, UTF-8 with or without BOM, or cp949. */
export function readCsvTable(bytes: Uint8Array): ImportTable {
  const { text, encoding } = decodeText(bytes);
  if (text.includes("\u0000")) {
    throw unreadableFile("CSV 또는 XLSX 파일이 아닙니다.", "This is not a CSV or XLSX file.");
  }
  const firstLine = text.split("\n", 1)[0] ?? "";
  const delimiter = firstLine.includes("\t") && !firstLine.includes(",") ? "\t" : ",";
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    });
  } catch (error) {
    throw unreadableFile(
      `CSV 파일을 읽을 수 없습니다: ${(error as Error).message}`,
      `Cannot read the CSV file: ${(error as Error).message}`,
    );
  }
  return toImportTable(
    "csv",
    encoding,
    records.map((cells, i) => ({ rowNumber: i + 1, cells })),
  );
}
