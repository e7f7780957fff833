import { createRoute } from "@hono/zod-openapi";
import { isAPIError } from "better-auth/api";
import type { Context } from "hono";
import { apiNotFound } from "../server/error-handler.ts";
import {
  type AppEnv,
  createRouter,
  errorResponses,
  jsonBody,
  jsonResponse,
  ZErrorResponse,
} from "../server/router.ts";
import { validationFailed } from "../shared/errors.ts";
import { presentAuthState } from "./auth.presenter.ts";
import {
  ZAuthState,
  ZLoginRequest,
  ZPasswordChangeRequest,
  ZSignupRequest,
  ZTwoFactorVerifyRequest,
} from "./auth.schema.ts";
import { authFor } from "./auth.ts";
import { AUTH_BASE_PATH, SESSION_COOKIE } from "./auth-config.ts";
import {
  crossOrigin,
  demoAccountRefused,
  invalidCode,
  invalidCredentials,
  noPendingSignIn,
  notSignedIn,
  secondFactorLocked,
  tooManyAttempts,
} from "./auth-errors.ts";
import { clearSessionCookies, extendSession, type ResolvedSession, resolveSession } from "./authenticate.ts";
import { clientIp } from "./client-ip.ts";
import { commonPasswords } from "./common-passwords.ts";
import { LOCK_MS, lockSecondsLeft, type ThrottleKind, type ThrottleState } from "./domain/login-throttle.ts";
import { checkPassword } from "./domain/password-rule.ts";
import { sessionSecondFactorStep } from "./domain/second-factor.ts";
import { sessionState } from "./domain/session-policy.ts";
import {
  clearThrottle,
  readThrottle,
  recordFailures,
  type ThrottleSubject,
} from "./login-throttle.repository.ts";
import {
  deleteExpiredSessions,
  deleteOtherSessions,
  deleteSession,
  findSessionByToken,
} from "./session.repository.ts";
import {
  recordPasswordFailure,
  recordSecondFactorEnabled,
  recordSecondFactorFailure,
  recordSessionExpired,
  recordSignIn,
  recordSignOut,
  type SignInFailureReason,
} from "./sign-in-audit.ts";
import { pendingSignInUserId } from "./two-factor-challenge.ts";
import { findUserByEmail, findUserById, type UserRow } from "./user.repository.ts";
import { createUserAccount } from "./user-account.commands.ts";

const TAGS = ["auth"];
const errorContent = { "application/json": { schema: ZErrorResponse } };
const unauthorized = { description: "Not signed in, or wrong credentials or code", content: errorContent };
const tooMany = {
  description: "Locked after repeated failures; Retry-After says for how many seconds",
  content: errorContent,
};
const forbiddenResponse = { description: "Refused", content: errorContent };

const login = createRoute({
  method: "post",
  path: "/auth/login",
  tags: TAGS,
  summary: "Sign in with e-mail and password",
  description:
    "Sets the `__Host-maeul.session` cookie (HttpOnly, Secure, SameSite=Lax, Path=/, ends with the browser session). " +
    "For a district, metropolitan, ministry or admin account with TOTP, no session is made yet: the answer has " +
    "`secondFactorStep: verify` and `session: null`, and POST /api/auth/two-factor/verify finishes the sign-in. " +
    "5 failures for one address (or 20 from one IP address) in 15 minutes lock it for 15 minutes (429).",
  request: { body: jsonBody(ZLoginRequest) },
  responses: {
    200: jsonResponse(ZAuthState, "Signed in, or waiting for the TOTP code"),
    400: errorResponses[400],
    401: unauthorized,
    403: forbiddenResponse,
    429: tooMany,
  },
});

const signup = createRoute({
  method: "post",
  path: "/auth/signup",
  tags: TAGS,
  summary: "Create a resident account and sign in",
  description:
    "Residents sign themselves up; staff, officer and ministry accounts are made by administrators. " +
    "The password needs at least 10 characters and must not be a common password (400 with the field). " +
    "An address already in use is 409.",
  request: { body: jsonBody(ZSignupRequest) },
  responses: {
    201: jsonResponse(ZAuthState, "Account created and signed in"),
    400: errorResponses[400],
    401: unauthorized,
    403: forbiddenResponse,
    409: { description: "The e-mail address is already in use", content: errorContent },
    429: tooMany,
  },
});

