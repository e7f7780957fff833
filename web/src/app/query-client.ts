import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { type AuthSnapshot, SESSION_KEY } from "../api/auth.ts";
import { ApiError } from "../api/http.ts";

/**
 * Every API call a signed-in person makes counts as activity on the server, which moves the
 * idle deadline on (at most once a minute). After successful calls the known deadline is read
 * again from GET /api/auth/session, at most once a minute; after a 401 at once (the session
 * ended: timed out, or signed out in another tab).
 */
const ACTIVITY_REFRESH_MS = 60 * 1000;
let refreshTimer: ReturnType<typeof setTimeout> | null = null;

function isAuthCall(key: readonly unknown[] | undefined): boolean {
  return key?.[0] === "auth";
}

function signedIn(): boolean {
  return Boolean(queryClient.getQueryData<AuthSnapshot | null>(SESSION_KEY));
}

function noteActivity() {
  if (!signedIn() || refreshTimer) return;
  // A minute after the session was last read (which may have been just now, on page load).
  const lastRead = queryClient.getQueryState(SESSION_KEY)?.dataUpdatedAt ?? 0;
  const wait = Math.max(0, lastRead + ACTIVITY_REFRESH_MS - Date.now());
  refreshTimer = setTimeout(() => {
    refreshTimer = null;
    if (signedIn()) void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
  }, wait);
}

function noteFailure(error: unknown) {
  if (error instanceof ApiError && error.status === 401 && signedIn()) {
    void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
  }
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    onSuccess: (_data, query) => {
      if (!isAuthCall(query.queryKey)) noteActivity();
    },
    onError: (error, query) => {
      if (!isAuthCall(query.queryKey)) noteFailure(error);
    },
  }),
  mutationCache: new MutationCache({
    onSuccess: (_data, _variables, _context, mutation) => {
      if (!isAuthCall(mutation.options.mutationKey)) noteActivity();
    },
    onError: (error, _variables, _context, mutation) => {
      if (!isAuthCall(mutation.options.mutationKey)) noteFailure(error);
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 60 * 1000,
      refetchOnWindowFocus: false,
      // A 4xx will not get better by asking again.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    },
  },
});
