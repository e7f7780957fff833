import { useTranslation } from "react-i18next";
import type { TriState } from "./self-check-answers.ts";

/** 예 / 아니오 / 잘 모르겠어요 as big radio rows (the step's fieldset is the group). */
export function TriStateChoice({
  name,
  value,
  onChange,
  labels,
}: {
  name: string;
  value: TriState;
  onChange: (next: TriState) => void;
  labels?: Partial<Record<"yes" | "no" | "unknown", string>>;
}) {
  const { t } = useTranslation();
  const options = [
    { value: "yes", label: labels?.yes ?? t("eligibility.yes") },
    { value: "no", label: labels?.no ?? t("eligibility.no") },
    { value: "unknown", label: labels?.unknown ?? t("eligibility.unknown") },
  ] as const;
  return (
    <ul className="choice-list choice-list--cols-1 selfcheck-choices">
      {options.map((option) => {
        const id = `selfcheck-${name}-${option.value}`;
        return (
          <li key={option.value} className="choice">
            <input
              id={id}
              type="radio"
              name={`selfcheck-${name}`}
              className="choice__input"
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <label htmlFor={id} className="choice__label">
              {option.label}
            </label>
          </li>
        );
      })}
    </ul>
  );
}
