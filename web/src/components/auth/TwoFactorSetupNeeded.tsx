import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { AuthState } from "../../api/auth.ts";
import { useSignOut } from "../../hooks/use-sign-out.ts";

/**
 * A privileged account whose authenticator app is not set up yet. The web app has no set-up
 * screen yet, so it says so plainly (the API's POST /api/auth/two-factor/enable exists) and
 * offers to sign out; it never lets the account act without its second factor.
 */
export function TwoFactorSetupNeeded({ state, onRestart }: { state: AuthState; onRestart: () => void }) {
  const { t } = useTranslation();
  const { signOut } = useSignOut();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="panel stack" aria-labelledby="two-factor-setup-title">
      <h2 ref={headingRef} id="two-factor-setup-title" className="section-title" tabIndex={-1}>
        {t("auth.twoFactorSetup.title")}
      </h2>
      <p>{t("auth.twoFactorSetup.text", { email: state.user.email })}</p>
      <div className="form-actions">
        <button
          type="button"
          className="button button--tertiary button--large"
          onClick={() => {
            void signOut();
            onRestart();
          }}
        >
          {t("auth.twoFactor.restart")}
        </button>
      </div>
    </section>
  );
}
