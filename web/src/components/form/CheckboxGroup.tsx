import type { ReactNode } from "react";
import type { FieldError } from "../../api/http.ts";
import { fieldId } from "../../lib/field-errors.ts";
import { Fieldset } from "./Fieldset.tsx";

export interface CheckboxOption {
  value: string;
  label: string;
}

/** Several checkboxes for a list of codes, in a fieldset; each box is ≥ 44 px tall to tap. */
export function CheckboxGroup({
  fieldKey,
  legend,
  hint,
  options,
  selected,
  onChange,
  errors,
  columns = 2,
}: {
  fieldKey: string;
  legend: string;
  hint?: ReactNode;
  options: readonly CheckboxOption[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
  errors?: readonly FieldError[];
  columns?: 1 | 2 | 3;
}) {
  const base = fieldId(fieldKey);
  function toggle(value: string, on: boolean) {
    onChange(on ? [...selected, value] : selected.filter((v) => v !== value));
  }
  return (
    <Fieldset fieldKey={fieldKey} legend={legend} hint={hint} errors={errors}>
      <ul className={`choice-list choice-list--cols-${columns}`}>
        {options.map((option) => {
          const id = `${base}-${option.value}`;
          return (
            <li key={option.value} className="choice">
              <input
                id={id}
                type="checkbox"
                className="choice__input"
                checked={selected.includes(option.value)}
                onChange={(e) => toggle(option.value, e.target.checked)}
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