const logout = createRoute({
  method: "post",
  path: "/auth/logout",
  tags: TAGS,
  summary: "Sign out: ends the session and clears its cookie",
  responses: { 204: { description: "Signed out (also when there was no session)" }, 403: forbiddenResponse },
});

const session = createRoute({
  method: "get",
  path: "/auth/session",
  tags: TAGS,
  summary: "The signed-in user and when the session ends",
  description: "Reading it does not count as activity: the web app may poll it for its countdown.",
  responses: { 200: jsonResponse(ZAuthState, "The current session"), 401: unauthorized },
});

const extend = createRoute({
  method: "post",
  path: "/auth/session/extend",
  tags: TAGS,
  summary: "Extend the session: the idle deadline moves 30 minutes on (KWCAG 6.2.1)",
  description: "Never past the absolute deadline (12 hours after sign-in).",
  responses: {
    200: jsonResponse(ZAuthState, "The extended session"),
    401: unauthorized,
    403: forbiddenResponse,
  },
});

const verifyTwoFactor = createRoute({
  method: "post",
  path: "/auth/two-factor/verify",
  tags: TAGS,
  summary: "Verify a TOTP code: finishes a sign-in, or confirms TOTP set-up",
  description:
    "After a login answered `secondFactorStep: verify`, the code from the authenticator app makes the session. " +
    "While setting TOTP up (`secondFactorStep: enroll`: POST /api/auth/two-factor/enable with `{password}` gives " +
    "the `totpURI` for the app), the first code switches TOTP on. Ten wrong codes lock TOTP for 15 minutes.",
  request: { body: jsonBody(ZTwoFactorVerifyRequest) },
  responses: {
    200: jsonResponse(ZAuthState, "Signed in"),
    400: errorResponses[400],
    401: unauthorized,
    403: forbiddenResponse,
    429: tooMany,
  },
});

const changePassword = createRoute({
  method: "post",
  path: "/auth/password",
  tags: TAGS,
  summary: "Change one's own password",
  description:
    "At least 10 characters and not a common password (400 with a field error otherwise). Other sessions of " +
    "the account end. Demo accounts cannot change their (public) password.",
  request: { body: jsonBody(ZPasswordChangeRequest) },
  responses: {
    204: { description: "Changed" },
    400: errorResponses[400],
    401: unauthorized,
    403: forbiddenResponse,
    429: tooMany,
  },
});

/** better-auth endpoints reachable over HTTP; everything else of better-auth stays internal. */
const PASSTHROUGH = new Set(
  [
    "/two-factor/enable",
    "/two-factor/disable",
    "/two-factor/get-totp-uri",
    "/two-factor/verify-totp",
    "/two-factor/verify-backup-code",
    "/two-factor/generate-backup-codes",
  ].map((p) => `${AUTH_BASE_PATH}${p}`),
);

/**
 * Sign-in, sign-out and session routes, and better-auth's TOTP endpoints under /api/auth/*.
 * State-changing requests that name another site in Origin are refused (the cookie's
 * SameSite=Lax already keeps it off cross-site POSTs); answers are never cached.
 */
export const authRoutes = createRouter();

authRoutes.use("/auth/*", async (c, next) => {
  if (c.req.method !== "GET" && c.req.method !== "HEAD" && !sameOrigin(c)) return crossOrigin(c);
  await next();
  // Who is signed in is never cached, by the browser or anything in between.
  c.header("Cache-Control", "no-store");
});

