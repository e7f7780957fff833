import { useTranslation } from "react-i18next";

export type LoginNoticeKind = "expired" | "signedOut" | "signInRequired" | "codeExpired";

/**
 * Why the login page is showing: the session ended after inactivity, the person signed out, the
 * page they wanted needs signing in, or the one-time-code step ran out. An ended session is an
 * alert (it happened without them); the others are status messages.
 */
export function LoginNotice({ kind }: { kind: LoginNoticeKind }) {
  const { t } = useTranslation();
  const urgent = kind === "expired" || kind === "codeExpired";
  return (
    <div
      className={`alert ${urgent ? "alert--warning" : "alert--info"} login-notice`}
      role={urgent ? "alert" : "status"}
    >
      <p>{t(`auth.notice.${kind}`)}</p>
    </div>
  );
}
