import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import type { AuthUser } from "../../api/auth.ts";
import { useAuth } from "../../app/auth-context.ts";
import { LoadingMessage } from "../common/LoadingMessage.tsx";
import { NotAllowed } from "./NotAllowed.tsx";

/**
 * A page for signed-in people: signed out, it sends them to /login?next=<this page>; signed in
 * with a role that may not use it, it says so (the API would answer 403 anyway).
 */
export function RequireAuth({
  allow,
  children,
}: {
  allow?: (user: AuthUser) => boolean;
  children: ReactNode;
}) {
  const auth = useAuth();
  const location = useLocation();
  if (auth.status === "loading") return <LoadingMessage />;
  if (!auth.user) {
    // Just signed out or timed out here: the same destination and notice as the sign-out itself.
    const next = encodeURIComponent(`${location.pathname}${location.search}`);
    const to = auth.ended === "signedOut" ? "/login" : `/login?next=${next}`;
    return <Navigate to={to} replace state={{ notice: auth.ended ?? "signInRequired" }} />;
  }
  if (allow && !allow(auth.user)) return <NotAllowed user={auth.user} />;
  return children;
}
