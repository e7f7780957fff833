import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { CONSENT_PURPOSE_INFO, type ConsentPurpose } from "../../../src/consents/domain/consent-purposes.ts";
import type { TAccountDeletionReceipt } from "../api/me.ts";
import { useAuth } from "../app/auth-context.ts";
import { PageHeader } from "../components/common/PageHeader.tsx";
import { KeptAfterDeletionList } from "../components/me/KeptAfterDeletionList.tsx";
import { useConsentTime } from "../components/me/use-consent-record-text.ts";
import { useLanguage } from "../i18n/use-language.ts";
import "../components/me/me.css";

/** In the order the registration form asks for them. */
const PERSONAL_FIELDS = ["name", "phone", "address", "notes"];

/**
 * /account-deleted: the confirmation after POST /api/me/delete, with what was erased (from the
 * server's receipt, passed in the navigation state) and what the law keeps. Signed out by then.
 */
export function AccountDeletedPage() {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const when = useConsentTime();
  const receipt = (useLocation().state as { receipt?: TAccountDeletionReceipt } | null)?.receipt ?? null;
  const { user, signOutLocally } = useAuth();
  // Arriving from a deletion: the server's session is gone; forget it in this browser too.
  useEffect(() => {
    if (receipt && user) signOutLocally("signedOut");
  }, [receipt, user, signOutLocally]);
  const purposeName = (p: string) => {
    const info = CONSENT_PURPOSE_INFO[p as ConsentPurpose];
    return info ? pick(info.titleKo, info.titleEn) : p;
  };
  return (
    <article className="prose-page stack">
      <PageHeader title={t("me.deleted.title")} lead={t("me.deleted.lead")} />
      {receipt ? (
        <div className="alert alert--success" role="status">
          <p>{t("me.deleted.when", { when: when(receipt.deletedAt) })}</p>
        </div>
      ) : null}
      {receipt ? (
        <ul className="bullet-list">
          <li>
            {receipt.residentErased
              ? t("me.deleted.erasedRegistration", {
                  fields: PERSONAL_FIELDS.filter((f) => receipt.personalFieldsErased.includes(f))
                    .map((f) => t(`me.deleted.fields.${f}`))
                    .join(", "),
                })
              : t("me.deleted.noRegistration")}
          </li>
          {receipt.consentsWithdrawn.length > 0 ? (
            <li>
              {t("me.deleted.consentsEnded", {
                purposes: receipt.consentsWithdrawn.map(purposeName).join(", "),
              })}
            </li>
          ) : null}
        </ul>
      ) : null}
      <section aria-labelledby="deleted-kept-title" className="stack">
        <h2 id="deleted-kept-title" className="section-title section-title--small">
          {t("me.delete.keptTitle")}
        </h2>
        <KeptAfterDeletionList />
      </section>
      <p>{t("me.deleted.again")}</p>
      <p>
        <Link className="button button--primary button--large" to="/">
          {t("me.deleted.home")}
        </Link>
      </p>
    </article>
  );
}
