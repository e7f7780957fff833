import { useCallback, useState } from "react";
import { useNavigate } from "react-router";
import { authApi } from "../api/auth.ts";
import { useAuth } from "../app/auth-context.ts";

/**
 * Signing out: ends the session on the server, then forgets it here and opens the login page
 * with a notice. Offline, it still signs out here (the server session then times out).
 */
export function useSignOut() {
  const navigate = useNavigate();
  const { signOutLocally } = useAuth();
  const [pending, setPending] = useState(false);
  const signOut = useCallback(async () => {
    setPending(true);
    try {
      await authApi.logout();
    } catch {
      // Offline or server down: signed out on this device all the same.
    }
    setPending(false);
    navigate("/login", { state: { notice: "signedOut" } });
    signOutLocally("signedOut");
  }, [navigate, signOutLocally]);
  return { signOut, pending };
}
