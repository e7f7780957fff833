import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type TApplication, type TCohort, useApplyToCohort } from "../../api/cohorts.ts";
import { ApiError, type FieldError } from "../../api/http.ts";
import type { TResident } from "../../api/residents.ts";
import { useClientError } from "../../hooks/use-client-error.ts";
import { errorsAt } from "../../lib/field-errors.ts";
import { ErrorSummary } from "../form/ErrorSummary.tsx";
import { ApplicationFactsFields } from "./ApplicationFactsFields.tsx";
import { todayInSeoul } from "./cohort-rules.ts";
import {
  FACT_FIELD_KEYS,
  type FactsAnswers,
  factLabels,
  factsFieldErrors,
  initialFacts,
  toFacts,
  validateFacts,
  withoutFieldsOf,
} from "./facts-answers.ts";
import { ParticipationHistory } from "./ParticipationHistory.tsx";
import { ResidentLookup } from "./ResidentLookup.tsx";
import { ResidentPicker } from "./ResidentPicker.tsx";

const FIELD_KEYS = ["residentId", ...FACT_FIELD_KEYS];

/**
 * 방문 신청: an officer enters the application of someone who came to the office. First the
 * person, found by name and phone's last digits (or picked from the district's list, masked),
 * with their recorded participation; then the facts
 * from the paper form in a compact layout; the API screens them later like any application.
 */
export function WalkInApplication({
  cohort,
  applications,
  canRecordHistory,
}: {
  cohort: TCohort;
  applications: readonly TApplication[];
  canRecordHistory: boolean;
}) {
  const { t } = useTranslation();
  const clientError = useClientError();
  const apply = useApplyToCohort(cohort.id);
  const [resident, setResident] = useState<TResident | null>(null);
  const [answers, setAnswers] = useState<FactsAnswers>(initialFacts());
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState("");
  const applied = new Set(applications.map((a) => a.residentId));
  const apiFields = apply.error instanceof ApiError ? factsFieldErrors(apply.error.fields) : [];
  const all = [...errors, ...apiFields];

  function choose(next: TResident) {
    setResident(next);
    setAnswers(initialFacts(next));
    setErrors((list) => list.filter((e) => e.field !== "residentId"));
    setDone("");
    apply.reset();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setDone("");
    const found = [
      ...(resident ? [] : [clientError("residentId", "cohorts.walkIn.residentRequired")]),
      ...validateFacts(answers, todayInSeoul(), clientError),
    ];
    setErrors(found);
    if (found.length || !resident) {
      apply.reset();
      return;
    }
    apply.mutate(
      { residentId: resident.id, facts: toFacts(answers) },
      {
        onSuccess: (app) => {
          setDone(
            t("cohorts.walkIn.done", {
              name: app.residentNameMasked ?? resident.personal.name,
              status: t(`cohorts.applicationStatus.${app.status}`),
            }),
          );
          setResident(null);
          setAnswers(initialFacts());
          setAttempt(0);
        },
      },
    );
  }

  const labels: Record<string, string> = {
    residentId: t("cohorts.walkIn.residentLegend"),
    ...factLabels(t),
  };
  return (
    <form className="form walk-in" onSubmit={submit} noValidate aria-labelledby="walk-in-title">
      <p className="walk-in__done" role="status">
        {done}
      </p>
      <ErrorSummary fields={all} error={apply.error} keys={FIELD_KEYS} labels={labels} attempt={attempt} />
      <div className="walk-in__columns">
        <div className="walk-in__who">
          <h3 className="walk-in__step">{t("cohorts.walkIn.stepWho")}</h3>
          <ResidentPicker
            regionCode={cohort.regionCode}
            value={resident}
            onChange={choose}
            appliedIds={applied}
            errors={errorsAt(all, "residentId")}
            lookup={
              <ResidentLookup
                regionCode={cohort.regionCode}
                value={resident}
                onChange={choose}
                appliedIds={applied}
              />
            }
          />
          {resident ? (
            <div className="walk-in__chosen">
              <p>
                {t("cohorts.walkIn.chosen")}{" "}
                <strong className="resident-name">{resident.personal.name}</strong>{" "}
                {t("cohorts.walkIn.chosenYear", { year: resident.birthYear })}
              </p>
              <ParticipationHistory residentId={resident.id} canRecord={canRecordHistory} />
            </div>
          ) : null}
        </div>
        <div className="walk-in__facts">
          <h3 className="walk-in__step">{t("cohorts.walkIn.stepFacts")}</h3>
          <p className="field__hint">{t("cohorts.walkIn.factsHint")}</p>
          <ApplicationFactsFields
            answers={answers}
            onChange={(patch) => {
              setAnswers((a) => ({ ...a, ...patch }));
              setErrors((list) => withoutFieldsOf(list, patch));
            }}
            errors={all}
            variant="compact"
          />
        </div>
      </div>
      <div className="form-actions form-actions--end">
        <button type="submit" className="button button--primary" disabled={apply.isPending}>
          {apply.isPending ? t("form.submitting") : t("cohorts.walkIn.submit")}
        </button>
      </div>
    </form>
  );
}
