import { describe, expect, it } from "vitest";
import {
  parseBoolean,
  parseCategory,
  parseCertificates,
  parseDate,
  parseGroups,
  parseKind,
  parseNumber,
  parseProgram,
  parseSchedule,
  parseSkills,
} from "./cell-values.ts";

const value = <T>(result: { ok: true; value: T } | { ok: false }) => (result.ok ? result.value : undefined);

describe("import cell values", () => {
  it("reads Korean labels and codes for categories, kinds and programs", () => {
    expect(value(parseCategory("돌봄"))).toBe("care");
    expect(value(parseCategory("행정 지원"))).toBe("admin_support");
    expect(value(parseCategory("디지털"))).toBe("digital_help");
    expect(value(parseCategory("digital_help"))).toBe("digital_help");
    expect(value(parseKind("일회성"))).toBe("one_off");
    expect(value(parseKind("중기"))).toBe("medium_term");
    expect(value(parseKind("one-off"))).toBe("one_off");
    expect(value(parseProgram("K-공공일자리"))).toBe("k_flex");
    expect(value(parseProgram("서울 동행일자리"))).toBe("seoul_companion");
    expect(value(parseProgram("public_works"))).toBe("public_works");
    const wrong = parseCategory("청소");
    expect(wrong).toMatchObject({ ok: false, reason: "unknown_code" });
  });

  it("reads lists of skills, certificates and groups by label or code, separated by , or ;", () => {
    expect(value(parseSkills("청소·미화, 운전; tutoring"))).toEqual(["cleaning", "driving", "tutoring"]);
    expect(value(parseSkills("미화"))).toEqual(["cleaning"]);
    expect(value(parseCertificates("요양보호사;컴퓨터활용능력"))).toEqual([
      "care_worker",
      "computer_specialist",
    ]);
    expect(value(parseGroups("어르신, 경력단절여성; 저소득층, youth"))).toEqual([
      "senior",
      "career_break_woman",
      "low_income",
      "youth",
    ]);
    expect(parseSkills("운전, 비행")).toMatchObject({ ok: false, messageKo: "목록에 없는 기술입니다: 비행" });
  });

  it("reads yes/no, numbers with separators and units, and dates in common forms", () => {
    for (const yes of ["예", "Y", "yes", "TRUE", "1", "원격"]) expect(value(parseBoolean(yes))).toBe(true);
    for (const no of ["아니오", "아니요", "n", "false", "0"]) expect(value(parseBoolean(no))).toBe(false);
    expect(parseBoolean("가끔")).toMatchObject({ ok: false, reason: "invalid_boolean" });
    expect(value(parseNumber("10,320원"))).toBe(10320);
    expect(value(parseNumber("25시간"))).toBe(25);
    expect(value(parseNumber("37.4842"))).toBe(37.4842);
    expect(parseNumber("만 원")).toMatchObject({ ok: false, reason: "not_a_number" });
    expect(value(parseDate("2026-03-02"))).toBe("2026-03-02");
    expect(value(parseDate("2026.3.2."))).toBe("2026-03-02");
    expect(value(parseDate("2026. 3. 2"))).toBe("2026-03-02");
    expect(value(parseDate("2026/03/02"))).toBe("2026-03-02");
    expect(value(parseDate("20260302"))).toBe("2026-03-02");
    expect(value(parseDate("2026년 3월 2일"))).toBe("2026-03-02");
    expect(parseDate("3월 2일")).toMatchObject({ ok: false, reason: "invalid_date" });
  });

  it("reads compact weekly schedules with Korean or English days, lists and ranges", () => {
    expect(value(parseSchedule("월 09:00-13:00; 수 09:00-13:00"))).toEqual([
      { day: "mon", start: "09:00", end: "13:00" },
      { day: "wed", start: "09:00", end: "13:00" },
    ]);
    expect(value(parseSchedule("월-금 9:00-13:00"))).toHaveLength(5);
    expect(value(parseSchedule("월~수 19:00~23:00"))).toEqual([
      { day: "mon", start: "19:00", end: "23:00" },
      { day: "tue", start: "19:00", end: "23:00" },
      { day: "wed", start: "19:00", end: "23:00" },
    ]);
    expect(value(parseSchedule("월,수,금 10:00-16:00"))?.map((s) => s.day)).toEqual(["mon", "wed", "fri"]);
    expect(value(parseSchedule("월수금 10:00-16:00"))?.map((s) => s.day)).toEqual(["mon", "wed", "fri"]);
    expect(value(parseSchedule("mon-fri 09:00-13:00\nsat 10:00-12:00"))).toHaveLength(6);
    expect(value(parseSchedule("토요일 10:00-12:00"))).toEqual([
      { day: "sat", start: "10:00", end: "12:00" },
    ]);
    expect(parseSchedule("매일 오전")).toMatchObject({ ok: false, reason: "invalid_schedule" });
    expect(parseSchedule("월 09:00-13:15")).toMatchObject({ ok: false, reason: "invalid_time" });
    expect(parseSchedule("월 13:00-09:00")).toMatchObject({ ok: false, reason: "end_before_start" });
    expect(parseSchedule("금-월 09:00-13:00")).toMatchObject({ ok: false, reason: "invalid_schedule" });
  });
});
