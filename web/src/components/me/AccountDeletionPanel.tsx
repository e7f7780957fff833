import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useDeleteAccount } from "../../api/me.ts";
import { useClientError } from "../../hooks/use-client-error.ts";
import { useFormErrors } from "../../hooks/use-form-errors.ts";
import { ErrorSummary } from "../form/ErrorSummary.tsx";
import { Field } from "../form/Field.tsx";
import { PasswordInput } from "../form/PasswordInput.tsx";
import { KeptAfterDeletionList } from "./KeptAfterDeletionList.tsx";
import "./me.css";

const KEYS = ["password"] as const;

/**
 * 계정 삭제: what goes, what the law keeps and for how long, then (after "continue") the
 * password as confirmation. On success the server has ended the session; /account-deleted shows
 * the receipt and signs this browser out too.
 */
export function AccountDeletionPanel({ demo }: { demo: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const deletion = useDeleteAccount();
  const clientError = useClientError();
  const errors = useFormErrors(deletion.error);
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState("");
  const [attempt, setAttempt] = useState(0);
  const startButton = useRef<HTMLButtonElement>(null);
  const formTitle = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef(false);

  // Opening moves focus into the form; cancelling brings it back to the button that opened it.
  useEffect(() => {
    if (open) formTitle.current?.focus();
    else if (returnFocus.current) startButton.current?.focus();
  }, [open]);

  function submit(e: FormEvent) {
    e.preventDefault();
    setAttempt((n) => n + 1);
    const local = password ? [] : [clientError("password", "form.requiredField")];
    errors.setClientErrors(local);
    if (local.length) {
      deletion.reset();
      return;
    }
    deletion.mutate(password, {
      // The confirmation page signs out here once it is showing (signing out first would let
      // this page's sign-in guard send the browser to /login instead).
      onSuccess: (receipt) => navigate("/account-deleted", { replace: true, state: { receipt } }),
    });
  }

  return (
    <section className="panel stack" aria-labelledby="me-delete-title">
      <h2 id="me-delete-title" className="section-title section-title--small">
        {t("me.delete.title")}
      </h2>
      <div className="alert alert--warning">
        <p>
          <strong>{t("me.delete.warning")}</strong>
        </p>
      </div>
      <h3 className="section-title section-title--small">{t("me.delete.erasedTitle")}</h3>
      <ul className="bullet-list">
        {(t("me.delete.erased", { returnObjects: true }) as string[]).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3 className="section-title section-title--small">{t("me.delete.keptTitle")}</h3>
      <KeptAfterDeletionList />
      <p>{t("me.delete.exportFirst")}</p>
      {demo ? (
        <div className="alert alert--info">
          <p>{t("me.delete.demo")}</p>
        </div>
      ) : !open ? (
        <p>
          <button
            ref={startButton}
            type="button"
            className="button button--tertiary button--large"
            onClick={() => setOpen(true)}
          >
            {t("me.delete.start")}
          </button>
        </p>
      ) : (
        <form className="delete-form" onSubmit={submit} noValidate aria-labelledby="me-delete-form-title">
          <h3 id="me-delete-form-title" ref={formTitle} tabIndex={-1} className="delete-form__title">
            {t("me.delete.formTitle")}
          </h3>
          <ErrorSummary
            fields={errors.all}
            error={deletion.error}
            keys={KEYS}
            labels={{ password: t("me.delete.password") }}
            attempt={attempt}
          />
          <Field
            fieldKey="password"
            label={t("me.delete.password")}
            hint={t("me.delete.formLead")}
            errors={errors.at("password")}
            required
          >
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
              className="button button--danger button--large"
              disabled={deletion.isPending}
            >
              {deletion.isPending ? t("me.delete.deleting") : t("me.delete.confirm")}
            </button>
            <button
              type="button"
              className="button button--tertiary button--large"
              onClick={() => {
                returnFocus.current = true;
                setPassword("");
                errors.setClientErrors([]);
                deletion.reset();
                setOpen(false);
              }}
            >
              {t("me.delete.cancel")}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
