import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { FieldError } from "../../api/http.ts";
import { errorId, fieldId } from "../../lib/field-errors.ts";
import { FieldErrorText } from "./FieldErrorText.tsx";

/** A group of controls (checkboxes, a schedule grid) with a legend, a hint and its errors. */
export function Fieldset({
  fieldKey,
  legend,
  hint,
  errors = [],
  required = false,
  children,
}: {
  fieldKey: string;
  legend: string;
  hint?: ReactNode;
  errors?: readonly FieldError[];
  required?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const id = fieldId(fieldKey);
  const describedBy = [hint ? `${id}-hint` : null, errors.length ? errorId(fieldKey) : null]
    .filter(Boolean)
    .join(" ");
  return (
    <fieldset
      id={id}
      className={`fieldset${errors.length ? " fieldset--invalid" : ""}`}
      aria-describedby={describedBy || undefined}
      tabIndex={-1}
    >
      <legend className="fieldset__legend">
        {legend}
        {required ? (
          <span className="field__required">{t("form.required")}</span>
        ) : (
          <span className="field__optional">{t("form.optional")}</span>
        )}
      </legend>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <FieldErrorText id={errorId(fieldKey)} errors={errors} />
      {children}
    </fieldset>
  );
}
