import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useCreateCohort } from "../api/cohorts.ts";
import { usePrograms } from "../api/programs.ts";
import { useRegion } from "../api/regions.ts";
import { useAuth } from "../app/auth-context.ts";
import {
  COHORT_FIELD_KEYS,
  type CohortFormState,
  cohortFormErrors,
  EMPTY_COHORT_FORM,
  groupThousands,
  parseWon,
  toCohortCreateBody,
  wonInKoreanUnits,
} from "../components/cohorts/cohort-form.ts";
import { WorkItemChooser } from "../components/cohorts/WorkItemChooser.tsx";
import { PageHeader } from "../components/common/PageHeader.tsx";
import { ErrorSummary } from "../components/form/ErrorSummary.tsx";
import { Field } from "../components/form/Field.tsx";
import { FormSection } from "../components/form/FormSection.tsx";
import { RegionSelect } from "../components/region/RegionSelect.tsx";
import { EMPTY_REGION, type RegionValue } from "../components/region/region-value.ts";
import { useClientError } from "../hooks/use-client-error.ts";
import { useFormErrors } from "../hooks/use-form-errors.ts";
import { useLanguage } from "../i18n/use-language.ts";
import { fieldId } from "../lib/field-errors.ts";
import "../components/cohorts/cohorts.css";

/**
 * /cohorts/new (새 모집 회차): a district officer sets up a cohort of a program in their district:
 * names, the recruitment window and the period, slots, budget in 원, and optionally the district's
 * open work items it fills. It is created as a draft; recruitment opens from its page.
 */
