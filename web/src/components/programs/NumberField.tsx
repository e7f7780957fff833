import type { ReactNode } from "react";
import type { FieldError } from "../../api/http.ts";
import { Field } from "../form/Field.tsx";

/** A labelled number box with its unit (%, 만원, 세, 시간) and the API's errors for its path. */
export function NumberField({
  fieldKey,
  label,
  unit,
  value,
  onChange,
  errors,
  required = false,
  hint,
}: {
  fieldKey: string;
  label: string;
  unit: string;
  value: string;
  onChange: (next: string) => void;
  errors: FieldError[];
  required?: boolean;
  hint?: ReactNode;
}) {
  return (
    <Field
      fieldKey={fieldKey}
      label={label}
      errors={errors}
      required={required}
      plain={!required}
      hint={hint}
    >
      {(props) => (
        <span className="input-with-unit">
          <input
            {...props}
            className="input input--short"
            inputMode="decimal"
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
          <span className="input-with-unit__unit">{unit}</span>
        </span>
      )}
    </Field>
  );
}
