import { useTranslation } from "react-i18next";
import { PageHeader } from "../components/common/PageHeader.tsx";
import { SelfCheckWizard } from "../components/eligibility/SelfCheckWizard.tsx";
import "../components/eligibility/eligibility.css";

/** /eligibility: the self-check for everyone, signed in or not. Nothing entered is stored. */
export function EligibilityPage() {
  const { t } = useTranslation();
  return (
    <div className="selfcheck">
      <PageHeader title={t("eligibility.pageTitle")} lead={t("eligibility.lead")} />
      <div className="selfcheck-notice" role="note">
        <svg className="selfcheck-notice__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <rect
            x="4.5"
            y="10.5"
            width="15"
            height="10"
            rx="2"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
          />
          <path d="M8 10.5V7.5a4 4 0 0 1 8 0v3" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
        <div>
          <p className="selfcheck-notice__title">{t("eligibility.notStored")}</p>
          <p>{t("eligibility.intro")}</p>
        </div>
      </div>
      <SelfCheckWizard />
    </div>
  );
}
