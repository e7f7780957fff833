import { useTranslation } from "react-i18next";
import type { FieldError } from "../../api/http.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { errorId, errorsAt, fieldId } from "../../lib/field-errors.ts";
import { GroupChoice } from "../eligibility/GroupChoice.tsx";
import { manwonToWon, parseNumber, type TriState } from "../eligibility/self-check-answers.ts";
import { TriStateChoice } from "../eligibility/TriStateChoice.tsx";
import { Field } from "../form/Field.tsx";
import { Fieldset } from "../form/Fieldset.tsx";
import type { FactsAnswers } from "./facts-answers.ts";

const TRI_STATE = [
  { step: "basicPension", fact: "receivesBasicPension" },
  { step: "livelihoodBenefit", fact: "livelihoodBenefit" },
  { step: "employeeInsurance", fact: "employeeHealthInsurance" },
  { step: "longTermCare", fact: "longTermCareGrade" },
] as const;

const BIRTH_PARTS = [
  { key: "birthYear", label: "year", unit: "yearUnit", size: 4 },
  { key: "birthMonth", label: "month", unit: "monthUnit", size: 2 },
  { key: "birthDay", label: "day", unit: "dayUnit", size: 2 },
] as const;

/**
 * The questions of an application: the self-check's questions and wording (components/eligibility),
 * on one page. `large` asks them as the self-check does, one question with its explanation
 * after another (residents); `compact` lays them out in columns with short labels, for an officer
 * filling in a walk-in application from a paper form. Only the birth date is required.
 */
export function ApplicationFactsFields({
  answers,
  onChange,
  errors,
  variant,
}: {
  answers: FactsAnswers;
  onChange: (patch: Partial<FactsAnswers>) => void;
  errors: readonly FieldError[];
  variant: "large" | "compact";
}) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const large = variant === "large";
  const title = (step: string, fact: string) =>
    large ? t(`eligibility.steps.${step}.title`) : t(`eligibility.facts.${fact}`);
  const hint = (step: string) => (large ? t(`eligibility.steps.${step}.hint`) : undefined);
  const won = (manwon: string) => {
    const n = parseNumber(manwon);
    return n === null ? "" : new Intl.NumberFormat(locale).format(manwonToWon(n));
  };
  const birthErrors = errorsAt(errors, "birthDate");

  function amount(step: "income" | "property", fact: string, key: "incomeManwon" | "propertyManwon") {
    const preview = won(answers[key]);
    return (
      <Field fieldKey={fact} label={title(step, fact)} hint={hint(step)} errors={errorsAt(errors, fact)}>
        {(props) => (
          <>
            <span className="input-with-unit">
              <input
                {...props}
                className="input input--medium"
                inputMode="decimal"
                autoComplete="off"
                value={answers[key]}
                onChange={(e) => onChange({ [key]: e.target.value })}
              />
              <span className="input-with-unit__unit">{t(`eligibility.steps.${step}.unit`)}</span>
            </span>
            <span className="facts-preview" aria-live="polite">
              {preview ? t(`eligibility.steps.${step}.preview`, { amount: preview }) : ""}
            </span>
          </>
        )}
      </Field>
    );
  }

  /** A count of people (household size, dependants), in 명. */
  function people(fact: "householdSize" | "dependants", label: string, hintText: string | undefined) {
    return (
      <Field fieldKey={fact} label={label} hint={hintText} errors={errorsAt(errors, fact)}>
        {(props) => (
          <span className="input-with-unit">
            <input
              {...props}
              className="input input--short"
              inputMode="numeric"
              autoComplete="off"
              value={answers[fact]}
              onChange={(e) => onChange({ [fact]: e.target.value })}
            />
            <span className="input-with-unit__unit">{t("eligibility.steps.householdSize.unit")}</span>
          </span>
        )}
      </Field>
    );
  }

  return (
    <div className={`facts-fields facts-fields--${variant}`}>
      <Fieldset
        fieldKey="birthDate"
        legend={large ? t("eligibility.steps.birthDate.title") : t("cohorts.facts.birthDate")}
        hint={hint("birthDate")}
        errors={birthErrors}
        required
      >
        <div className="facts-birth">
          {BIRTH_PARTS.map((part) => {
            const id = `${fieldId("birthDate")}-${part.label}`;
            return (
              <span key={part.key} className="facts-birth__part">
                <label htmlFor={id} className="facts-birth__label">
                  {t(`eligibility.steps.birthDate.${part.label}`)}
                </label>
                <span className="input-with-unit">
                  <input
                    id={id}
                    className={`input facts-birth__input facts-birth__input--${part.size}`}
                    inputMode="numeric"
                    autoComplete="off"
                    maxLength={part.size}
                    value={answers[part.key]}
                    aria-invalid={birthErrors.length ? true : undefined}
                    aria-describedby={birthErrors.length ? errorId("birthDate") : undefined}
                    onChange={(e) => onChange({ [part.key]: e.target.value.replace(/\D/g, "") })}
                  />
                  <span className="input-with-unit__unit" aria-hidden="true">
                    {t(`eligibility.steps.birthDate.${part.unit}`)}
                  </span>
                </span>
              </span>
            );
          })}
        </div>
      </Fieldset>
      {people("householdSize", title("householdSize", "householdSize"), hint("householdSize"))}
      {people(
        "dependants",
        large ? t("cohorts.facts.dependantsQuestion") : t("cohorts.facts.dependants"),
        large ? t("cohorts.facts.dependantsHint") : undefined,
      )}
      {amount("income", "householdIncomeMonthly", "incomeManwon")}
      {amount("property", "propertyValue", "propertyManwon")}
      {TRI_STATE.map(({ step, fact }) => (
        <Fieldset key={step} fieldKey={fact} legend={title(step, fact)} hint={hint(step)}>
          <TriStateChoice
            name={step}
            value={answers[step]}
            onChange={(value: TriState) => onChange({ [step]: value })}
          />
        </Fieldset>
      ))}
      <Fieldset fieldKey="employed" legend={title("employment", "employed")} hint={hint("employment")}>
        <TriStateChoice
          name="employed"
          value={answers.employed}
          onChange={(employed) =>
            onChange({ employed, ...(employed === "no" ? {} : { unemployedMonths: "" }) })
          }
        />
        {answers.employed === "no" ? (
          <Field
            fieldKey="unemployedMonths"
            label={t("eligibility.steps.employment.monthsLabel")}
            hint={t("eligibility.steps.employment.monthsHint")}
            errors={errorsAt(errors, "unemployedMonths")}
          >
            {(props) => (
              <span className="input-with-unit">
                <input
                  {...props}
                  className="input input--short"
                  inputMode="numeric"
                  autoComplete="off"
                  value={answers.unemployedMonths}
                  onChange={(e) => onChange({ unemployedMonths: e.target.value })}
                />
                <span className="input-with-unit__unit">{t("eligibility.steps.employment.monthsUnit")}</span>
              </span>
            )}
          </Field>
        ) : null}
      </Fieldset>
      <div className="facts-fields__wide">
        <Fieldset fieldKey="groups" legend={title("groups", "groups")} hint={hint("groups")}>
          <GroupChoice selected={answers.groups ?? []} onChange={(groups) => onChange({ groups })} />
        </Fieldset>
      </div>
    </div>
  );
}
