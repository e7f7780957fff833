import { describe, expect, it } from "vitest";
import { withJosa } from "./josa.ts";

describe("withJosa", () => {
  it("agrees with the final consonant (받침)", () => {
    expect(withJosa("사업", "이/가")).toBe("사업이");
    expect(withJosa("일자리", "이/가")).toBe("일자리가");
    expect(withJosa("노인일자리 공익활동 사업", "은/는")).toBe("노인일자리 공익활동 사업은");
    expect(withJosa("청소년 멘토링 일자리", "을/를")).toBe("청소년 멘토링 일자리를");
  });

  it("names ending in a consonant and in a vowel", () => {
    expect(withJosa("김민준", "이/가")).toBe("김민준이");
    expect(withJosa("이수지", "이/가")).toBe("이수지가");
    expect(withJosa("양주시일자리센터", "이나/나")).toBe("양주시일자리센터나");
    expect(withJosa("관악구 일자리지원과", "이나/나")).toBe("관악구 일자리지원과나");
    expect(withJosa("수원고용복지플러스센터", "와/과")).toBe("수원고용복지플러스센터와");
    expect(withJosa("관악구청", "와/과")).toBe("관악구청과");
  });

  it("으로/로: 로 after a vowel and after ㄹ, 으로 after other consonants", () => {
    expect(withJosa("관악구청", "으로/로")).toBe("관악구청으로");
    expect(withJosa("행정복지센터", "으로/로")).toBe("행정복지센터로");
    expect(withJosa("마을회관 2층 강당", "으로/로")).toBe("마을회관 2층 강당으로");
    expect(withJosa("청양읍 경로당", "으로/로")).toBe("청양읍 경로당으로");
    expect(withJosa("서울", "으로/로")).toBe("서울로");
    expect(withJosa("해운대 도서관", "으로/로")).toBe("해운대 도서관으로");
  });

  it("reads a final digit as it is spoken (삼 → 이, 이 → 가, 칠 → 로)", () => {
    expect(withJosa("3", "이/가")).toBe("3이");
    expect(withJosa("2", "이/가")).toBe("2가");
    expect(withJosa("7", "으로/로")).toBe("7로");
    expect(withJosa("10", "으로/로")).toBe("10으로");
    expect(withJosa("대기 순번 5번", "이/가")).toBe("대기 순번 5번이");
  });

  it("looks past a closing parenthetical and quotes", () => {
    expect(withJosa("노인일자리(공익활동형)", "이/가")).toBe("노인일자리(공익활동형)가");
    expect(withJosa("신중년 경력형 사업 (2026)", "이/가")).toBe("신중년 경력형 사업 (2026)이");
    expect(withJosa("「환경 지킴이」", "을/를")).toBe("「환경 지킴이」를");
  });

  it("prints the combined form when the reading is unknown", () => {
    expect(withJosa("Maeul Care", "이/가")).toBe("Maeul Care이(가)");
    expect(withJosa("Hub", "으로/로")).toBe("Hub(으)로");
  });
});
