import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useApplyToCohort, useCohort, useMyApplications } from "../api/cohorts.ts";
import { ApiError, type FieldError } from "../api/http.ts";
import { useResident } from "../api/residents.ts";
import { useAuth } from "../app/auth-context.ts";
import { ApplicationFactsFields } from "../components/cohorts/ApplicationFactsFields.tsx";
import { ApplicationStatusBadge } from "../components/cohorts/ApplicationStatusBadge.tsx";
import { CohortFacts } from "../components/cohorts/CohortFacts.tsx";
import { openForOnline, todayInSeoul } from "../components/cohorts/cohort-rules.ts";
import {
  FACT_FIELD_KEYS,
  type FactsAnswers,
  factLabels,
  factsFieldErrors,
  initialFacts,
  toFacts,
  validateFacts,
  withoutFieldsOf,
} from "../components/cohorts/facts-answers.ts";
import { ErrorMessage } from "../components/common/ErrorMessage.tsx";
import { LoadingMessage } from "../components/common/LoadingMessage.tsx";
import { PageHeader } from "../components/common/PageHeader.tsx";
import { ErrorSummary } from "../components/form/ErrorSummary.tsx";
import { useClientError } from "../hooks/use-client-error.ts";
import { useLanguage } from "../i18n/use-language.ts";
import "../components/eligibility/eligibility.css";
import "../components/cohorts/cohorts.css";

/**
 * /cohorts/:id/apply (참여 신청): a resident applies for themself. The questions are the
 * self-check's, on one page, with what their registration already says (birth year, groups)
 * filled in; only the birth date is required. The answers are kept sealed and used for screening.
 */
export function CohortApplyPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const { user } = useAuth();
  const cohort = useCohort(id);
  const resident = useResident(user?.residentId);
  const mine = useMyApplications(Boolean(user?.residentId));
  const apply = useApplyToCohort(id);
  const clientError = useClientError();
  const [answers, setAnswers] = useState<FactsAnswers | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const doneRef = useRef<HTMLHeadingElement>(null);

  // The registration's birth year and groups are the likely answers (the person can change them).
  useEffect(() => {
    if (resident.data && answers === null) setAnswers(initialFacts(resident.data));
  }, [resident.data, answers]);

  useEffect(() => {
    if (apply.data) doneRef.current?.focus();
  }, [apply.data]);

  if (!user?.residentId) {
    return (
      <>
        <PageHeader title={t("cohorts.applyPage.title")} />
        <div className="alert alert--info">
          <p>{t("cohorts.registerFirst")}</p>
          <Link to="/residents/new" className="button button--secondary button--small">
            {t("cohorts.registerNow")}
          </Link>
        </div>
      </>
    );
  }
  if (cohort.isLoading || mine.isLoading) return <LoadingMessage />;
  if (!cohort.data) return <ErrorMessage error={cohort.error} onRetry={() => void cohort.refetch()} />;
  const c = cohort.data;
  const title = t("cohorts.applyPage.titleFor", { name: pick(c.nameKo, c.nameEn) });
  const existing = mine.data?.find((a) => a.cohortId === c.id);
  const application = apply.data ?? existing;

  if (application) {
    return (
      <>
        <PageHeader title={title} />
        <section className="panel cohort-applied" aria-labelledby="applied-title">
          <h2 id="applied-title" ref={doneRef} tabIndex={-1} className="section-title section-title--small">
            {apply.data ? t("cohorts.applyPage.doneTitle") : t("cohorts.applyPage.alreadyTitle")}
          </h2>
          <p>
            {t("cohorts.applyPage.status")}{" "}
            <ApplicationStatusBadge
              status={application.status}
              waitlistPosition={application.waitlistPosition}
            />
          </p>
          <p>{t("cohorts.applyPage.next")}</p>
          <p>
            <Link to="/me/applications" className="button button--primary">
              {t("cohorts.seeMyApplications")}
            </Link>
          </p>
        </section>
      </>
    );
  }

  if (!openForOnline(c, todayInSeoul())) {
    return (
      <>
        <PageHeader title={title} />
        <div className="alert alert--warning">
          <p>{t("cohorts.applyPage.closed")}</p>
        </div>
        <CohortFacts cohort={c} showBudget={false} />
      </>
    );
  }

  const current = answers ?? initialFacts();
  // A refusal about the person (another district's cohort) is not about a question: no field name.
  const apiFields =
    apply.error instanceof ApiError
      ? factsFieldErrors(apply.error.fields).map((f) => (f.field === "residentId" ? { ...f, field: "" } : f))
      : [];
  const all = [...errors, ...apiFields];

  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const found = validateFacts(current, todayInSeoul(), clientError);
    setErrors(found);
    if (found.length) {
      apply.reset();
      return;
    }
    apply.mutate({ facts: toFacts(current) });
  }

  const labels = factLabels(t);
  return (
    <>
      <PageHeader title={title} lead={t("cohorts.applyPage.lead")} />
      <details className="disclosure disclosure--group cohort-apply-about">
        <summary>
          <span className="disclosure__title">{t("cohorts.applyPage.about")}</span>
        </summary>
        <CohortFacts cohort={c} showBudget={false} />
      </details>
      <div className="alert alert--info">
        <p>{t("cohorts.applyPage.privacy")}</p>
      </div>
      <p className="cohort-apply-note">{t("cohorts.applyPage.onlyBirthDate")}</p>
      <form className="form apply-form" onSubmit={submit} noValidate>
        <ErrorSummary
          fields={all}
          error={apply.error}
          keys={FACT_FIELD_KEYS}
          labels={labels}
          attempt={attempt}
        />
        {resident.isLoading ? <LoadingMessage /> : null}
        <ApplicationFactsFields
          answers={current}
          onChange={(patch) => {
            setAnswers((a) => ({ ...(a ?? initialFacts()), ...patch }));
            setErrors((list) => withoutFieldsOf(list, patch));
          }}
          errors={all}
          variant="large"
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary button--large" disabled={apply.isPending}>
            {apply.isPending ? t("form.submitting") : t("cohorts.applyPage.submit")}
          </button>
          <Link to="/cohorts" className="button button--tertiary button--large">
            {t("cohorts.cancel")}
          </Link>
        </div>
      </form>
    </>
  );
}
