import type { Context } from "hono";
import type { AuditActor } from "../audit/domain/audit-vocabulary.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { AppEnv } from "../server/router.ts";
import { authFor } from "./auth.ts";
import { clientIp } from "./client-ip.ts";
import { addressFingerprint, maskAddress } from "./domain/attempted-address.ts";
import type { SecondFactorStep } from "./domain/second-factor.ts";
import type { SessionState } from "./domain/session-policy.ts";
import { findUserByEmail, type UserRow } from "./user.repository.ts";

/**
 * Sign-ins in the audit log (안전조치 기준 art. 8: 접속기록; ASVS V16.3.1): who signed in, failed
 * to, signed out, or let a session expire, from which address and browser. The subject is the
 * account ("user"); the region is the account's own (officers), so that a district's audit search
 * shows attempts on its officers' accounts. Never a password; the address typed at a failed
 * sign-in only masked and as a keyed fingerprint (src/auth/domain/attempted-address.ts).
 *
 * Each entry is appended in its own short transaction after the step it records (better-auth has
 * written the session by then): an audit failure fails the request, so no cookie goes out unlogged.
 */

export type SignInFailureReason =
  | "wrong_password"
  | "unknown_email"
  | "locked"
  | "totp_invalid"
  | "totp_locked"
  | "backup_code_invalid"
  | "challenge_expired";

type Account = Pick<UserRow, "id" | "role" | "regionCode">;

const SUBJECT = "user";

function actorOf(c: Context<AppEnv>, account: Account | null): AuditActor {
  return {
    userId: account?.id ?? null,
    role: account?.role ?? "anonymous",
    ip: clientIp(c),
    userAgent: c.req.header("user-agent") ?? undefined,
  };
}

async function record(
  c: Context<AppEnv>,
  action: "login" | "login_failed" | "logout" | "session_expired" | "update",
  actor: Account | null,
  subject: Account | null,
  details: Record<string, unknown>,
): Promise<void> {
  const { db, now } = c.get("deps");
  await recordAudit(db, actorOf(c, actor), {
    action,
    subjectType: SUBJECT,
    subjectId: subject?.id ?? null,
    regionCode: subject?.regionCode ?? null,
    at: now(),
    details,
  });
}

/** A session now exists for the account (password alone, or password and code). */
export function recordSignIn(
  c: Context<AppEnv>,
  account: Account,
  details: { sessionId: string; secondFactor: SecondFactorStep; signup?: boolean },
): Promise<void> {
  return record(c, "login", account, account, details);
}

/**
 * A refused password step: locked (before the password was even tried), or a wrong password or
 * an unknown address (told apart here, never in the answer to the caller). The caller is
 * anonymous; the subject is the account when the address has one.
 */
export async function recordPasswordFailure(
  c: Context<AppEnv>,
  typedAddress: string,
  outcome: { locked: boolean; lockedNow?: boolean },
): Promise<void> {
  const deps = c.get("deps");
  const account = await findUserByEmail(deps.db, typedAddress);
  const { secret } = await authFor(deps);
  const reason: SignInFailureReason = outcome.locked
    ? "locked"
    : account
      ? "wrong_password"
      : "unknown_email";
  await record(c, "login_failed", null, account, {
    stage: "password",
    reason,
    address: maskAddress(typedAddress),
    addressFingerprint: addressFingerprint(secret, typedAddress),
    ...(outcome.lockedNow ? { lockedNow: true } : {}),
  });
}

/**
 * A refused code: at sign-in (the password was right: worth knowing), while setting TOTP up, or
 * from a signed-in session checking a code again.
 * `code` is better-auth's error code, kept as it came.
 */
export function recordSecondFactorFailure(
  c: Context<AppEnv>,
  account: Account,
  during: "sign_in" | "setup" | "session",
  reason: SignInFailureReason,
  code: string | undefined,
): Promise<void> {
  return record(c, "login_failed", during === "sign_in" ? null : account, account, {
    stage: "second_factor",
    during,
    reason,
    ...(code ? { code } : {}),
  });
}

/** The first code switched TOTP on for the account (its session is replaced by a full one). */
export function recordSecondFactorEnabled(
  c: Context<AppEnv>,
  account: Account,
  sessionId: string | null,
): Promise<void> {
  return record(c, "update", account, account, { secondFactor: "enabled", sessionId });
}

export function recordSignOut(c: Context<AppEnv>, account: Account, sessionId: string): Promise<void> {
  return record(c, "logout", account, account, { sessionId });
}

/**
 * A session found past its deadline: by a request that still carried it (`seen: request`), or
 * swept when the account next signed in (`seen: next_sign_in`: the browser went away without
 * signing out). A session nobody comes back to is only removed, never observed.
 */
export function recordSessionExpired(
  c: Context<AppEnv>,
  account: Account,
  sessionId: string,
  state: Exclude<SessionState, "active">,
  seen: "request" | "next_sign_in",
): Promise<void> {
  return record(c, "session_expired", account, account, {
    sessionId,
    deadline: state === "idle_expired" ? "idle" : "absolute",
    seen,
  });
}
