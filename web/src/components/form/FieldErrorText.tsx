import type { FieldError } from "../../api/http.ts";
import { useLanguage } from "../../i18n/use-language.ts";

/** The API's messages for one field, in the current language. */
export function FieldErrorText({ id, errors }: { id: string; errors: readonly FieldError[] }) {
  const { pick } = useLanguage();
  if (errors.length === 0) return null;
  const messages = [...new Set(errors.map((e) => pick(e.messageKo, e.messageEn)))];
  return (
    <p id={id} className="field__error">
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="field__error-icon">
        <circle cx="8" cy="8" r="7" fill="currentColor" />
        <path d="M8 4.2v4.6M8 11v.6" stroke="#fff" strokeWidth="1.7" strokeLinecap="round" />
      </svg>
      <span>{messages.join(" ")}</span>
    </p>
  );
}
