// Regenerates the derived example files from examples/work-items.csv (UTF-8 with BOM):
//   examples/work-items-cp949.csv  the same rows in cp949, as Excel on Korean Windows saves "CSV"
//   examples/work-items.xlsx       the same rows as an XLSX workbook
// Run: npx tsx examples/make-example-files.ts   (the unit tests check the files still agree)
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import { readCsvTable } from "../src/work-items/import/read-csv.ts";
import { writeXlsxTable } from "../src/work-items/import/write-xlsx.ts";

const dir = path.dirname(fileURLToPath(import.meta.url));
const source = fs.readFileSync(path.join(dir, "work-items.csv"));
const text = new TextDecoder("utf-8").decode(source.subarray(3));
fs.writeFileSync(path.join(dir, "work-items-cp949.csv"), iconv.encode(text, "cp949"));
const table = readCsvTable(source);
fs.writeFileSync(path.join(dir, "work-items.xlsx"), await writeXlsxTable(table.headers, table.rows.map((r) => r.cells)));
console.log(`wrote work-items-cp949.csv and work-items.xlsx (${table.rows.length} rows)`);
