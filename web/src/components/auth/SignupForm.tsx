import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { MIN_PASSWORD_LENGTH } from "../../../../src/auth/domain/password-rule.ts";
import { useSignup } from "../../api/auth.ts";
import { ApiError, type FieldError } from "../../api/http.ts";
import { useClientError } from "../../hooks/use-client-error.ts";
import { useFormErrors } from "../../hooks/use-form-errors.ts";
import { ErrorSummary } from "../form/ErrorSummary.tsx";
import { Field } from "../form/Field.tsx";
import { FormSection } from "../form/FormSection.tsx";
import { PasswordInput } from "../form/PasswordInput.tsx";

const KEYS = ["name", "email", "password"] as const;

/**
 * Step 1 of becoming a resident: an account (name, e-mail, password). On success the new
 * resident is signed in (the session cache is set) and the page moves on to step 2.
 */
export function SignupForm() {
  const { t } = useTranslation();
  const signup = useSignup();
  const clientError = useClientError();
  const [attempt, setAttempt] = useState(0);
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  // A taken address is a 409 without a field list: shown at the e-mail field.
  const taken: FieldError[] =
    signup.error instanceof ApiError && signup.error.status === 409
      ? [
          {
            field: "email",
            reason: "taken",
            messageKo: signup.error.messageKo,
            messageEn: signup.error.messageEn,
          },
        ]
      : [];
  const apiError = taken.length ? null : signup.error;
  const errors = useFormErrors(apiError);
  const fields = [...errors.all, ...taken];
  const at = (key: string) => fields.filter((f) => f.field === key || f.field.startsWith(`${key}.`));

  function submit(e: FormEvent) {
    e.preventDefault();
    setAttempt((n) => n + 1);
    const local = [
      ...(name.trim() ? [] : [clientError("name", "form.requiredField")]),
      ...(email.trim() ? [] : [clientError("email", "form.requiredField")]),
      ...(password
        ? [...password].length < MIN_PASSWORD_LENGTH
          ? [clientError("password", "auth.check.passwordShort", { min: MIN_PASSWORD_LENGTH })]
          : []
        : [clientError("password", "form.requiredField")]),
    ];
    errors.setClientErrors(local);
    if (local.length) {
      signup.reset();
      return;
    }
    signup.mutate({ name: name.trim(), email: email.trim(), password });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary
        fields={fields}
        error={apiError}
        keys={KEYS}
        labels={{ name: t("auth.signup.name"), email: t("auth.email"), password: t("auth.password") }}
        attempt={attempt}
      />
      <FormSection
        id="signup-account"
        step={1}
        title={t("auth.signup.sectionTitle")}
        lead={t("auth.signup.lead")}
      >
        <Field
          fieldKey="name"
          label={t("auth.signup.name")}
          hint={t("auth.signup.nameHint")}
          errors={at("name")}
          required
        >
          {(props) => (
            <input
              {...props}
              className="input"
              autoComplete="name"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
        <Field
          fieldKey="email"
          label={t("auth.email")}
          hint={t("auth.signup.emailHint")}
          errors={at("email")}
          required
        >
          {(props) => (
            <input
              {...props}
              className="input"
              type="email"
              inputMode="email"
              autoComplete="username"
              autoCapitalize="none"
              autoCorrect="off"
              spellCheck={false}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        <Field
          fieldKey="password"
          label={t("auth.password")}
          hint={t("auth.signup.passwordRule", { min: MIN_PASSWORD_LENGTH })}
          errors={at("password")}
          required
        >
          {(props) => (
            <PasswordInput
              control={props}
              value={password}
              onChange={setPassword}
              autoComplete="new-password"
            />
          )}
        </Field>
      </FormSection>
      <div className="form-actions form-actions--end">
        <button type="submit" className="button button--primary button--large" disabled={signup.isPending}>
          {signup.isPending ? t("form.submitting") : t("auth.signup.submit")}
        </button>
      </div>
    </form>
  );
}
