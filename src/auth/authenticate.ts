import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getCookie, getSignedCookie } from "hono/cookie";
import type { AppEnv } from "../server/router.ts";
import { authFor } from "./auth.ts";
import { AUTH_BASE_PATH, COOKIE_ATTRIBUTES, DONT_REMEMBER_COOKIE, SESSION_COOKIE } from "./auth-config.ts";
import type { Principal } from "./domain/principal.ts";
import { type SecondFactorStep, sessionMayAct, sessionSecondFactorStep } from "./domain/second-factor.ts";
import {
  extendedIdleExpiry,
  newSessionTimes,
  type SessionTimes,
  sessionState,
  shouldRecordActivity,
} from "./domain/session-policy.ts";
import {
  deleteSession,
  findSessionByToken,
  type SessionRow,
  updateSessionTimes,
} from "./session.repository.ts";
import { recordSessionExpired } from "./sign-in-audit.ts";
import type { UserRow } from "./user.repository.ts";

export interface ResolvedSession {
  session: SessionRow;
  user: UserRow;
  times: SessionTimes;
  step: SecondFactorStep;
}

/** Requests that read the session without counting as activity (the web app's countdown polls it). */
const PASSIVE_REQUESTS = new Set([`GET ${AUTH_BASE_PATH}/session`]);

const resolved = new WeakMap<Request, Promise<ResolvedSession | null>>();

/**
 * The session of this request, once per request: the signed `__Host-maeul.session` cookie, its
 * row and user, with the idle and absolute deadlines applied on the app's clock. An expired
 * session is deleted and its cookie cleared; a forged or unknown cookie is ignored.
 */
export function resolveSession(c: Context<AppEnv>): Promise<ResolvedSession | null> {
  let result = resolved.get(c.req.raw);
  if (!result) {
    result = loadSession(c);
    resolved.set(c.req.raw, result);
  }
  return result;
}

async function loadSession(c: Context<AppEnv>): Promise<ResolvedSession | null> {
  // No cookie, no work: anonymous requests never touch the database here.
  if (getCookie(c, SESSION_COOKIE) === undefined) return null;
  const deps = c.get("deps");
  const { secret } = await authFor(deps);
  const token = await getSignedCookie(c, secret, SESSION_COOKIE);
  if (!token) {
    clearSessionCookies(c);
    return null;
  }
  const found = await findSessionByToken(deps.db, token);
  if (!found) {
    clearSessionCookies(c);
    return null;
  }
  const now = deps.now();
  let times: SessionTimes;
  if (found.session.idleExpiresAt && found.session.absoluteExpiresAt) {
    times = {
      idleExpiresAt: found.session.idleExpiresAt,
      absoluteExpiresAt: found.session.absoluteExpiresAt,
    };
  } else {
    // Every session is created with both deadlines (src/auth/auth.ts); this only guards rows
    // written some other way.
    times = newSessionTimes(now);
    await updateSessionTimes(deps.db, found.session.id, times);
  }
  const state = sessionState(times, now);
  if (state !== "active") {
    // Several requests may carry the expired cookie at once: the one that removes it logs it.
    if (await deleteSession(deps.db, found.session.id)) {
      await recordSessionExpired(c, found.user, found.session.id, state, "request");
    }
    clearSessionCookies(c);
    return null;
  }
  return { ...found, times, step: sessionSecondFactorStep(found.user) };
}

/** Moves the idle deadline 30 minutes on (never past the absolute one) and stores it. */
export async function extendSession(c: Context<AppEnv>, session: ResolvedSession): Promise<SessionTimes> {
  const deps = c.get("deps");
  const times = { ...session.times, idleExpiresAt: extendedIdleExpiry(session.times, deps.now()) };
  await updateSessionTimes(deps.db, session.session.id, times);
  session.times = times;
  return times;
}

export function toPrincipal({ session, user }: ResolvedSession): Principal {
  return {
    userId: user.id,
    role: user.role,
    regionCode: user.regionCode,
    organizationId: user.organizationId,
    residentId: user.residentId,
    sessionId: session.id,
  };
}

export function clearSessionCookies(c: Context) {
  deleteCookie(c, SESSION_COOKIE, COOKIE_ATTRIBUTES);
  if (getCookie(c, DONT_REMEMBER_COOKIE) !== undefined)
    deleteCookie(c, DONT_REMEMBER_COOKIE, COOKIE_ATTRIBUTES);
}

/**
 * Sets `principal` for every API request: the signed-in user, or null (no session, an expired
 * one, or a privileged account that has not set up its second factor yet). A request counts as
 * activity and moves the idle deadline (at most one write a minute). Permission checks are not
 * made here: handlers and the permission layer read `c.get("principal")`.
 */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const session = await resolveSession(c);
  c.set("principal", session && sessionMayAct(session.user) ? toPrincipal(session) : null);
  if (session && !PASSIVE_REQUESTS.has(`${c.req.method} ${c.req.path}`)) {
    const now = c.get("deps").now();
    if (shouldRecordActivity(session.times, now)) await extendSession(c, session);
  }
  await next();
};
