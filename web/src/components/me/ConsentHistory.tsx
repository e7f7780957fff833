import { useTranslation } from "react-i18next";
import { CONSENT_PURPOSE_INFO } from "../../../../src/consents/domain/consent-purposes.ts";
import type { TConsentState } from "../../api/me.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { useConsentTime } from "./use-consent-record-text.ts";

/** Every decision ever recorded, newest first, behind a disclosure (nothing is ever overwritten). */
export function ConsentHistory({ history }: { history: TConsentState["history"] }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const when = useConsentTime();
  if (history.length === 0) return null;
  return (
    <details className="disclosure">
      <summary>{t("me.consent.historyTitle", { count: history.length })}</summary>
      <div className="table-wrap">
        <table className="data-table">
          <caption>{t("me.consent.historyCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("me.consent.historyWhen")}</th>
              <th scope="col">{t("me.consent.historyPurpose")}</th>
              <th scope="col">{t("me.consent.historyDecision")}</th>
              <th scope="col">{t("me.consent.historyMethod")}</th>
              <th scope="col">{t("me.consent.historyNotice")}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((record, index) => {
              const info = CONSENT_PURPOSE_INFO[record.purpose];
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: the history only grows; two rows may be alike
                <tr key={`${record.recordedAt}-${record.purpose}-${index}`}>
                  <td>{when(record.recordedAt)}</td>
                  <td>{pick(info.titleKo, info.titleEn)}</td>
                  <td>
                    {record.granted ? t("me.consent.decision.granted") : t("me.consent.decision.withdrawn")}
                  </td>
                  <td>{t(`me.consent.method.${record.method}`)}</td>
                  <td>{record.noticeVersion}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
