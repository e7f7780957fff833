import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useVerifyTwoFactor } from "../../api/auth.ts";
import { ApiError, type FieldError } from "../../api/http.ts";
import { useClientError } from "../../hooks/use-client-error.ts";
import { useFormErrors } from "../../hooks/use-form-errors.ts";
import { fieldId } from "../../lib/field-errors.ts";
import { ErrorSummary } from "../form/ErrorSummary.tsx";
import { Field } from "../form/Field.tsx";

const KEYS = ["code"] as const;

/**
 * The second step for officers, ministry and administrators: the 6-digit code from their
 * authenticator app. A wrong code is shown at the field; an expired step sends them back.
 */
export function TwoFactorForm({ onRestart }: { onRestart: (reason: "expired" | "cancelled") => void }) {
  const { t } = useTranslation();
  const verify = useVerifyTwoFactor();
  const clientError = useClientError();
  const [attempt, setAttempt] = useState(0);
  const [code, setCode] = useState("");
  // The password step just disappeared: carry focus to the code box (its label and hint are read).
  useEffect(() => {
    document.getElementById(fieldId("code"))?.focus();
  }, []);
  // "Wrong code" arrives as a 401 without a field: shown at the field all the same.
  const wrongCode: FieldError[] =
    verify.error instanceof ApiError && verify.error.code === "invalid_code"
      ? [
          {
            field: "code",
            reason: "invalid_code",
            messageKo: verify.error.messageKo,
            messageEn: verify.error.messageEn,
          },
        ]
      : [];
  const errors = useFormErrors(wrongCode.length ? null : verify.error);
  const fields = [...errors.all, ...wrongCode];

  function submit(e: FormEvent) {
    e.preventDefault();
    setAttempt((n) => n + 1);
    const digits = code.replace(/\s+/g, "");
    const local = /^\d{6}$/.test(digits) ? [] : [clientError("code", "auth.check.code")];
    errors.setClientErrors(local);
    if (local.length) {
      verify.reset();
      return;
    }
    verify.mutate(
      { code: digits },
      {
        onError: (error) => {
          if (error instanceof ApiError && error.code === "no_pending_sign_in") onRestart("expired");
        },
      },
    );
  }

  return (
    <form className="form auth-form" onSubmit={submit} noValidate aria-labelledby="two-factor-title">
      <div>
        <h2 id="two-factor-title" className="section-title" tabIndex={-1}>
          {t("auth.twoFactor.title")}
        </h2>
        <p className="section-lead">{t("auth.twoFactor.lead")}</p>
      </div>
      <ErrorSummary
        fields={fields}
        error={wrongCode.length ? null : verify.error}
        keys={KEYS}
        labels={{ code: t("auth.twoFactor.code") }}
        attempt={attempt}
      />
      <Field
        fieldKey="code"
        label={t("auth.twoFactor.code")}
        hint={t("auth.twoFactor.codeHint")}
        errors={fields.filter((f) => f.field === "code")}
        plain
      >
        {(props) => (
          <input
            {...props}
            className="input input--medium auth-form__code"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]*"
            maxLength={7}
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        )}
      </Field>
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary button--large auth-form__submit"
          disabled={verify.isPending}
        >
          {verify.isPending ? t("auth.twoFactor.submitting") : t("auth.twoFactor.submit")}
        </button>
        <button
          type="button"
          className="button button--tertiary button--large"
          onClick={() => onRestart("cancelled")}
        >
          {t("auth.twoFactor.restart")}
        </button>
      </div>
    </form>
  );
}
