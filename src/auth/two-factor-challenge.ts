import type { Context } from "hono";
import { getSignedCookie } from "hono/cookie";
import type { AppEnv } from "../server/router.ts";
import { authFor } from "./auth.ts";
import { TWO_FACTOR_COOKIE } from "./auth-config.ts";

/**
 * The account whose password step this browser passed and whose code is awaited: better-auth's
 * signed two-factor cookie names a verification value that holds the user id. Null when there is
 * no such cookie, a forged one, or the challenge is gone (expired or used). Read before the code
 * is checked, since a successful check consumes the challenge.
 */
export async function pendingSignInUserId(c: Context<AppEnv>): Promise<string | null> {
  const { auth, secret } = await authFor(c.get("deps"));
  const identifier = await getSignedCookie(c, secret, TWO_FACTOR_COOKIE);
  if (!identifier) return null;
  const context = await auth.$context;
  const challenge = await context.internalAdapter.findVerificationValue(identifier);
  if (!challenge || challenge.expiresAt.getTime() <= Date.now()) return null;
  return challenge.value;
}
