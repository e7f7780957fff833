import { useTranslation } from "react-i18next";
import { PageHeader } from "../components/common/PageHeader.tsx";

const SECTIONS = ["holds", "personal", "masking", "browser", "noTracking", "rights"] as const;

/** 개인정보처리방침: a short, honest statement of what this demo holds; a full policy comes later. */
export function PrivacyPage() {
  const { t } = useTranslation();
  return (
    <article className="prose-page">
      <PageHeader title={t("privacy.title")} lead={t("privacy.lead")} />
      <div className="alert alert--warning">
        <p>{t("privacy.demoWarning")}</p>
      </div>
      {SECTIONS.map((key) => (
        <section key={key} aria-labelledby={`privacy-${key}`} className="prose-section">
          <h2 id={`privacy-${key}`} className="section-title section-title--small">
            {t(`privacy.sections.${key}.title`)}
          </h2>
          <p>{t(`privacy.sections.${key}.body`)}</p>
        </section>
      ))}
      <p className="muted">{t("privacy.later")}</p>
    </article>
  );
}
