import { readCsv } from "../../regions/source-data/read-source-file.ts";

/**
 * Reads the real 2022 노인일자리 project list (한국노인인력개발원 via data.go.kr, cp949).
 * Keeps approved, undeleted rows and maps the published pre-2023 시군구 codes to today's.
 */
export interface SeniorJobProjectRecord {
  projectNo: string;
  year: number;
  projectType: "public_interest" | "social_service" | "market";
  activityType: string;
  name: string;
  regionCode: string | null;
  sidoCode: string;
  scope: "sigungu" | "city" | "sido";
  sourceRegionCode: string;
  startDate: string | null;
  endDate: string | null;
  targetJobs: number;
}

const PROJECT_TYPES: Record<string, SeniorJobProjectRecord["projectType"]> = {
  공익활동형: "public_interest",
  사회서비스형: "social_service",
  시장형: "market",
};

/**
 * Code changes since 2022: 강원 42→51 (2023-06-11), 전북 45→52 (2024-01-18), 군위군 경북 47720 →
 * 대구 27720 (2023-07-01). The 시군구 part of the code stayed the same in each case.
 * (The file is 2022 data, yet some rows still carry 인천 남구's pre-2018 code.)
 */
export function mapLegacySigunguCode(code: string): string {
  if (code === "47720") return "27720";
  // 인천 남구 became 미추홀구 on 2018-07-01 with a new code.
  if (code === "28170") return "28177";
  if (code.startsWith("42")) return `51${code.slice(2)}`;
  if (code.startsWith("45")) return `52${code.slice(2)}`;
  return code;
}

export interface SeniorJobLoadResult {
  projects: SeniorJobProjectRecord[];
  skipped: { deleted: number; notApproved: number; unknownRegion: number; duplicate: number };
}

export function loadSeniorJobProjects(knownSigungu: Set<string>): SeniorJobLoadResult {
  const [header, ...rows] = readCsv("programs/kordi_senior_job_projects_2022.csv", "cp949");
  if (!header) throw new Error("senior job project file is empty");
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`senior job project file has no column ${name}`);
    return i;
  };
  const c = {
    type: col("사업유형"),
    no: col("사업번호"),
    year: col("사업년도"),
    activity: col("사업유형코드"),
    name: col("사업명"),
    region: col("시군구코드"),
    start: col("사업기간시작일"),
    end: col("사업기간종료일"),
    status: col("사업계획서상태코드"),
    target: col("목표일자리수"),
    deleted: col("삭제여부"),
  };
  const skipped = { deleted: 0, notApproved: 0, unknownRegion: 0, duplicate: 0 };
  const byNo = new Map<string, SeniorJobProjectRecord>();
  for (const row of rows) {
    if (row[c.deleted] !== "N") {
      skipped.deleted++;
      continue;
    }
    if (row[c.status] !== "승인완료") {
      skipped.notApproved++;
      continue;
    }
    const sourceRegionCode = mapLegacySigunguCode((row[c.region] ?? "").slice(0, 5));
    const place = resolvePlace(sourceRegionCode, knownSigungu);
    const projectType = PROJECT_TYPES[row[c.type] ?? ""];
    if (!place || !projectType) {
      skipped.unknownRegion++;
      continue;
    }
    const projectNo = row[c.no]!;
    if (byNo.has(projectNo)) skipped.duplicate++;
    // A project number appears once per plan revision; the file lists the approved one.
    byNo.set(projectNo, {
      projectNo,
      year: Number(row[c.year]),
      projectType,
      activityType: row[c.activity] ?? "",
      name: row[c.name] ?? "",
      ...place,
      sourceRegionCode,
      startDate: isoDate(row[c.start]),
      endDate: isoDate(row[c.end]),
      targetJobs: Number(row[c.target]) || 0,
    });
  }
  return { projects: [...byNo.values()], skipped };
}

/**
 * Where a project belongs: its 시군구; or a whole city that the boundaries split into 일반구
 * (수원시 41110 → 41111…41117); or a 시도 itself ("직속", xx009). 부천시 is one unit in the
 * boundaries, so its 구 codes (41192…) fold into 41190.
 */
export function resolvePlace(
  code: string,
  known: Set<string>,
): Pick<SeniorJobProjectRecord, "regionCode" | "sidoCode" | "scope"> | null {
  const sidoCode = code.slice(0, 2);
  if (known.has(code)) return { regionCode: code, sidoCode, scope: "sigungu" };
  const city = `${code.slice(0, 4)}0`;
  if (known.has(city)) return { regionCode: city, sidoCode, scope: "sigungu" };
  const cityDistricts = [...known].filter((k) => k.startsWith(code.slice(0, 4)) && k !== code);
  if (code.endsWith("0") && cityDistricts.length > 0) return { regionCode: null, sidoCode, scope: "city" };
  if (code.endsWith("009") && [...known].some((k) => k.startsWith(sidoCode)))
    return { regionCode: null, sidoCode, scope: "sido" };
  return null;
}

function isoDate(text: string | undefined): string | null {
  return text && /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null;
}
