import { useTranslation } from "react-i18next";
import { WORK_CATEGORIES } from "../../../../src/work-items/domain/work-item-vocabulary.ts";
import type { FieldError } from "../../api/http.ts";
import { errorsAt } from "../../lib/field-errors.ts";
import { useLabels } from "../../lib/use-labels.ts";
import { FieldErrorText } from "../form/FieldErrorText.tsx";
import { NumberAnswer } from "./NumberAnswer.tsx";
import type { TriState } from "./self-check-answers.ts";
import { TriStateChoice } from "./TriStateChoice.tsx";

/**
 * 경력: has the person worked for years in one field (돌봄, 환경 …)? Yes → which field and how many
 * years; no → none (a fact too); don't know → left out, and the programs that need it ask for a
 * 경력증명서.
 */
export function ExperienceAnswer({
  answer,
  field,
  years,
  errors,
  onChange,
}: {
  answer: TriState;
  field: string;
  years: string;
  errors: readonly FieldError[];
  onChange: (patch: { experience?: TriState; experienceField?: string; experienceYears?: string }) => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const fieldErrors = errorsAt(errors, "experienceYears.field");
  const selectId = "selfcheck-experience-field";
  return (
    <div className="selfcheck-experience">
      <TriStateChoice name="experience" value={answer} onChange={(experience) => onChange({ experience })} />
      {answer === "yes" ? (
        <div className="selfcheck-experience__detail">
          <div className="field">
            <label className="selfcheck-label" htmlFor={selectId}>
              {t("eligibility.steps.experience.fieldLabel")}
            </label>
            <select
              id={selectId}
              className="select selfcheck-input"
              value={field}
              aria-invalid={fieldErrors.length ? true : undefined}
              aria-describedby={fieldErrors.length ? `${selectId}-error` : undefined}
              onChange={(e) => onChange({ experienceField: e.target.value })}
            >
              <option value="">{t("form.choose")}</option>
              {WORK_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {labels.category(c)}
                </option>
              ))}
            </select>
            <FieldErrorText id={`${selectId}-error`} errors={fieldErrors} />
          </div>
          <NumberAnswer
            id="selfcheck-experience-years"
            label={t("eligibility.steps.experience.yearsLabel")}
            hint={t("eligibility.steps.experience.yearsHint")}
            unit={t("eligibility.steps.experience.yearsUnit")}
            value={years}
            onChange={(experienceYears) => onChange({ experienceYears })}
            invalid={errorsAt(errors, "experienceYears.years").length > 0}
            decimal
          />
        </div>
      ) : null}
    </div>
  );
}
