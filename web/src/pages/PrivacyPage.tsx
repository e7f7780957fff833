import { useTranslation } from "react-i18next";
import { CURRENT_PRIVACY_NOTICE, NOTICE_HISTORY } from "../../../src/consents/domain/privacy-notice.ts";
import { RETENTION_AFTER_DELETION } from "../../../src/consents/domain/retention.ts";
import { PageHeader } from "../components/common/PageHeader.tsx";
import { PolicySection } from "../components/privacy/PolicySection.tsx";
import { useLanguage } from "../i18n/use-language.ts";
import { useFormat } from "../lib/use-format.ts";

/** The sections PIPA art. 30(1) and Enforcement Decree art. 31(1) require, in the policy's order. */
const SECTIONS = [
  "purposes",
  "items",
  "retention",
  "destruction",
  "thirdParty",
  "outsourcing",
  "pseudonymous",
  "rights",
  "automated",
  "safety",
  "cookies",
  "officer",
  "remedies",
  "changes",
] as const;

/**
 * 개인정보처리방침: every section the law requires, describing what the system does (the schema,
 * the encryption, the retention), with the version and effective date from the same module the
 * consent records use (src/consents/domain/privacy-notice.ts).
 */
export function PrivacyPage() {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const format = useFormat();
  const values = {
    version: CURRENT_PRIVACY_NOTICE.version,
    date: format.date(CURRENT_PRIVACY_NOTICE.effectiveDate),
    auditYears: RETENTION_AFTER_DELETION.audit_log.years,
    consentYears: RETENTION_AFTER_DELETION.consent_history.years,
    stubYears: RETENTION_AFTER_DELETION.resident_stub.years,
  };
  return (
    <article className="prose-page">
      <PageHeader title={t("privacy.title")} lead={t("privacy.lead")}>
        <p className="muted">{t("privacy.noticeVersion", values)}</p>
      </PageHeader>
      <div className="alert alert--warning">
        <p>{t("privacy.demoWarning")}</p>
      </div>
      <div className="alert alert--info">
        <p>
          <strong>{t("privacy.sections.items.rrn")}</strong>
        </p>
      </div>
      <nav aria-labelledby="privacy-contents" className="prose-section">
        <h2 id="privacy-contents" className="section-title section-title--small">
          {t("privacy.contentsTitle")}
        </h2>
        <ol className="policy-contents">
          {SECTIONS.map((key) => (
            <li key={key}>
              <a href={`#privacy-${key}`}>{t(`privacy.sections.${key}.title`)}</a>
            </li>
          ))}
        </ol>
      </nav>
      {SECTIONS.map((key) => (
        <PolicySection key={key} sectionKey={key} values={values} />
      ))}
      <section aria-labelledby="privacy-history" className="prose-section">
        <h2 id="privacy-history" className="section-title section-title--small">
          {t("privacy.historyTitle")}
        </h2>
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("privacy.historyVersion")}</th>
                <th scope="col">{t("privacy.historyDate")}</th>
                <th scope="col">{t("privacy.historyChanges")}</th>
              </tr>
            </thead>
            <tbody>
              {NOTICE_HISTORY.map((notice) => (
                <tr key={notice.version}>
                  <td>{notice.version}</td>
                  <td>{format.date(notice.effectiveDate)}</td>
                  <td>{pick(notice.changesKo, notice.changesEn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </article>
  );
}
