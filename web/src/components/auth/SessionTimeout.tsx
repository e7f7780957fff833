import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import {
  type AuthSnapshot,
  authApi,
  SESSION_KEY,
  setAuthSnapshot,
  useExtendSession,
} from "../../api/auth.ts";
import { ApiError } from "../../api/http.ts";
import { useAuth } from "../../app/auth-context.ts";
import { useNow } from "../../hooks/use-now.ts";
import { useSignOut } from "../../hooks/use-sign-out.ts";
import { SessionExpiryDialog } from "./SessionExpiryDialog.tsx";

/** The warning opens this long before the session ends. */
export const WARN_BEFORE_MS = 2 * 60 * 1000;
const RECHECK_MAX_AGE_MS = 10 * 1000;

/**
 * Watches the signed-in session's deadline. Two minutes before it, it asks the server again
 * (another tab may have extended it) and, if the deadline holds, opens the warning dialog. At
 * the deadline it signs out here and on the server and goes to the login page with a notice,
 * coming back to this page after signing in again.
 */
export function SessionTimeout() {
  const { t } = useTranslation();
  const auth = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const client = useQueryClient();
  const extend = useExtendSession();
  const { signOut } = useSignOut();
  const deadlines = auth.deadlines;
  const key = deadlines?.key ?? null;
  const deadline = deadlines ? Math.min(deadlines.idle, deadlines.absolute) : null;
  const canExtend = deadlines ? deadlines.absolute - deadlines.idle > 1000 : false;
  const idleMinutes = Math.round((auth.state?.session?.idleTimeoutSeconds ?? 1800) / 60);
  /** The deadline (by key) confirmed with the server two minutes before it. */
  const [warnedKey, setWarnedKey] = useState<string | null>(null);
  /** A warning closed with "OK" (only when it can no longer be extended). */
  const [dismissedKey, setDismissedKey] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const { signOutLocally } = auth;
  const next = `${location.pathname}${location.search}`;
  const nextRef = useRef(next);
  nextRef.current = next;

  /**
   * The server's view of the session: the cached answer if it is younger than `maxAgeMs`, else
   * a new one, asked directly (not through the cache) so that an ended session is reported once,
   * as "expired". undefined: the server could not be reached.
   */
  const askServer = useCallback(
    async (maxAgeMs: number): Promise<AuthSnapshot | null | undefined> => {
      const cached = client.getQueryState<AuthSnapshot | null>(SESSION_KEY);
      if (cached?.data && Date.now() - cached.dataUpdatedAt < maxAgeMs) return cached.data;
      return authApi.session().catch(() => undefined);
    },
    [client],
  );

  /** The session ended: sign out here and on the server, and say so on the login page. */
  const expire = useCallback(() => {
    navigate(`/login?next=${encodeURIComponent(nextRef.current)}`, { state: { notice: "expired" } });
    signOutLocally("expired");
    void authApi.logout().catch(() => undefined);
  }, [navigate, signOutLocally]);

  /** Whether the server moved the deadline (extended in another tab): then the cache takes it. */
  const movedOn = useCallback(
    (fresh: AuthSnapshot | null | undefined, known: string) => {
      const session = fresh?.state.session;
      if (!fresh || !session || fresh.state.secondFactorRequired || session.idleExpiresAt === known)
        return false;
      setAuthSnapshot(client, fresh);
      return true;
    },
    [client],
  );

  // Two minutes before the end: check with the server, then warn.
  useEffect(() => {
    if (deadline === null || key === null) return;
    let cancelled = false;
    const timer = window.setTimeout(
      async () => {
        // An answer from the last few seconds will do (and a deadline that keeps moving cannot
        // make this ask again and again).
        const fresh = await askServer(RECHECK_MAX_AGE_MS);
        if (cancelled || movedOn(fresh, key)) return;
        if (fresh === null) expire();
        else setWarnedKey(key);
      },
      Math.max(0, deadline - WARN_BEFORE_MS - Date.now()),
    );
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [deadline, key, askServer, movedOn, expire]);

  const warning = key !== null && warnedKey === key;
  const now = useNow(warning ? 1000 : null);

  // At the end: unless it was extended elsewhere at the last moment, the session is over.
  useEffect(() => {
    if (!warning || deadline === null || key === null) return;
    const timer = window.setTimeout(
      async () => {
        if (!movedOn(await askServer(0), key)) expire();
      },
      Math.max(0, deadline - Date.now()),
    );
    return () => window.clearTimeout(timer);
  }, [warning, deadline, key, askServer, movedOn, expire]);

  // The "extended" message is read out once, then cleared so that it can be said again later.
  useEffect(() => {
    if (!announcement) return;
    const timer = window.setTimeout(() => setAnnouncement(""), 8000);
    return () => window.clearTimeout(timer);
  }, [announcement]);

  function onExtend() {
    extend.mutate(undefined, {
      onSuccess: () => setAnnouncement(t("session.extended", { minutes: idleMinutes })),
      onError: (error) => {
        // Too late: the session had already ended on the server.
        if (error instanceof ApiError && error.status === 401) {
          navigate(`/login?next=${encodeURIComponent(nextRef.current)}`, { state: { notice: "expired" } });
        }
      },
    });
  }

  return (
    <>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {warning && deadline !== null && dismissedKey !== key ? (
        <SessionExpiryDialog
          remainingMs={deadline - Math.max(now, Date.now())}
          idleMinutes={idleMinutes}
          canExtend={canExtend}
          extending={extend.isPending}
          extendError={extend.error}
          onExtend={onExtend}
          onLogout={() => void signOut()}
          onDismiss={() => setDismissedKey(key)}
        />
      ) : null}
    </>
  );
}
