import { useTranslation } from "react-i18next";
import { NavLink, useLocation } from "react-router";
import { useAuth } from "../../app/auth-context.ts";
import { useSignOut } from "../../hooks/use-sign-out.ts";
import { useRoleLabel } from "../../lib/use-role-label.ts";

/**
 * Who is signed in (name, role and region, and whether it is a demo account) with the logout
 * button; signed out, the ways in: 로그인 and 주민 가입.
 */
export function AccountBar() {
  const { t } = useTranslation();
  const auth = useAuth();
  const location = useLocation();
  const role = useRoleLabel(auth.user);
  const { signOut, pending } = useSignOut();

  if (auth.status === "loading") return <div className="account-bar" aria-hidden="true" />;
  if (!auth.user) {
    const here = `${location.pathname}${location.search}`;
    const loginTo =
      location.pathname === "/" || location.pathname === "/login"
        ? "/login"
        : `/login?next=${encodeURIComponent(here)}`;
    return (
      <div className="account-bar account-bar--signed-out">
        <NavLink className="account-bar__button account-bar__button--primary" to={loginTo} end>
          {t("nav.login")}
        </NavLink>
        <NavLink className="account-bar__button" to="/residents/new" end>
          {t("nav.signup")}
        </NavLink>
      </div>
    );
  }
  return (
    <div className="account-bar">
      <p className="account-bar__who">
        <span className="visually-hidden">{t("auth.signedInAs")}</span>
        <span className="account-bar__name">{auth.user.name}</span>
        <span className="account-bar__role">{role}</span>
        {auth.user.demo ? <span className="badge badge--demo">{t("auth.demo.badge")}</span> : null}
      </p>
      <button
        type="button"
        className="account-bar__button"
        onClick={() => void signOut()}
        aria-disabled={pending || undefined}
      >
        {pending ? t("auth.logout.pending") : t("auth.logout.button")}
      </button>
    </div>
  );
}