authRoutes
  .openapi(login, async (c) => {
    const { email, password } = c.req.valid("json");
    return passwordSignIn(c, email, password, 200);
  })
  .openapi(signup, async (c) => {
    const deps = c.get("deps");
    const { email, password, name } = c.req.valid("json");
    // Self sign-up makes resident accounts only; staff and officer accounts are created by administrators.
    await createUserAccount(deps.db, { email, password, name, role: "resident" });
    return passwordSignIn(c, email, password, 201);
  })
  .openapi(logout, async (c) => {
    const deps = c.get("deps");
    const current = await resolveSession(c);
    if (current && (await deleteSession(deps.db, current.session.id))) {
      await recordSignOut(c, current.user, current.session.id);
    }
    clearSessionCookies(c);
    return c.body(null, 204);
  })
  .openapi(session, async (c) => {
    const current = await resolveSession(c);
    if (!current) return notSignedIn(c);
    return c.json(presentAuthState(current.user, current.times, current.step), 200);
  })
  .openapi(extend, async (c) => {
    const current = await resolveSession(c);
    if (!current) return notSignedIn(c);
    const times = await extendSession(c, current);
    return c.json(presentAuthState(current.user, times, current.step), 200);
  })
  .openapi(verifyTwoFactor, async (c) => {
    const deps = c.get("deps");
    const { auth } = await authFor(deps);
    const { code } = c.req.valid("json");
    const pending = await pendingSecondFactor(c);
    let result: { headers: Headers; response: unknown };
    try {
      result = await auth.api.verifyTOTP({ body: { code }, headers: c.req.raw.headers, returnHeaders: true });
    } catch (error) {
      if (!isAPIError(error)) throw error;
      const reason = (error.body as { code?: string } | undefined)?.code;
      await recordSecondFactorOutcome(c, pending, { ok: false, code: reason });
      if (reason === "INVALID_CODE") return invalidCode(c);
      if (reason === "ACCOUNT_TEMPORARILY_LOCKED") return secondFactorLocked(c, LOCK_MS / 1000);
      if (error.statusCode === 400 && reason !== "TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE") {
        throw validationFailed([
          {
            field: "code",
            reason: "totp_not_set_up",
            messageKo: "이 계정에는 인증 앱이 설정되어 있지 않습니다.",
            messageEn: "This account has no authenticator app set up.",
          },
        ]);
      }
      // No pending sign-in, an expired one, or five wrong codes on it: start again.
      return noPendingSignIn(c);
    }
    forwardCookies(c, result.headers);
    const token = sessionTokenFrom(result.headers) ?? (await resolveSession(c))?.session.token;
    const created = token ? await resolveCreated(c, token) : null;
    if (!created) return noPendingSignIn(c);
    await recordSecondFactorOutcome(c, pending, { ok: true, sessionId: created.session.id });
    return c.json(presentAuthState(created.user, created.times, created.step), 200);
  })
  .openapi(changePassword, async (c) => {
    const deps = c.get("deps");
    const current = await resolveSession(c);
    if (!current) return notSignedIn(c);
    if (current.user.demo) return demoAccountRefused(c);
    const { currentPassword, newPassword } = c.req.valid("json");
    const subject: ThrottleSubject = { kind: "account", value: current.user.email };
    const locked = secondsLocked(await readThrottle(deps.db, [subject]), deps.now());
    if (locked > 0) return tooManyAttempts(c, locked);
    const problem = checkPassword(newPassword, commonPasswords(), "newPassword");
    if (problem) throw validationFailed([problem]);
    const { auth } = await authFor(deps);
    try {
      await auth.api.changePassword({
        body: { currentPassword, newPassword, revokeOtherSessions: false },
        headers: c.req.raw.headers,
      });
    } catch (error) {
      if (isAPIError(error) && (error.body as { code?: string } | undefined)?.code === "INVALID_PASSWORD") {
        const after = secondsLocked(await recordFailures(deps.db, [subject], deps.now()), deps.now());
        if (after > 0) return tooManyAttempts(c, after);
        throw validationFailed([
          {
            field: "currentPassword",
            reason: "incorrect",
            messageKo: "현재 비밀번호가 올바르지 않습니다.",
            messageEn: "The current password is incorrect.",
          },
        ]);
      }
      throw error;
    }
    // The same session goes on (its deadlines unchanged); every other one ends.
    await deleteOtherSessions(deps.db, current.user.id, current.session.id);
    return c.body(null, 204);
  });

