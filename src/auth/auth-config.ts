/**
 * The cookies and environment of authentication, in one place.
 *
 * Cookies carry the `__Host-` prefix: the browser then accepts them only with Secure, Path=/ and
 * no Domain, so no other host or path can set or shadow them. Browsers treat http://localhost as
 * secure, so local development works; any other host must be served over HTTPS.
 */
export const SESSION_COOKIE = "__Host-maeul.session";
/** Set by better-auth between the password and the TOTP code (10 minutes). */
export const TWO_FACTOR_COOKIE = "__Host-maeul.two-factor";
/** better-auth's marker that the session cookie ends with the browser session (always, here). */
export const DONT_REMEMBER_COOKIE = "__Host-maeul.dont-remember";
export const TRUST_DEVICE_COOKIE = "__Host-maeul.trust-device";

export const COOKIE_ATTRIBUTES = {
  secure: true,
  httpOnly: true,
  sameSite: "lax",
  path: "/",
} as const;

/** Where better-auth's own endpoints are mounted (the plugin's TOTP set-up, among others). */
export const AUTH_BASE_PATH = "/api/auth";

/**
 * MAEUL_AUTH_SECRET (32+ characters) signs cookies and encrypts TOTP secrets. Without it, a random
 * secret is generated once and kept in the database (app_meta), which suits the embedded
 * single-machine setup; a deployment with a separate database server should set it.
 */
export function configuredAuthSecret(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const secret = env.MAEUL_AUTH_SECRET;
  if (!secret) return undefined;
  if (secret.length < 32) throw new Error("MAEUL_AUTH_SECRET must be at least 32 characters long");
  return secret;
}

/**
 * MAEUL_TRUST_PROXY=1: the server runs behind exactly one reverse proxy that appends the client
 * address to X-Forwarded-For, so the login throttle takes the last entry of that header. Without
 * it the header is ignored (a client could write anything there) and the socket address is used.
 */
export function trustProxy(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.MAEUL_TRUST_PROXY === "1";
}
