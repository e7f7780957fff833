import { useTranslation } from "react-i18next";
import { CONSENT_PURPOSE_INFO } from "../../../../src/consents/domain/consent-purposes.ts";
import type { TConsentState } from "../../api/me.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { useConsentRecordText } from "./use-consent-record-text.ts";

type PurposeState = TConsentState["purposes"][number];

/**
 * One purpose: what it is and which data it uses, the latest decision, and a switch (a native
 * checkbox with role="switch", named by the purpose's title) for the optional ones. The required
 * one has no switch: it ends with the account, which the text says.
 */
export function ConsentPurposeRow({
  state,
  pending,
  onDecide,
}: {
  state: PurposeState;
  pending: boolean;
  onDecide: (granted: boolean) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const recordText = useConsentRecordText();
  const info = CONSENT_PURPOSE_INFO[state.purpose];
  const id = `consent-${state.purpose}`;
  const title = pick(info.titleKo, info.titleEn);
  const stale = state.latest !== null && state.granted && !state.underCurrentNotice;
  return (
    <li className="consent-item">
      <div>
        <h3 className="consent-item__title" id={`${id}-title`}>
          {title}
          <span className={`badge ${state.required ? "badge--required" : "badge--optional"}`}>
            {state.required ? t("me.consent.required") : t("me.consent.optional")}
          </span>
        </h3>
        <p id={`${id}-items`}>
          {t("me.consent.items")}: {pick(info.itemsKo, info.itemsEn)}
        </p>
        <p id={`${id}-record`} className="consent-item__meta">
          {state.latest
            ? recordText(state.latest)
            : state.required
              ? t("me.consent.requiredMissing")
              : t("me.consent.neverRecorded")}
        </p>
        {stale ? (
          <p className="consent-item__meta">
            {t("me.consent.olderNotice", { version: state.latest?.noticeVersion })}
          </p>
        ) : null}
      </div>
      <div className="consent-item__control">
        {state.required ? (
          <>
            <p>
              <strong>{state.granted ? t("me.consent.granted") : t("me.consent.notGranted")}</strong>
            </p>
            <p className="field__hint">{t("me.consent.requiredNote")}</p>
          </>
        ) : (
          <label className="switch" htmlFor={`${id}-switch`}>
            <input
              id={`${id}-switch`}
              type="checkbox"
              role="switch"
              className="switch__input"
              checked={state.granted}
              aria-checked={state.granted}
              aria-labelledby={`${id}-title`}
              aria-describedby={`${id}-items ${id}-record`}
              aria-disabled={pending || undefined}
              onChange={(e) => {
                if (!pending) onDecide(e.target.checked);
              }}
            />
            <span aria-hidden="true">
              {state.granted ? t("me.consent.granted") : t("me.consent.notGranted")}
            </span>
          </label>
        )}
        {(state.required && !state.granted) || stale ? (
          <button
            type="button"
            className="button button--secondary button--small"
            aria-describedby={`${id}-title`}
            onClick={() => {
              if (!pending) onDecide(true);
            }}
          >
            {state.required && !state.granted ? t("me.consent.agreeRequired") : t("me.consent.agreeAgain")}
          </button>
        ) : null}
      </div>
    </li>
  );
}
