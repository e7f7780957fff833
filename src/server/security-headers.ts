import type { Context, MiddlewareHandler } from "hono";
import { trustProxy } from "../auth/auth-config.ts";

/** One year, and every subdomain: browsers then refuse plain HTTP to this host from then on. */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

interface NodeBindings {
  incoming?: { socket?: { encrypted?: boolean } };
}

/**
 * Whether the browser reached us over HTTPS: a TLS socket of our own, or, behind the one
 * reverse proxy that MAEUL_TRUST_PROXY=1 declares (the same setting the login throttle follows
 * for X-Forwarded-For), the last entry of X-Forwarded-Proto. Without that setting the header is
 * ignored, since any client could write it.
 */
export function cameOverHttps(c: Context): boolean {
  if ((c.env as NodeBindings | undefined)?.incoming?.socket?.encrypted === true) return true;
  if (!trustProxy()) return false;
  const forwarded = c.req.header("x-forwarded-proto")?.split(",").at(-1)?.trim().toLowerCase();
  return forwarded === "https";
}

/**
 * Strict-Transport-Security on answers sent over HTTPS only: on plain http://localhost it would
 * be meaningless (browsers ignore it there, RFC 6797 §8.1) and it must never pin a development
 * host to HTTPS.
 */
export const strictTransportSecurity: MiddlewareHandler = async (c, next) => {
  await next();
  if (cameOverHttps(c)) c.header("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
};
