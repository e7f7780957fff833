import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError, createAuthMiddleware, getSessionFromCtx, isAPIError } from "better-auth/api";
import { twoFactor } from "better-auth/plugins/two-factor";
import type { Db } from "../db/client.ts";
import type { AppDeps } from "../server/router.ts";
import { accounts } from "./account.table.ts";
import {
  AUTH_BASE_PATH,
  COOKIE_ATTRIBUTES,
  DONT_REMEMBER_COOKIE,
  SESSION_COOKIE,
  TRUST_DEVICE_COOKIE,
  TWO_FACTOR_COOKIE,
  trustProxy,
} from "./auth-config.ts";
import { loadAuthSecret } from "./auth-secret.repository.ts";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./domain/password-rule.ts";
import { ABSOLUTE_TIMEOUT_MS, newSessionTimes } from "./domain/session-policy.ts";
import { sessions } from "./session.table.ts";
import { twoFactors } from "./two-factor.table.ts";
import { users } from "./user.table.ts";
import { verifications } from "./verification.table.ts";

/** How long the password step of a TOTP sign-in stays valid (better-auth's two_factor cookie). */
const TWO_FACTOR_CHALLENGE_SECONDS = 10 * 60;

/**
 * better-auth, configured for Maeul: e-mail and password over the Drizzle tables in src/auth,
 * the twoFactor plugin for TOTP, `__Host-` cookies that end with the browser session, and no
 * self sign-up (accounts are provisioned: the demo seed today, administrators later).
 *
 * better-auth keeps its own `expiresAt` (12 h, never refreshed) as a backstop; Maeul's idle and
 * absolute deadlines are set here when any session is created (sign-in, TOTP verification, or the
 * session better-auth swaps in when TOTP is switched on) and enforced by src/auth/authenticate.ts
 * with the app's injectable clock. Login throttling is Maeul's (src/auth/login-throttle.*), so
 * better-auth's in-memory rate limiter is off; TOTP guessing is capped by the plugin's own
 * account lockout (10 wrong codes lock TOTP for 15 minutes, stored in two_factors).
 */
export function createMaeulAuth(db: Db, secret: string, now: () => Date) {
  return betterAuth({
    appName: "Maeul",
    basePath: AUTH_BASE_PATH,
    ...(process.env.MAEUL_PUBLIC_URL ? { baseURL: process.env.MAEUL_PUBLIC_URL } : {}),
    secret,
    telemetry: { enabled: false },
    logger: { level: "error" },
    onAPIError: {
      // 4xx answers (a wrong code, Maeul's refusals below) are not errors worth a log line.
      onError: (error) => {
        if (!isAPIError(error) || error.statusCode >= 500) console.error("[better-auth]", error);
      },
    },
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: {
        user: users,
        session: sessions,
        account: accounts,
        verification: verifications,
        twoFactor: twoFactors,
      },
    }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      autoSignIn: false,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
    },
    user: {
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "resident", input: false },
        regionCode: { type: "string", required: false, input: false },
        organizationId: { type: "string", required: false, input: false },
        residentId: { type: "string", required: false, input: false },
        demo: { type: "boolean", required: false, defaultValue: false, input: false },
      },
    },
    session: {
      expiresIn: ABSOLUTE_TIMEOUT_MS / 1000,
      disableSessionRefresh: true,
      additionalFields: {
        idleExpiresAt: { type: "date", required: false, input: false },
        absoluteExpiresAt: { type: "date", required: false, input: false },
      },
    },
    databaseHooks: {
      session: {
        create: {
          // A session that replaces another one (TOTP switched on) keeps the old absolute deadline.
          before: async (session) => {
            const times = newSessionTimes(now());
            const carried = session.absoluteExpiresAt instanceof Date ? session.absoluteExpiresAt : null;
            return {
              data: {
                ...session,
                idleExpiresAt: times.idleExpiresAt,
                absoluteExpiresAt: carried ?? times.absoluteExpiresAt,
              },
            };
          },
        },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        const body = ctx.body as { trustDevice?: unknown } | undefined;
        if (body && typeof body === "object" && body.trustDevice) {
          // Officers pass TOTP at every sign-in: no "trust this device for 30 days".
          throw new APIError("BAD_REQUEST", {
            code: "TRUST_DEVICE_DISABLED",
            message: "Trusting a device is not available: every sign-in asks for the code.",
          });
        }
        if (ctx.path === "/two-factor/enable") {
          const session = await getSessionFromCtx(ctx);
          if ((session?.user as { demo?: boolean } | undefined)?.demo) {
            // A demo password is public: TOTP on a demo account would lock everyone else out.
            throw new APIError("FORBIDDEN", {
              code: "DEMO_ACCOUNT",
              message: "Demo accounts cannot switch on a second factor.",
            });
          }
        }
      }),
    },
    plugins: [
      twoFactor({
        issuer: "마을 Maeul",
        twoFactorCookieMaxAge: TWO_FACTOR_CHALLENGE_SECONDS,
        totpOptions: { digits: 6, period: 30 },
      }),
    ],
    rateLimit: { enabled: false },
    trustedOrigins: (request) => {
      if (!request) return [];
      const host = new URL(request.url).host;
      return [`http://${host}`, `https://${host}`];
    },
    advanced: {
      database: { generateId: "uuid" },
      useSecureCookies: false,
      defaultCookieAttributes: COOKIE_ATTRIBUTES,
      cookies: {
        session_token: { name: SESSION_COOKIE },
        dont_remember: { name: DONT_REMEMBER_COOKIE },
        two_factor: { name: TWO_FACTOR_COOKIE },
        trust_device: { name: TRUST_DEVICE_COOKIE },
      },
      ipAddress: { ipAddressHeaders: trustProxy() ? ["x-forwarded-for"] : [] },
    },
  });
}

export type MaeulAuth = ReturnType<typeof createMaeulAuth>;

export interface AuthService {
  auth: MaeulAuth;
  /** Signs the cookies (and encrypts TOTP secrets). */
  secret: string;
}

const services = new WeakMap<AppDeps, Promise<AuthService>>();

/** The better-auth instance of one app (one per AppDeps: its database and its clock). */
export function authFor(deps: AppDeps): Promise<AuthService> {
  let service = services.get(deps);
  if (!service) {
    service = loadAuthSecret(deps.db).then((secret) => ({
      auth: createMaeulAuth(deps.db, secret, deps.now),
      secret,
    }));
    // A failure (database down) is not cached: the next request tries again.
    service.catch(() => services.delete(deps));
    services.set(deps, service);
  }
  return service;
}