// better-auth's own endpoints (the plugin's TOTP set-up); anything else under /auth is ours or 404.
authRoutes.on(["GET", "POST"], "/auth/*", async (c) => {
  if (!PASSTHROUGH.has(c.req.path)) return apiNotFound(c);
  const { auth } = await authFor(c.get("deps"));
  if (!CODE_CHECKS.has(c.req.path)) return auth.handler(c.req.raw);
  // A code checked here signs in as surely as through /two-factor/verify: the same audit entries.
  const pending = await pendingSecondFactor(c);
  const response = await auth.handler(c.req.raw);
  if (response.ok) {
    const token = sessionTokenFrom(response.headers) ?? (await resolveSession(c))?.session.token;
    const created = token ? await findSessionByToken(c.get("deps").db, token) : null;
    await recordSecondFactorOutcome(c, pending, { ok: true, sessionId: created?.session.id ?? null });
  } else {
    const body = (await response
      .clone()
      .json()
      .catch(() => null)) as { code?: string } | null;
    await recordSecondFactorOutcome(c, pending, { ok: false, code: body?.code });
  }
  return response;
});

/** better-auth's own endpoints that check a code: their outcome is audited like ours. */
const CODE_CHECKS = new Set(
  ["/two-factor/verify-totp", "/two-factor/verify-backup-code"].map((p) => `${AUTH_BASE_PATH}${p}`),
);

/** The password step of signing in, shared by login and sign-up: throttling, better-auth, the cookie. */
async function passwordSignIn<S extends 200 | 201>(
  c: Context<AppEnv>,
  email: string,
  password: string,
  status: S,
) {
  const deps = c.get("deps");
  const { auth } = await authFor(deps);
  const subjects: ThrottleSubject[] = [
    { kind: "account", value: email.trim().toLowerCase() },
    { kind: "ip", value: clientIp(c) },
  ];
  const locked = secondsLocked(await readThrottle(deps.db, subjects), deps.now());
  if (locked > 0) {
    await recordPasswordFailure(c, email, { locked: true });
    return tooManyAttempts(c, locked);
  }

  const previous = await resolveSession(c);
  let result: { headers: Headers; response: unknown };
  try {
    result = await auth.api.signInEmail({
      body: { email: email.trim(), password, rememberMe: false },
      headers: c.req.raw.headers,
      returnHeaders: true,
    });
  } catch (error) {
    // 401 wrong password or unknown address; 400 an address that is not one, or a password
    // longer than any we store: all the same answer, all counted.
    if (isAPIError(error) && (error.statusCode === 401 || error.statusCode === 400)) {
      const after = secondsLocked(await recordFailures(deps.db, subjects, deps.now()), deps.now());
      await recordPasswordFailure(c, email, { locked: false, lockedNow: after > 0 });
      return after > 0 ? tooManyAttempts(c, after) : invalidCredentials(c);
    }
    throw error;
  }
  await clearThrottle(deps.db, subjects[0]!);
  if (previous) await deleteSession(deps.db, previous.session.id);
  forwardCookies(c, result.headers);

  const response = result.response as { twoFactorRedirect?: boolean; token?: string };
  if (response.twoFactorRedirect) {
    const user = await findUserByEmail(deps.db, email);
    if (!user) throw new Error("The user who just passed the password step is gone");
    return c.json(presentAuthState(user, null, "verify"), status);
  }
  const created = response.token ? await findSessionByToken(deps.db, response.token) : null;
  if (!created) throw new Error("better-auth signed in without a stored session");
  const step = sessionSecondFactorStep(created.user);
  await recordSignIn(c, created.user, {
    sessionId: created.session.id,
    secondFactor: step,
    ...(status === 201 ? { signup: true } : {}),
  });
  for (const ended of await deleteExpiredSessions(deps.db, created.user.id, deps.now())) {
    await recordSessionExpired(c, created.user, ended.id, expiredState(ended, deps.now()), "next_sign_in");
  }
  return c.json(presentAuthState(created.user, timesOf(created.session), step), status);
}

/**
 * Whose code is being checked: the pending sign-in's account (two-factor cookie), the session's
 * while it sets TOTP up, or a signed-in account checking a code again (`session`).
 */
interface PendingSecondFactor {
  user: UserRow;
  during: "sign_in" | "setup" | "session";
}

