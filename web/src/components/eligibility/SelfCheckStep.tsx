import type { FormEvent, ReactNode, Ref } from "react";
import { useTranslation } from "react-i18next";
import type { FieldError } from "../../api/http.ts";
import { useLanguage } from "../../i18n/use-language.ts";

export const STEP_ERROR_ID = "selfcheck-step-error";
export const STEP_HINT_ID = "selfcheck-step-hint";

/**
 * One question of the self-check: a fieldset whose legend is the step's heading (focused when the
 * step changes) with "3/12 단계" before it, the hint, the errors (announced), the controls, and
 * big buttons: next (or show results), "don't know / skip" on optional questions, and back.
 */
export function SelfCheckStep({
  index,
  total,
  title,
  hint,
  errors,
  optional,
  skipLabel,
  pending,
  headingRef,
  onNext,
  onBack,
  onSkip,
  onShowResults,
  children,
}: {
  index: number;
  total: number;
  title: string;
  hint?: ReactNode;
  errors: readonly FieldError[];
  optional: boolean;
  skipLabel?: string;
  pending: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onNext: () => void;
  onBack: () => void;
  onSkip: () => void;
  /** Offered once results have been shown: re-check with the answers changed so far. */
  onShowResults?: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const isLast = index === total - 1;
  const messages = [...new Set(errors.map((e) => pick(e.messageKo, e.messageEn)))];
  function submit(e: FormEvent) {
    e.preventDefault();
    onNext();
  }
  const describedBy = [hint ? STEP_HINT_ID : null, messages.length ? STEP_ERROR_ID : null]
    .filter(Boolean)
    .join(" ");
  return (
    <form className="selfcheck-form" onSubmit={submit} noValidate aria-label={t("eligibility.formLabel")}>
      <div className="selfcheck-progress" aria-hidden="true">
        <div className="selfcheck-progress__bar" style={{ width: `${((index + 1) / total) * 100}%` }} />
      </div>
      <fieldset
        className={`selfcheck-step${messages.length ? " selfcheck-step--invalid" : ""}`}
        aria-describedby={describedBy || undefined}
      >
        <legend className="selfcheck-step__legend">
          <h2 ref={headingRef} tabIndex={-1} className="selfcheck-step__title">
            <span className="selfcheck-step__count">
              {t("eligibility.progress", { current: index + 1, total })}
            </span>
            {title}
            {optional ? null : <span className="field__required">{t("form.required")}</span>}
          </h2>
        </legend>
        {hint ? (
          <p id={STEP_HINT_ID} className="selfcheck-step__hint">
            {hint}
          </p>
        ) : null}
        <div id={STEP_ERROR_ID} role="alert" className="selfcheck-step__error">
          {messages.length ? (
            <p>
              <span aria-hidden="true" className="selfcheck-step__error-icon">
                !
              </span>
              {messages.join(" ")}
            </p>
          ) : null}
        </div>
        <div className="selfcheck-step__body">{children}</div>
      </fieldset>
      <div className="selfcheck-nav">
        <button type="submit" className="button button--primary button--large" disabled={pending}>
          {pending
            ? t("eligibility.checking")
            : isLast
              ? t("eligibility.showResults")
              : t("eligibility.next")}
        </button>
        {optional ? (
          <button type="button" className="button button--secondary button--large" onClick={onSkip}>
            {skipLabel ?? t("eligibility.skip")}
          </button>
        ) : null}
        {onShowResults && !isLast ? (
          <button type="button" className="button button--secondary button--large" onClick={onShowResults}>
            {t("eligibility.showResultsNow")}
          </button>
        ) : null}
        {index > 0 ? (
          <button type="button" className="button button--tertiary button--large" onClick={onBack}>
            <span aria-hidden="true">←</span> {t("eligibility.back")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
