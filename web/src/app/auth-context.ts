import { createContext, useContext } from "react";
import type { AuthState, AuthUser, SignOutReason } from "../api/auth.ts";

export type { SignOutReason };

/** The session's deadlines on this device's clock (corrected for the server's). */
export interface SessionDeadlines {
  /** Ends here without activity; "extend" moves it on. */
  idle: number;
  /** Ends here whatever happens (12 hours after sign-in). */
  absolute: number;
  /** The server's idle deadline as sent: changes exactly when the session was extended. */
  key: string;
}

export interface Auth {
  /** loading: the first GET /api/auth/session has not answered yet. */
  status: "loading" | "signedIn" | "signedOut";
  /** The signed-in user (null while loading, signed out, or a second factor is still due). */
  user: AuthUser | null;
  /** The API's last answer, also when a second factor is still due. */
  state: AuthState | null;
  deadlines: SessionDeadlines | null;
  /**
   * Forgets the session in this browser (after it ended on the server, or to sign out), noting
   * why, so that whichever part of the app sends the person to the login page says the same.
   */
  signOutLocally: (reason: SignOutReason) => void;
  /** Why the last session ended in this tab (until someone signs in again). */
  ended: SignOutReason | null;
}

export const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error("useAuth outside <AuthProvider>");
  return auth;
}