async function pendingSecondFactor(c: Context<AppEnv>): Promise<PendingSecondFactor | null> {
  const current = await resolveSession(c);
  if (current) return { user: current.user, during: current.step === "enroll" ? "setup" : "session" };
  const userId = await pendingSignInUserId(c);
  const user = userId ? await findUserById(c.get("deps").db, userId) : null;
  return user ? { user, during: "sign_in" } : null;
}

/** The audit entry for a code checked (nothing when there was no pending sign-in to speak of). */
async function recordSecondFactorOutcome(
  c: Context<AppEnv>,
  pending: PendingSecondFactor | null,
  outcome: { ok: true; sessionId: string | null } | { ok: false; code: string | undefined },
): Promise<void> {
  if (!pending) return;
  if (outcome.ok) {
    if (pending.during === "setup") await recordSecondFactorEnabled(c, pending.user, outcome.sessionId);
    else if (pending.during === "sign_in" && outcome.sessionId)
      await recordSignIn(c, pending.user, { sessionId: outcome.sessionId, secondFactor: "passed" });
    return;
  }
  const reason = secondFactorFailureReason(outcome.code);
  if (reason) await recordSecondFactorFailure(c, pending.user, pending.during, reason, outcome.code);
}

/** better-auth's refusals of a code; anything else (TOTP not set up, a bad request) is no attempt. */
function secondFactorFailureReason(code: string | undefined): SignInFailureReason | null {
  switch (code) {
    case "INVALID_CODE":
      return "totp_invalid";
    case "INVALID_BACKUP_CODE":
      return "backup_code_invalid";
    case "ACCOUNT_TEMPORARILY_LOCKED":
      return "totp_locked";
    case "TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE":
    case "INVALID_TWO_FACTOR_COOKIE":
      return "challenge_expired";
    default:
      return null;
  }
}

function expiredState(
  row: { idleExpiresAt: Date | null; absoluteExpiresAt: Date | null },
  now: Date,
): "idle_expired" | "absolute_expired" {
  if (!row.idleExpiresAt || !row.absoluteExpiresAt) return "absolute_expired";
  const state = sessionState(
    { idleExpiresAt: row.idleExpiresAt, absoluteExpiresAt: row.absoluteExpiresAt },
    now,
  );
  return state === "idle_expired" ? "idle_expired" : "absolute_expired";
}

function secondsLocked(states: Map<ThrottleKind, ThrottleState>, now: Date): number {
  return Math.max(0, ...[...states.values()].map((s) => lockSecondsLeft(s, now)));
}

function timesOf(row: { idleExpiresAt: Date | null; absoluteExpiresAt: Date | null }) {
  if (!row.idleExpiresAt || !row.absoluteExpiresAt) throw new Error("A session without its deadlines");
  return { idleExpiresAt: row.idleExpiresAt, absoluteExpiresAt: row.absoluteExpiresAt };
}

/** The session just created by better-auth, as authenticate will see it on the next request. */
async function resolveCreated(c: Context<AppEnv>, token: string): Promise<ResolvedSession | null> {
  const found = await findSessionByToken(c.get("deps").db, token);
  if (!found) return null;
  return { ...found, times: timesOf(found.session), step: sessionSecondFactorStep(found.user) };
}

/** Passes better-auth's Set-Cookie headers on to our response. */
function forwardCookies(c: Context, headers: Headers) {
  for (const cookie of headers.getSetCookie()) c.header("Set-Cookie", cookie, { append: true });
}

/** The session token in a Set-Cookie of better-auth's answer (value `token.signature`), if any. */
function sessionTokenFrom(headers: Headers): string | null {
  for (const cookie of headers.getSetCookie()) {
    if (!cookie.startsWith(`${SESSION_COOKIE}=`)) continue;
    const value = decodeURIComponent(cookie.slice(SESSION_COOKIE.length + 1).split(";")[0] ?? "");
    const dot = value.lastIndexOf(".");
    if (dot > 0) return value.slice(0, dot);
  }
  return null;
}

/** Whether the request's Origin, when it has one, is this server. */
function sameOrigin(c: Context): boolean {
  const origin = c.req.header("origin");
  if (!origin) return true;
  try {
    return new URL(origin).host === new URL(c.req.url).host;
  } catch {
    return false;
  }
}
