import type { z } from "zod";
import { RRN_PATTERN } from "../common.schema.ts";
import type { FieldError } from "../errors.ts";
import { customMessage, hasCustomMessage } from "./custom-messages.ts";

type Issue = z.core.$ZodIssue;

/**
 * Turns zod issues into field errors with a Korean and an English message. zod's own locales
 * word things for developers ("expected number, received undefined"); residents and officers get
 * plainer sentences, so the common cases are worded here.
 */
export function toFieldErrors(issues: readonly Issue[], input?: unknown): FieldError[] {
  return issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        field: fieldName([...issue.path, key]),
        reason: "unknown_field",
        messageKo: `알 수 없는 항목입니다: ${masked(key)}`,
        messageEn: `Unknown field: ${masked(key)}`,
      }));
    }
    const value = valueAt(input, issue.path);
    return [{ field: fieldName(issue.path), reason: reasonOf(issue, value), ...describe(issue, value) }];
  });
}

const RRN_ANYWHERE = new RegExp(RRN_PATTERN.source, "g");

/**
 * Keys are the client's text too (a map of declared experience, an unknown field): a
 * 주민등록번호 typed into one is not repeated back in the answer, where logs and screens would keep it.
 */
function masked(text: string): string {
  return text.replace(RRN_ANYWHERE, "******-*******");
}

function fieldName(path: readonly PropertyKey[]): string {
  return masked(path.map(String).join("."));
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** A missing value is "required" whatever check noticed it (zod 4 reports a missing enum as invalid_value). */
function isMissing(value: unknown): boolean {
  return value === undefined;
}

function reasonOf(issue: Issue, value: unknown): string {
  if (isMissing(value) && (issue.code === "invalid_type" || issue.code === "invalid_value"))
    return "required";
  if (issue.code === "custom" || hasCustomMessage(issue.message)) return issue.message;
  return issue.code;
}

const TYPE_KO: Record<string, string> = {
  string: "문자",
  number: "숫자",
  int: "정수",
  boolean: "참/거짓",
  array: "목록",
  object: "객체",
  date: "날짜",
};

function describe(issue: Issue, value: unknown): { messageKo: string; messageEn: string } {
  // A check that names one of our message keys (e.g. a regex with message "invalid_phone") speaks for itself.
  if (hasCustomMessage(issue.message))
    return customMessage(issue.message, (issue as { params?: Record<string, unknown> }).params ?? {});
  if (isMissing(value) && (issue.code === "invalid_type" || issue.code === "invalid_value")) {
    return { messageKo: "필수 항목입니다.", messageEn: "This field is required." };
  }
  switch (issue.code) {
    case "invalid_type":
      return {
        messageKo: `${TYPE_KO[issue.expected] ?? issue.expected} 형식이어야 합니다.`,
        messageEn: `Must be a ${issue.expected}.`,
      };
    case "too_small":
      return issue.origin === "string" || issue.origin === "array"
        ? {
            messageKo:
              issue.origin === "string"
                ? `${issue.minimum}자 이상 입력해 주세요.`
                : `${issue.minimum}개 이상 선택해 주세요.`,
            messageEn: `Must have at least ${issue.minimum} ${issue.origin === "string" ? "characters" : "items"}.`,
          }
        : {
            messageKo: `${issue.minimum} ${issue.inclusive ? "이상" : "초과"}이어야 합니다.`,
            messageEn: `Must be ${issue.inclusive ? "at least" : "more than"} ${issue.minimum}.`,
          };
    case "too_big":
      return issue.origin === "string" || issue.origin === "array"
        ? {
            messageKo:
              issue.origin === "string"
                ? `${issue.maximum}자 이하로 입력해 주세요.`
                : `${issue.maximum}개 이하로 선택해 주세요.`,
            messageEn: `Must have at most ${issue.maximum} ${issue.origin === "string" ? "characters" : "items"}.`,
          }
        : {
            messageKo: `${issue.maximum} ${issue.inclusive ? "이하" : "미만"}이어야 합니다.`,
            messageEn: `Must be ${issue.inclusive ? "at most" : "less than"} ${issue.maximum}.`,
          };
    case "invalid_value":
      return {
        messageKo: `다음 중 하나여야 합니다: ${issue.values.map(String).join(", ")}`,
        messageEn: `Must be one of: ${issue.values.map(String).join(", ")}`,
      };
    case "invalid_format":
      return { messageKo: "형식이 올바르지 않습니다.", messageEn: `Invalid format (${issue.format}).` };
    case "not_multiple_of":
      return {
        messageKo: `${issue.divisor}의 배수여야 합니다.`,
        messageEn: `Must be a multiple of ${issue.divisor}.`,
      };
    case "custom":
      return customMessage(issue.message, issue.params ?? {});
    default:
      return { messageKo: "올바르지 않은 값입니다.", messageEn: issue.message || "Invalid value." };
  }
}
