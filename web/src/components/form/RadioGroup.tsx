import type { ReactNode } from "react";
import type { FieldError } from "../../api/http.ts";
import { fieldId } from "../../lib/field-errors.ts";
import type { CheckboxOption } from "./CheckboxGroup.tsx";
import { Fieldset } from "./Fieldset.tsx";

export function RadioGroup({
  fieldKey,
  legend,
  hint,
  options,
  value,
  onChange,
  errors,
  required,
}: {
  fieldKey: string;
  legend: string;
  hint?: ReactNode;
  options: readonly CheckboxOption[];
  value: string;
  onChange: (next: string) => void;
  errors?: readonly FieldError[];
  required?: boolean;
}) {
  const base = fieldId(fieldKey);
  return (
    <Fieldset fieldKey={fieldKey} legend={legend} hint={hint} errors={errors} required={required}>
      <ul className="choice-list choice-list--cols-1">
        {options.map((option) => {
          const id = `${base}-${option.value}`;
          return (
            <li key={option.value} className="choice">
              <input
                id={id}
                type="radio"
                name={base}
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
    </Fieldset>
  );
}
