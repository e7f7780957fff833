import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useCallback, useMemo } from "react";
import { type AuthSnapshot, ENDED_KEY, sessionQuery, setAuthSnapshot } from "../api/auth.ts";
import { type Auth, AuthContext, type SessionDeadlines, type SignOutReason } from "./auth-context.ts";

/**
 * Who is signed in, for the whole app: one query on GET /api/auth/session (401 means signed out).
 * Sign-in, sign-up, extend and logout write the same cache entry (src/api/auth.ts).
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const query = useQuery(sessionQuery);
  const snapshot = query.data;

  // Written only by setAuthSnapshot, together with the session: never fetched.
  const ended = useQuery({
    queryKey: ENDED_KEY,
    queryFn: () => client.getQueryData<SignOutReason | null>(ENDED_KEY) ?? null,
    initialData: null,
    staleTime: Number.POSITIVE_INFINITY,
  }).data;
  const signOutLocally = useCallback(
    (reason: SignOutReason) => setAuthSnapshot(client, null, reason),
    [client],
  );

  const value = useMemo<Auth>(() => {
    const state = snapshot?.state ?? null;
    const active = snapshot ? isActive(snapshot) : false;
    let status: Auth["status"] = active ? "signedIn" : "signedOut";
    // The first answer is still on its way (a failed first check counts as signed out).
    if (snapshot === undefined && query.isPending && query.fetchStatus !== "idle") status = "loading";
    return {
      status,
      user: active && state ? state.user : null,
      state,
      deadlines: active && snapshot ? deadlinesOf(snapshot) : null,
      signOutLocally,
      ended: active ? null : ended,
    };
  }, [snapshot, query.isPending, query.fetchStatus, signOutLocally, ended]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** Signed in and allowed to act: a session, and no second factor still due. */
function isActive(snapshot: AuthSnapshot): boolean {
  return Boolean(snapshot.state.session) && !snapshot.state.secondFactorRequired;
}

function deadlinesOf({ state, serverOffsetMs }: AuthSnapshot): SessionDeadlines | null {
  if (!state.session) return null;
  return {
    idle: Date.parse(state.session.idleExpiresAt) - serverOffsetMs,
    absolute: Date.parse(state.session.expiresAt) - serverOffsetMs,
    key: state.session.idleExpiresAt,
  };
}
