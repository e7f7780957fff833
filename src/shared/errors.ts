/**
 * Typed errors with codes, mapped to HTTP once at the edge (src/server/error-handler.ts) and to
 * exit codes in the CLI. Every error carries its message in Korean and English.
 */
export type AppErrorCode =
  | "validation_failed"
  | "not_found"
  | "conflict"
  | "bad_request"
  | "unprocessable"
  | "unauthenticated"
  | "forbidden"
  | "too_many_requests";

type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 422 | 429;

const HTTP_STATUS: Record<AppErrorCode, ErrorStatus> = {
  validation_failed: 400,
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  too_many_requests: 429,
};

export interface FieldError {
  /** Dotted path of the offending field, e.g. "schedule.0.start". */
  field: string;
  /** Machine-readable reason, e.g. "too_small", "invalid_type", "below_minimum_wage". */
  reason: string;
  messageKo: string;
  messageEn: string;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly messageKo: string;
  readonly messageEn: string;
  readonly fields: FieldError[];

  constructor(code: AppErrorCode, messages: { ko: string; en: string }, fields: FieldError[] = []) {
    super(messages.en);
    this.name = "AppError";
    this.code = code;
    this.messageKo = messages.ko;
    this.messageEn = messages.en;
    this.fields = fields;
  }

  get httpStatus(): ErrorStatus {
    return HTTP_STATUS[this.code];
  }

  toJSON() {
    return {
      error: {
        code: this.code,
        messageKo: this.messageKo,
        messageEn: this.messageEn,
        ...(this.fields.length > 0 ? { fields: this.fields } : {}),
      },
    };
  }
}

export function notFound(what: { ko: string; en: string }, id: string): AppError {
  return new AppError("not_found", {
    ko: `${what.ko}을(를) 찾을 수 없습니다: ${id}`,
    en: `${what.en} not found: ${id}`,
  });
}

export function validationFailed(fields: FieldError[]): AppError {
  return new AppError(
    "validation_failed",
    { ko: "입력값을 확인해 주세요.", en: "Some fields are not valid." },
    fields,
  );
}

export function unauthenticated(): AppError {
  return new AppError("unauthenticated", {
    ko: "로그인이 필요합니다.",
    en: "Please sign in.",
  });
}

export function forbidden(): AppError {
  return new AppError("forbidden", {
    ko: "이 작업을 할 권한이 없습니다.",
    en: "You do not have permission to do this.",
  });
}