export function CohortNewPage() {
  const { t } = useTranslation();
  const { pick, locale, language } = useLanguage();
  const navigate = useNavigate();
  const { user } = useAuth();
  const programs = usePrograms();
  const create = useCreateCohort();
  const errors = useFormErrors(create.error);
  const clientError = useClientError();
  const ownDistrict = user?.regionCode && /^\d{5}$/.test(user.regionCode) ? user.regionCode : null;
  const district = useRegion(ownDistrict ?? undefined);
  const [region, setRegion] = useState<RegionValue>(EMPTY_REGION);
  const [state, setState] = useState<CohortFormState>({
    ...EMPTY_COHORT_FORM,
    regionCode: ownDistrict ?? "",
  });
  const [attempt, setAttempt] = useState(0);
  const update = <K extends keyof CohortFormState>(key: K, value: CohortFormState[K]) => {
    setState((s) => ({ ...s, [key]: value }));
    // An edited field's own complaint goes; the others stay until the next submit.
    const field = key === "budget" ? "budgetWon" : key;
    errors.setClientErrors((list) =>
      list.filter((e) => e.field !== field && !e.field.startsWith(`${field}.`)),
    );
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const local = cohortFormErrors(state, clientError);
    errors.setClientErrors(local);
    if (local.length) {
      create.reset();
      return;
    }
    const program = programs.data?.find((p) => p.code === state.programCode);
    create.mutate(toCohortCreateBody(state, program?.nameEn ?? state.programCode), {
      onSuccess: (cohort) => navigate(`/cohorts/${cohort.id}`),
    });
  }

  const labels: Record<string, string> = Object.fromEntries(
    COHORT_FIELD_KEYS.map((key) => [key, t(`cohorts.form.labels.${key}`)]),
  );
  const budget = parseWon(state.budget);
  const date = (key: "recruitStart" | "recruitEnd" | "periodStart" | "periodEnd", hint?: string) => (
    <Field fieldKey={key} label={labels[key] ?? key} hint={hint} errors={errors.at(key)} required>
      {(props) => (
        <input
          {...props}
          type="date"
          className="input input--medium"
          value={state[key]}
          onChange={(e) => update(key, e.target.value)}
        />
      )}
    </Field>
  );
  return (
    <>
      <nav className="breadcrumb" aria-label={t("cohorts.breadcrumb")}>
        <ol>
          <li>
            <Link to="/cohorts">{t("cohorts.listTitle")}</Link>
          </li>
          <li aria-current="page">{t("cohorts.form.title")}</li>
        </ol>
      </nav>
      <PageHeader title={t("cohorts.form.title")} lead={t("cohorts.form.lead")} />
      <p className="form-legend-note">{t("form.requiredNote")}</p>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary
          fields={errors.all}
          error={create.error}
          keys={COHORT_FIELD_KEYS}
          labels={labels}
          attempt={attempt}
        />
        <FormSection id="cohort-basics" step={1} title={t("cohorts.form.sections.basics")}>
          <Field
            fieldKey="programCode"
            label={labels.programCode ?? ""}
            errors={errors.at("programCode")}
            required
          >
            {(props) => (
              <select
                {...props}
                className="select"
                value={state.programCode}
                onChange={(e) => update("programCode", e.target.value)}
              >
                <option value="">{programs.isLoading ? t("common.loading") : t("form.choose")}</option>
                {(programs.data ?? []).map((p) => (
                  <option key={p.code} value={p.code} disabled={p.rulesStatus !== "loaded"}>
                    {pick(p.nameKo, p.nameEn)}
                    {p.rulesStatus !== "loaded" ? ` (${t("cohorts.form.noRules")})` : ""}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {ownDistrict ? (
            <div className="field">
              <span className="field__label">{labels.regionCode}</span>
              <p className="cohort-fixed-region">
                {district.data ? pick(district.data.fullNameKo, district.data.fullNameEn) : ownDistrict}
              </p>
              <p className="field__hint">{t("cohorts.form.ownDistrict")}</p>
            </div>
          ) : (
            <div id={fieldId("regionCode")} tabIndex={-1}>
              <RegionSelect
                fieldKey="regionCode"
                value={region}
                onChange={(next) => {
                  setRegion(next);
                  setState((s) => ({ ...s, regionCode: next.sigungu, workItems: [] }));
                }}
                errors={errors.at("regionCode")}
                sigunguRequired
              />
            </div>
          )}
          <div className="form-row">
            <Field
              fieldKey="nameKo"
              label={labels.nameKo ?? ""}
              hint={t("cohorts.form.nameKoHint")}
              errors={errors.at("nameKo")}
              required
            >
              {(props) => (
                <input
                  {...props}
                  className="input"
                  maxLength={80}
                  value={state.nameKo}
                  onChange={(e) => update("nameKo", e.target.value)}
                />
              )}
            </Field>
            <Field
              fieldKey="nameEn"
              label={labels.nameEn ?? ""}
              hint={t("cohorts.form.nameEnHint")}
              errors={errors.at("nameEn")}
            >
              {(props) => (
                <input
                  {...props}
                  className="input"
                  lang="en"
                  maxLength={80}
                  value={state.nameEn}
                  onChange={(e) => update("nameEn", e.target.value)}
                />
              )}
            </Field>
          </div>
        </FormSection>
        <FormSection id="cohort-dates" step={2} title={t("cohorts.form.sections.dates")}>
          <div className="form-row">
            {date("recruitStart")}
            {date("recruitEnd")}
          </div>
          <div className="form-row">
            {date("periodStart", t("cohorts.form.periodHint"))}
            {date("periodEnd")}
          </div>
        </FormSection>
        <FormSection id="cohort-size" step={3} title={t("cohorts.form.sections.size")}>
          <div className="form-row">
            <Field fieldKey="slots" label={labels.slots ?? ""} errors={errors.at("slots")} required>
              {(props) => (
                <span className="input-with-unit">
                  <input
                    {...props}
                    className="input input--short"
                    inputMode="numeric"
                    value={state.slots}
                    onChange={(e) => update("slots", e.target.value.replace(/\D/g, ""))}
                  />
                  <span className="input-with-unit__unit">{t("cohorts.form.peopleUnit")}</span>
                </span>
              )}
            </Field>
            <Field
              fieldKey="budgetWon"
              label={labels.budgetWon ?? ""}
              hint={t("cohorts.form.budgetHint")}
              errors={errors.at("budgetWon")}
              required
            >
              {(props) => (
                <>
                  <span className="input-with-unit">
                    <input
                      {...props}
                      className="input input--amount"
                      inputMode="numeric"
                      autoComplete="off"
                      value={state.budget}
                      onChange={(e) => update("budget", groupThousands(e.target.value, locale))}
                    />
                    <span className="input-with-unit__unit">{t("cohorts.form.wonUnit")}</span>
                  </span>
                  <span className="facts-preview" aria-live="polite">
                    {budget !== null && budget > 0 && language === "ko" ? wonInKoreanUnits(budget) : ""}
                  </span>
                </>
              )}
            </Field>
          </div>
        </FormSection>
        <FormSection
          id="cohort-work-items"
          step={4}
          title={t("cohorts.form.sections.workItems")}
          lead={t("cohorts.form.workItemsLead")}
        >
          <WorkItemChooser
            regionCode={state.regionCode}
            value={state.workItems}
            onChange={(next) => update("workItems", next)}
            errors={errors.at("workItems")}
          />
        </FormSection>
        <div className="form-actions form-actions--end">
          <Link to="/cohorts" className="button button--tertiary button--large">
            {t("cohorts.cancel")}
          </Link>
          <button type="submit" className="button button--primary button--large" disabled={create.isPending}>
            {create.isPending ? t("form.submitting") : t("cohorts.form.submit")}
          </button>
        </div>
      </form>
    </>
  );
}
