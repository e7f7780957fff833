import {
  notifyManager,
  type QueryClient,
  queryOptions,
  useMutation,
  useQueryClient,
} from "@tanstack/react-query";
import type { z } from "zod";
import type {
  AuthState,
  ZAuthUser,
  ZLoginRequest,
  ZTwoFactorVerifyRequest,
} from "../../../src/auth/auth.schema.ts";
import { ApiError, type ApiResponse, send } from "./http.ts";

export type { AuthState };
export type AuthUser = z.infer<typeof ZAuthUser>;
export type LoginRequest = z.input<typeof ZLoginRequest>;
export type TwoFactorVerifyRequest = z.input<typeof ZTwoFactorVerifyRequest>;
/**
 * POST /api/auth/signup: the sign-in fields and the person's name. Written from the login request
 * until src/auth/auth.schema.ts exports the signup schema; then import its type instead.
 */
export type SignupRequest = LoginRequest & { name: string };

/**
 * What the browser knows of its session: the API's answer, and how far the server's clock is
 * ahead of this device's (from the Date header), so that countdowns use the server's deadlines.
 */
export interface AuthSnapshot {
  state: AuthState;
  serverOffsetMs: number;
}

export const SESSION_KEY = ["auth", "session"] as const;
/** Why the last session ended in this tab ("expired" | "signedOut"), kept beside the session. */
export const ENDED_KEY = ["auth", "ended"] as const;
export type SignOutReason = "expired" | "signedOut";

/** Offsets under two seconds are noise (Date has whole seconds): treated as none. */
const OFFSET_NOISE_MS = 2000;

export function serverOffset(dateHeader: string | null, now = Date.now()): number {
  const serverTime = dateHeader ? Date.parse(dateHeader) : Number.NaN;
  if (Number.isNaN(serverTime)) return 0;
  // The header is truncated to the second: the server's clock was somewhere in the next second.
  const offset = serverTime + 500 - now;
  return Math.abs(offset) < OFFSET_NOISE_MS ? 0 : offset;
}

function toSnapshot({ data, headers }: ApiResponse<AuthState>): AuthSnapshot {
  return { state: data, serverOffsetMs: serverOffset(headers.get("Date")) };
}

/** The routes of src/auth/auth.routes.ts (and the signup the lead is adding). */
export const authApi = {
  /** GET /api/auth/session: null when nobody is signed in (401). Reading it is not activity. */
  async session(signal?: AbortSignal): Promise<AuthSnapshot | null> {
    try {
      return toSnapshot(await send<AuthState>("GET", "/auth/session", undefined, signal));
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  async login(body: LoginRequest): Promise<AuthSnapshot> {
    return toSnapshot(await send<AuthState>("POST", "/auth/login", body));
  },
  async verifyTwoFactor(body: TwoFactorVerifyRequest): Promise<AuthSnapshot> {
    return toSnapshot(await send<AuthState>("POST", "/auth/two-factor/verify", body));
  },
  async signup(body: SignupRequest): Promise<AuthSnapshot> {
    return toSnapshot(await send<AuthState>("POST", "/auth/signup", body));
  },
  /** Moves the idle deadline 30 minutes on (never past the 12-hour limit). */
  async extend(): Promise<AuthSnapshot> {
    return toSnapshot(await send<AuthState>("POST", "/auth/session/extend"));
  },
  async logout(): Promise<void> {
    await send<null>("POST", "/auth/logout");
  },
};

export const sessionQuery = queryOptions({
  queryKey: SESSION_KEY,
  queryFn: ({ signal }) => authApi.session(signal),
  staleTime: 60 * 1000,
  // Coming back to the tab after a while: the session may have ended (or been extended elsewhere).
  refetchOnWindowFocus: true,
});

/** Cached data that does not depend on who is signed in (public statistics). */
const SHARED_KEYS = new Set(["regions", "region", "region-boundary"]);

/**
 * Records a new session state (and, when it ends, why: in the same update, so that every part
 * of the page sees both at once). When the person changes (sign-in, sign-out, another account),
 * everything cached for the previous one is dropped and what is on screen is fetched again.
 */
export function setAuthSnapshot(client: QueryClient, next: AuthSnapshot | null, ended?: SignOutReason) {
  const previous = client.getQueryData<AuthSnapshot | null>(SESSION_KEY);
  notifyManager.batch(() => {
    client.setQueryData(ENDED_KEY, next ? null : (ended ?? null));
    client.setQueryData(SESSION_KEY, next);
  });
  if ((previous?.state.user.id ?? null) !== (next?.state.user.id ?? null)) {
    void client.resetQueries({
      predicate: (query) => query.queryKey[0] !== "auth" && !SHARED_KEYS.has(String(query.queryKey[0])),
    });
  }
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationKey: ["auth", "login"],
    mutationFn: authApi.login,
    onSuccess: (snapshot) => {
      // Waiting for a TOTP code: not signed in yet (the login page keeps that step).
      if (snapshot.state.session) setAuthSnapshot(client, snapshot);
    },
  });
}

export function useVerifyTwoFactor() {
  const client = useQueryClient();
  return useMutation({
    mutationKey: ["auth", "verifyTwoFactor"],
    mutationFn: authApi.verifyTwoFactor,
    onSuccess: (snapshot) => setAuthSnapshot(client, snapshot),
  });
}

export function useSignup() {
  const client = useQueryClient();
  return useMutation({
    mutationKey: ["auth", "signup"],
    mutationFn: authApi.signup,
    onSuccess: (snapshot) => setAuthSnapshot(client, snapshot),
  });
}

export function useExtendSession() {
  const client = useQueryClient();
  return useMutation({
    mutationKey: ["auth", "extend"],
    mutationFn: authApi.extend,
    onSuccess: (snapshot) => setAuthSnapshot(client, snapshot),
    onError: (error) => {
      if (error instanceof ApiError && error.status === 401) setAuthSnapshot(client, null, "expired");
    },
  });
}
