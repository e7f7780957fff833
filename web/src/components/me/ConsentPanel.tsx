import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { CONSENT_PURPOSE_INFO } from "../../../../src/consents/domain/consent-purposes.ts";
import { useDecideConsent, useMyConsents } from "../../api/me.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { useFormat } from "../../lib/use-format.ts";
import { ErrorMessage } from "../common/ErrorMessage.tsx";
import { LoadingMessage } from "../common/LoadingMessage.tsx";
import { ConsentHistory } from "./ConsentHistory.tsx";
import { ConsentPurposeRow } from "./ConsentPurposeRow.tsx";
import "./me.css";

/**
 * 동의 관리: each purpose with its latest decision and the notice it was made under (GET
 * /api/me/consents); optional ones switch on and off (POST /api/me/consents, one new record each
 * time), and the result is announced in a live region.
 */
export function ConsentPanel() {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const format = useFormat();
  const consents = useMyConsents();
  const decide = useDecideConsent();
  const [announcement, setAnnouncement] = useState("");

  function onDecide(purpose: keyof typeof CONSENT_PURPOSE_INFO, granted: boolean) {
    const info = CONSENT_PURPOSE_INFO[purpose];
    const title = pick(info.titleKo, info.titleEn);
    setAnnouncement("");
    decide.mutate(
      { purpose, granted },
      {
        onSuccess: () =>
          setAnnouncement(
            granted ? t("me.consent.grantedNow", { title }) : t("me.consent.withdrawnNow", { title }),
          ),
      },
    );
  }

  const state = consents.data;
  return (
    <section className="panel stack" aria-labelledby="me-consent-title">
      <h2 id="me-consent-title" className="section-title section-title--small">
        {t("me.consent.title")}
      </h2>
      <p>{t("me.consent.lead")}</p>
      {consents.isLoading ? <LoadingMessage /> : null}
      {consents.error ? (
        <ErrorMessage error={consents.error} onRetry={() => void consents.refetch()} />
      ) : null}
      {state ? (
        <>
          <p>
            {t("me.consent.notice", {
              version: state.notice.version,
              date: format.date(state.notice.effectiveDate),
            })}{" "}
            <Link to="/privacy">{t("me.consent.readPolicy")}</Link>
          </p>
          <ul className="consent-list">
            {state.purposes.map((purpose) => (
              <ConsentPurposeRow
                key={purpose.purpose}
                state={purpose}
                pending={decide.isPending}
                onDecide={(granted) => onDecide(purpose.purpose, granted)}
              />
            ))}
          </ul>
          <ConsentHistory history={state.history} />
        </>
      ) : null}
      <div role="status" className="status-message">
        {decide.isPending ? t("me.consent.saving") : announcement}
      </div>
      {decide.error ? <ErrorMessage error={decide.error} /> : null}
    </section>
  );
}
