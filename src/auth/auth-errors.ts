import type { Context } from "hono";

/**
 * The 401, 403 and 429 answers of authentication, in the standard error shape
 * `{error: {code, messageKo, messageEn}}`, answered directly because some carry Retry-After.
 * Codes are AppError's where one fits (unauthenticated, forbidden, too_many_requests); the
 * sign-in steps have their own so that the web app can say what went wrong.
 */
export type AuthErrorCode =
  | "invalid_credentials"
  | "invalid_code"
  | "no_pending_sign_in"
  | "unauthenticated"
  | "forbidden"
  | "too_many_requests";

function body(code: AuthErrorCode, ko: string, en: string) {
  return { error: { code, messageKo: ko, messageEn: en } };
}

/** Wrong e-mail or password, whichever it was: the answer never says whether the account exists. */
export function invalidCredentials(c: Context) {
  return c.json(
    body(
      "invalid_credentials",
      "이메일 또는 비밀번호가 올바르지 않습니다.",
      "The e-mail address or password is incorrect.",
    ),
    401,
  );
}

export function tooManyAttempts(c: Context, retryAfterSeconds: number) {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  c.header("Retry-After", String(retryAfterSeconds));
  return c.json(
    body(
      "too_many_requests",
      `로그인 시도가 너무 많아 잠시 잠겼습니다. ${minutes}분 후에 다시 시도해 주세요.`,
      `Too many failed sign-in attempts. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    ),
    429,
  );
}

export function notSignedIn(c: Context) {
  return c.json(
    body(
      "unauthenticated",
      "로그인이 필요합니다. 세션이 만료되었다면 다시 로그인해 주세요.",
      "You are not signed in, or your session has ended. Please sign in again.",
    ),
    401,
  );
}

export function invalidCode(c: Context) {
  return c.json(
    body("invalid_code", "인증 코드가 올바르지 않습니다.", "The authentication code is incorrect."),
    401,
  );
}

export function noPendingSignIn(c: Context) {
  return c.json(
    body(
      "no_pending_sign_in",
      "인증 코드 확인 시간이 지났거나 로그인 단계가 없습니다. 이메일과 비밀번호로 다시 로그인해 주세요.",
      "There is no sign-in waiting for a code (or it expired). Please sign in with your e-mail and password again.",
    ),
    401,
  );
}

export function secondFactorLocked(c: Context, retryAfterSeconds: number) {
  c.header("Retry-After", String(retryAfterSeconds));
  return c.json(
    body(
      "too_many_requests",
      "인증 코드가 여러 번 틀려 잠시 잠겼습니다. 15분 후에 다시 시도해 주세요.",
      "Too many wrong authentication codes. Please try again in 15 minutes.",
    ),
    429,
  );
}

export function demoAccountRefused(c: Context) {
  return c.json(
    body(
      "forbidden",
      "데모 계정의 비밀번호는 공개되어 있어 바꿀 수 없습니다.",
      "Demo account passwords are public and cannot be changed.",
    ),
    403,
  );
}

export function crossOrigin(c: Context) {
  return c.json(
    body(
      "forbidden",
      "다른 사이트에서 보낸 요청은 받을 수 없습니다.",
      "Requests from another site are refused.",
    ),
    403,
  );
}
