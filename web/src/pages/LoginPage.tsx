import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useLocation, useSearchParams } from "react-router";
import type { AuthState } from "../api/auth.ts";
import { useAuth } from "../app/auth-context.ts";
import { DemoAccountsNote } from "../components/auth/DemoAccountsNote.tsx";
import { LoginForm } from "../components/auth/LoginForm.tsx";
import { LoginNotice, type LoginNoticeKind } from "../components/auth/LoginNotice.tsx";
import { TwoFactorForm } from "../components/auth/TwoFactorForm.tsx";
import { TwoFactorSetupNeeded } from "../components/auth/TwoFactorSetupNeeded.tsx";
import { LoadingMessage } from "../components/common/LoadingMessage.tsx";
import { PageHeader } from "../components/common/PageHeader.tsx";
import { homePathFor, safeNextPath } from "../lib/access.ts";

type Step = { kind: "credentials" } | { kind: "code" } | { kind: "setup"; state: AuthState };

/**
 * /login: e-mail and password, then (officers, ministry, administrators) the one-time code.
 * Signed in, it goes to `?next=` (a path on this site) or the role's start page. A notice says
 * why the person is here: the session ended, they signed out, or the page needs signing in.
 */
export function LoginPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const location = useLocation();
  const [params] = useSearchParams();
  const [step, setStep] = useState<Step>({ kind: "credentials" });
  const [restartNotice, setRestartNotice] = useState<LoginNoticeKind | null>(null);
  const next = safeNextPath(params.get("next"));
  const notice = restartNotice ?? (location.state as { notice?: LoginNoticeKind } | null)?.notice ?? null;

  if (auth.status === "loading") return <LoadingMessage />;
  if (auth.user) return <Navigate to={next ?? homePathFor(auth.user)} replace />;

  function onSecondFactor(state: AuthState) {
    setRestartNotice(null);
    setStep(state.secondFactorStep === "verify" ? { kind: "code" } : { kind: "setup", state });
  }
  function restart(reason: "expired" | "cancelled") {
    setRestartNotice(reason === "expired" ? "codeExpired" : null);
    setStep({ kind: "credentials" });
  }

  return (
    <div className="auth-page">
      <div className="auth-page__main">
        <PageHeader title={t("auth.login.title")} lead={t("auth.login.lead")} />
        {notice ? <LoginNotice kind={notice} /> : null}
        {step.kind === "credentials" ? <LoginForm onSecondFactor={onSecondFactor} /> : null}
        {step.kind === "code" ? <TwoFactorForm onRestart={restart} /> : null}
        {step.kind === "setup" ? (
          <TwoFactorSetupNeeded state={step.state} onRestart={() => restart("cancelled")} />
        ) : null}
        <p className="auth-page__alt">
          {t("auth.login.noAccount")} <Link to="/residents/new">{t("auth.login.signupLink")}</Link>
        </p>
      </div>
      <aside className="auth-page__side" aria-label={t("auth.demo.title")}>
        <DemoAccountsNote />
      </aside>
    </div>
  );
}
