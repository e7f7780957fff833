import { type MouseEvent, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { FieldError } from "../../api/http.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { fieldId, keyFor } from "../../lib/field-errors.ts";
import { ErrorMessage } from "../common/ErrorMessage.tsx";

function focusField(event: MouseEvent, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: "center" });
  target.focus({ preventScroll: true });
}

/**
 * After a failed submit: a summary at the top of the form that takes focus and links to each
 * field in error (the messages are also beside the fields). A failure that is not about a field
 * (server down, unexpected) is shown as an alert. `attempt` changes on every submit, so that
 * focus returns here each time.
 */
export function ErrorSummary({
  fields,
  error,
  keys,
  labels,
  attempt,
}: {
  fields: readonly FieldError[];
  error: unknown;
  keys: readonly string[];
  labels: Record<string, string>;
  attempt: number;
}) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const ref = useRef<HTMLDivElement>(null);
  const show = fields.length > 0 || Boolean(error);
  useEffect(() => {
    if (attempt > 0 && show) ref.current?.focus();
  }, [attempt, show]);
  if (!show) return null;
  if (fields.length === 0) {
    return (
      <div ref={ref} tabIndex={-1} className="error-summary-wrap">
        <ErrorMessage error={error} />
      </div>
    );
  }
  return (
    <div ref={ref} tabIndex={-1} className="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        {t("form.errorSummary", { count: fields.length })}
      </h2>
      <ul className="error-summary__list">
        {fields.map((f, i) => {
          const key = keyFor(f.field, keys);
          const label = key ? labels[key] : undefined;
          const message = pick(f.messageKo, f.messageEn);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the same field can have two errors
            <li key={`${f.field}-${i}`}>
              {key ? (
                <a href={`#${fieldId(key)}`} onClick={(e) => focusField(e, fieldId(key))}>
                  {label ? `${label}: ` : ""}
                  {message}
                </a>
              ) : (
                <span>
                  {f.field ? `${f.field}: ` : ""}
                  {message}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
