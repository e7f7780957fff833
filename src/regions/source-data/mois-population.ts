import { parseKoreanNumber } from "./read-source-file.ts";

/**
 * Parsers for 행정안전부 주민등록 인구통계 exports. Each row's first cell is a label such as
 * "서울특별시 관악구 (1162000000)": the name, then the 10-digit 행정기관코드 whose first five
 * digits are the 시군구 code.
 */
export interface MoisRow {
  code10: string;
  name: string;
  level: "nation" | "sido" | "sigungu" | "eupmyeondong";
  cells: string[];
}

const LABEL = /^(.*?)\s*\((\d{10})\)\s*$/;

export function parseMoisLabel(label: string): { name: string; code10: string } | null {
  const match = LABEL.exec(label.trim());
  if (!match) return null;
  return { name: match[1]!.trim().replace(/\s+/g, " "), code10: match[2]! };
}

export function moisLevel(code10: string): MoisRow["level"] {
  if (code10 === "1000000000") return "nation";
  if (code10.endsWith("00000000")) return "sido";
  if (code10.endsWith("00000")) return "sigungu";
  return "eupmyeondong";
}

export function parseMoisRows(rows: string[][]): { header: string[]; rows: MoisRow[] } {
  const [header, ...body] = rows;
  if (!header) throw new Error("MOIS file is empty");
  const parsed: MoisRow[] = [];
  for (const cells of body) {
    const label = parseMoisLabel(cells[0] ?? "");
    if (!label) continue;
    parsed.push({ ...label, level: moisLevel(label.code10), cells });
  }
  return { header, rows: parsed };
}

/** Finds the columns "…_0세" … "…_99세", "…_100세 이상" whose header contains `prefix`. */
export function singleYearAgeColumns(header: string[], prefix: string): number[] {
  const columns: number[] = [];
  for (let age = 0; age <= 100; age++) {
    const suffix = age === 100 ? "_100세 이상" : `_${age}세`;
    const index = header.findIndex((h) => h.includes(prefix) && h.endsWith(suffix));
    if (index < 0) throw new Error(`MOIS file has no column for age ${age} (${prefix})`);
    columns.push(index);
  }
  return columns;
}

export function valuesAt(cells: string[], columns: number[]): number[] {
  return columns.map((c) => parseKoreanNumber(cells[c]) ?? 0);
}

export function columnIndex(header: string[], predicate: (h: string) => boolean, what: string): number {
  const index = header.findIndex(predicate);
  if (index < 0) throw new Error(`MOIS file has no ${what} column`);
  return index;
}
