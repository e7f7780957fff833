import { useTranslation } from "react-i18next";
import { STEP_ERROR_ID } from "./SelfCheckStep.tsx";

export interface BirthDateParts {
  birthYear: string;
  birthMonth: string;
  birthDay: string;
}

const PARTS = [
  { key: "birthYear", label: "year", unit: "yearUnit", size: 4, autoComplete: "bday-year" },
  { key: "birthMonth", label: "month", unit: "monthUnit", size: 2, autoComplete: "bday-month" },
  { key: "birthDay", label: "day", unit: "dayUnit", size: 2, autoComplete: "bday-day" },
] as const;

/** 생년월일 as three number boxes (year, month, day): easier to type than a date picker. */
export function BirthDateInputs({
  value,
  onChange,
  invalid,
}: {
  value: BirthDateParts;
  onChange: (next: BirthDateParts) => void;
  invalid: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="selfcheck-date">
      {PARTS.map((part) => {
        const id = `selfcheck-${part.key}`;
        return (
          <div key={part.key} className={`selfcheck-date__part selfcheck-date__part--${part.size}`}>
            <label htmlFor={id} className="selfcheck-label">
              {t(`eligibility.steps.birthDate.${part.label}`)}
            </label>
            <span className="selfcheck-unit-input">
              <input
                id={id}
                className="input selfcheck-input"
                inputMode="numeric"
                autoComplete={part.autoComplete}
                maxLength={part.size}
                value={value[part.key]}
                aria-invalid={invalid || undefined}
                aria-describedby={invalid ? STEP_ERROR_ID : undefined}
                onChange={(e) => onChange({ ...value, [part.key]: e.target.value.replace(/\D/g, "") })}
              />
              <span className="selfcheck-unit" aria-hidden="true">
                {t(`eligibility.steps.birthDate.${part.unit}`)}
              </span>
            </span>
          </div>
        );
      })}
    </div>
  );
}
