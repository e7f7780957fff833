import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type TApplication, useMyApplications, useWithdrawMyApplication } from "../api/cohorts.ts";
import { ApiError, type FieldError } from "../api/http.ts";
import { useAuth } from "../app/auth-context.ts";
import { ConfirmDialog } from "../components/cohorts/ConfirmDialog.tsx";
import { MyApplicationCard } from "../components/cohorts/MyApplicationCard.tsx";
import { ErrorMessage } from "../components/common/ErrorMessage.tsx";
import { LoadingMessage } from "../components/common/LoadingMessage.tsx";
import { PageHeader } from "../components/common/PageHeader.tsx";
import { Field } from "../components/form/Field.tsx";
import { useClientError } from "../hooks/use-client-error.ts";
import { useLanguage } from "../i18n/use-language.ts";
import { errorsAt } from "../lib/field-errors.ts";
import "../components/cohorts/cohorts.css";

const REASON_MIN = 2;
const REASON_MAX = 300;

/**
 * /me/applications (내 신청): a resident's applications, newest first, each with its status, the
 * reason of a decision, the place on the waiting list, and a withdraw button (with a confirmation
 * and an optional reason) while the application is still live.
 */
export function MyApplicationsPage() {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const { user } = useAuth();
  const list = useMyApplications(Boolean(user?.residentId));
  const withdraw = useWithdrawMyApplication();
  const clientError = useClientError();
  const [asking, setAsking] = useState<TApplication | null>(null);
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState("");
  const apps = [...(list.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const shown = [...errors, ...(withdraw.error instanceof ApiError ? withdraw.error.fields : [])];

  function close() {
    setAsking(null);
    setReason("");
    setErrors([]);
    withdraw.reset();
  }

  function confirm() {
    if (!asking) return;
    const text = reason.trim();
    const found =
      text && text.length < REASON_MIN
        ? [clientError("reason", "cohorts.decide.reasonShort", { min: REASON_MIN })]
        : [];
    setErrors(found);
    if (found.length) return;
    const name = asking.cohort ? pick(asking.cohort.nameKo, asking.cohort.nameEn) : "";
    const headingId = `my-application-${asking.id}`;
    withdraw.mutate(
      { applicationId: asking.id, ...(text ? { reason: text } : {}) },
      {
        onSuccess: () => {
          setDone(t("cohorts.mine.withdrawn", { name }));
          close();
          // The withdraw button is gone: focus goes to the application's heading instead.
          window.requestAnimationFrame(() => document.getElementById(headingId)?.focus());
        },
      },
    );
  }

  return (
    <>
      <PageHeader title={t("cohorts.mine.title")} lead={t("cohorts.mine.lead")}>
        <p>
          <Link to="/cohorts">{t("cohorts.mine.findMore")}</Link>
        </p>
      </PageHeader>
      <p className="my-applications__done" role="status">
        {done}
      </p>
      {!user?.residentId ? (
        <div className="alert alert--info">
          <p>{t("cohorts.registerFirst")}</p>
          <Link to="/residents/new" className="button button--secondary button--small">
            {t("cohorts.registerNow")}
          </Link>
        </div>
      ) : null}
      {list.isLoading ? <LoadingMessage /> : null}
      {list.error ? <ErrorMessage error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && apps.length === 0 ? (
        <div className="empty-note">
          <p>{t("cohorts.mine.empty")}</p>
          <Link to="/cohorts">{t("cohorts.mine.findMore")}</Link>
        </div>
      ) : null}
      {apps.length ? (
        <ul className="my-applications">
          {apps.map((app) => (
            <li key={app.id}>
              <MyApplicationCard app={app} onWithdraw={() => setAsking(app)} />
            </li>
          ))}
        </ul>
      ) : null}
      {asking ? (
        <ConfirmDialog
          title={t("cohorts.mine.withdrawTitle")}
          description={
            <p>
              {t("cohorts.mine.withdrawText", {
                name: asking.cohort ? pick(asking.cohort.nameKo, asking.cohort.nameEn) : "",
              })}
            </p>
          }
          confirmLabel={t("cohorts.mine.withdrawConfirm")}
          pending={withdraw.isPending}
          error={
            withdraw.error && !(withdraw.error instanceof ApiError && withdraw.error.fields.length)
              ? withdraw.error
              : null
          }
          onConfirm={confirm}
          onClose={close}
        >
          <Field
            fieldKey="reason"
            label={t("cohorts.mine.withdrawReason")}
            hint={t("cohorts.mine.withdrawReasonHint", { max: REASON_MAX })}
            errors={errorsAt(shown, "reason")}
          >
            {(props) => (
              <textarea
                {...props}
                className="textarea textarea--short"
                rows={3}
                maxLength={REASON_MAX}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            )}
          </Field>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
