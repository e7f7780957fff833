import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type AuthState, useLogin } from "../../api/auth.ts";
import { useClientError } from "../../hooks/use-client-error.ts";
import { useFormErrors } from "../../hooks/use-form-errors.ts";
import { ErrorSummary } from "../form/ErrorSummary.tsx";
import { Field } from "../form/Field.tsx";
import { PasswordInput } from "../form/PasswordInput.tsx";

const KEYS = ["email", "password"] as const;

/**
 * E-mail (the account id) and password. A signed-in answer lands in the session cache; an answer
 * that still needs a second factor goes to `onSecondFactor`.
 */
export function LoginForm({ onSecondFactor }: { onSecondFactor: (state: AuthState) => void }) {
  const { t } = useTranslation();
  const login = useLogin();
  const errors = useFormErrors(login.error);
  const clientError = useClientError();
  const [attempt, setAttempt] = useState(0);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");

  function submit(e: FormEvent) {
    e.preventDefault();
    setAttempt((n) => n + 1);
    const local = [
      ...(email.trim() ? [] : [clientError("email", "auth.check.email")]),
      ...(password ? [] : [clientError("password", "auth.check.password")]),
    ];
    errors.setClientErrors(local);
    if (local.length) {
      login.reset();
      return;
    }
    login.mutate(
      { email: email.trim(), password },
      {
        onSuccess: ({ state }) => {
          if (state.secondFactorRequired || !state.session) onSecondFactor(state);
        },
      },
    );
  }

  return (
    <form className="form auth-form" onSubmit={submit} noValidate aria-labelledby="login-form-title">
      <h2 id="login-form-title" className="visually-hidden">
        {t("auth.login.formTitle")}
      </h2>
      <ErrorSummary
        fields={errors.all}
        error={login.error}
        keys={KEYS}
        labels={{ email: t("auth.email"), password: t("auth.password") }}
        attempt={attempt}
      />
      <Field
        fieldKey="email"
        label={t("auth.email")}
        hint={t("auth.emailHint")}
        errors={errors.at("email")}
        plain
      >
        {(props) => (
          <input
            {...props}
            className="input"
            type="text"
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
      <Field fieldKey="password" label={t("auth.password")} errors={errors.at("password")} plain>
        {(props) => (
          <PasswordInput
            control={props}
            value={password}
            onChange={setPassword}
            autoComplete="current-password"
          />
        )}
      </Field>
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary button--large auth-form__submit"
          disabled={login.isPending}
        >
          {login.isPending ? t("auth.login.submitting") : t("auth.login.submit")}
        </button>
      </div>
    </form>
  );
}
