import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useResident } from "../api/residents.ts";
import { useAuth } from "../app/auth-context.ts";
import { ErrorMessage } from "../components/common/ErrorMessage.tsx";
import { LoadingMessage } from "../components/common/LoadingMessage.tsx";
import { PageHeader } from "../components/common/PageHeader.tsx";
import { SyntheticBadge } from "../components/common/SyntheticBadge.tsx";
import { AccountDeletionPanel } from "../components/me/AccountDeletionPanel.tsx";
import { ConsentPanel } from "../components/me/ConsentPanel.tsx";
import { MyDataExport } from "../components/me/MyDataExport.tsx";
import { ResidentSummary } from "../components/residents/ResidentSummary.tsx";

/**
 * /me (내 정보), for residents: the account, the registration as the API shows it (personal fields
 * masked), consents per purpose, the download of one's own data, and deleting the account.
 */
export function MePage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const resident = useResident(user?.residentId);
  if (!user) return null;
  return (
    <>
      <PageHeader title={t("me.title")} lead={t("me.lead")} />
      <div className="stack stack--sections">
        <section className="panel" aria-labelledby="me-account-title">
          <h2 id="me-account-title" className="section-title section-title--small">
            {t("me.accountTitle")}
          </h2>
          <dl className="fact-table">
            <div className="fact-table__row">
              <dt>{t("auth.signup.name")}</dt>
              <dd>{user.name}</dd>
            </div>
            <div className="fact-table__row">
              <dt>{t("auth.email")}</dt>
              <dd>{user.email}</dd>
            </div>
            {user.demo ? (
              <div className="fact-table__row">
                <dt>{t("me.accountKind")}</dt>
                <dd>{t("me.demoAccount")}</dd>
              </div>
            ) : null}
          </dl>
        </section>

        <section className="panel" aria-labelledby="me-registration-title">
          <div className="me-section-head">
            <h2 id="me-registration-title" className="section-title section-title--small">
              {t("me.registrationTitle")}
            </h2>
            {resident.data?.synthetic ? <SyntheticBadge /> : null}
          </div>
          {!user.residentId ? (
            <div className="stack">
              <p>{t("me.notRegistered")}</p>
              <p>
                <Link className="button button--primary" to="/residents/new">
                  {t("me.registerNow")}
                </Link>
              </p>
            </div>
          ) : null}
          {resident.isLoading ? <LoadingMessage /> : null}
          {resident.error ? (
            <ErrorMessage error={resident.error} onRetry={() => void resident.refetch()} />
          ) : null}
          {resident.data ? (
            <>
              <p className="field__hint">{t("resident.doneMaskedNote")}</p>
              <ResidentSummary resident={resident.data} />
              <p>
                <Link className="button button--primary" to="/me/recommendations">
                  {t("recommend.myLink")}
                </Link>
              </p>
            </>
          ) : null}
        </section>

        <ConsentPanel />

        <MyDataExport />

        <AccountDeletionPanel demo={user.demo} />
      </div>
    </>
  );
}
