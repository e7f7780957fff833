import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { FieldError } from "../../api/http.ts";
import { errorId, fieldId } from "../../lib/field-errors.ts";
import { FieldErrorText } from "./FieldErrorText.tsx";

export interface ControlProps {
  id: string;
  "aria-describedby": string | undefined;
  "aria-invalid": true | undefined;
}

/**
 * A labelled control with its hint and its errors, wired by id: the label's htmlFor, and
 * aria-describedby pointing at the hint and the error so that both are read with the control.
 */
export function Field({
  fieldKey,
  label,
  hint,
  errors = [],
  required = false,
  plain = false,
  className,
  children,
}: {
  fieldKey: string;
  label: string;
  hint?: ReactNode;
  errors?: readonly FieldError[];
  required?: boolean;
  /** No required/optional marker (search filters, where nothing is required). */
  plain?: boolean;
  className?: string;
  children: (props: ControlProps) => ReactNode;
}) {
  const { t } = useTranslation();
  const id = fieldId(fieldKey);
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errors.length ? errorId(fieldKey) : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={`field${errors.length ? " field--invalid" : ""}${className ? ` ${className}` : ""}`}>
      <label className="field__label" htmlFor={id}>
        {label}
        {plain ? null : required ? (
          <span className="field__required">{t("form.required")}</span>
        ) : (
          <span className="field__optional">{t("form.optional")}</span>
        )}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        "aria-describedby": describedBy || undefined,
        "aria-invalid": errors.length ? true : undefined,
      })}
      <FieldErrorText id={errorId(fieldKey)} errors={errors} />
    </div>
  );
}
