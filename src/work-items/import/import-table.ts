import { AppError } from "../../shared/errors.ts";

/** A spreadsheet read from a file: its header cells and its data rows, every cell as text. */
export interface ImportTable {
  format: "csv" | "xlsx";
  /** For CSV: the encoding it was decoded from. */
  encoding: "utf-8" | "cp949" | null;
  headers: string[];
  /** Data rows that have at least one non-blank cell. */
  rows: ImportRow[];
}

export interface ImportRow {
  /** The row number as a spreadsheet shows it (the header is usually row 1). */
  rowNumber: number;
  cells: string[];
}

/** An import file that cannot be read at all (as opposed to rows with bad values). */
export function unreadableFile(ko: string, en: string): AppError {
  return new AppError("bad_request", { ko, en });
}

/** The first non-blank row is the header; blank rows after it are skipped. */
export function toImportTable(
  format: ImportTable["format"],
  encoding: ImportTable["encoding"],
  rows: ReadonlyArray<{ rowNumber: number; cells: string[] }>,
): ImportTable {
  const filled = rows.filter((r) => r.cells.some((c) => c.trim() !== ""));
  const [header, ...data] = filled;
  if (!header)
    throw unreadableFile(
      "빈 파일입니다. 첫 행에 열 제목이 있어야 합니다.",
      "The file is empty; the first row must hold the column headers.",
    );
  if (data.length === 0) {
    throw unreadableFile(
      "열 제목 아래에 가져올 행이 없습니다.",
      "There are no rows to import below the header.",
    );
  }
  return {
    format,
    encoding,
    headers: header.cells.map((c) => c.trim()),
    rows: data.map((r) => ({ rowNumber: r.rowNumber, cells: r.cells.map((c) => c.trim()) })),
  };
}
