import type { ReactNode } from "react";
import { STEP_ERROR_ID } from "./SelfCheckStep.tsx";

/**
 * One number with its label and unit (명, 만원, 개월). `preview` repeats the amount as it will be
 * checked (e.g. 1,500,000원), read with the box.
 */
export function NumberAnswer({
  id,
  label,
  unit,
  value,
  onChange,
  invalid,
  preview,
  hint,
  decimal = false,
}: {
  id: string;
  label: string;
  unit: string;
  value: string;
  onChange: (next: string) => void;
  invalid: boolean;
  preview?: ReactNode;
  hint?: ReactNode;
  decimal?: boolean;
}) {
  const previewId = `${id}-preview`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, preview ? previewId : null, invalid ? STEP_ERROR_ID : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="selfcheck-number">
      <label htmlFor={id} className="selfcheck-label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="selfcheck-number__hint">
          {hint}
        </p>
      ) : null}
      <span className="selfcheck-unit-input">
        <input
          id={id}
          className="input selfcheck-input selfcheck-input--number"
          inputMode={decimal ? "decimal" : "numeric"}
          autoComplete="off"
          value={value}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy || undefined}
          onChange={(e) => onChange(e.target.value)}
        />
        <span className="selfcheck-unit">{unit}</span>
      </span>
      <p id={previewId} className="selfcheck-number__preview" aria-live="polite">
        {preview}
      </p>
    </div>
  );
}
