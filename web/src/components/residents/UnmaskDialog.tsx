import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  UNMASK_REASON_MAX_LENGTH,
  UNMASK_REASON_MIN_LENGTH,
} from "../../../../src/residents/domain/unmask-reason.ts";
import { ApiError, type FieldError } from "../../api/http.ts";
import { type TResident, useUnmaskResident } from "../../api/residents.ts";
import { fieldId } from "../../lib/field-errors.ts";
import { ErrorMessage } from "../common/ErrorMessage.tsx";
import { UnmaskedDetails } from "./UnmaskedDetails.tsx";
import { UnmaskReasonFields } from "./UnmaskReasonFields.tsx";
import { type ReasonChoice, reasonErrors, reasonText } from "./unmask-reason.ts";

/**
 * "개인정보 보기" for one resident: a modal dialog that asks why (a preset or the officer's own
 * words), asks the API, and shows the name, phone and address in the clear for a limited time
 * (UnmaskedDetails), saying that the access and its reason are in the audit log. Closing it,
 * by the button, Escape or the time running out, drops the values: they live only in this
 * dialog's state, never in the query cache. Focus goes into the dialog and back to the button
 * that opened it.
 */
export function UnmaskDialog({ resident, onClose }: { resident: TResident; onClose: () => void }) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const unmask = useUnmaskResident();
  const [choice, setChoice] = useState<ReasonChoice>("");
  const [ownWords, setOwnWords] = useState("");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>("input, textarea, button")?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (previous?.isConnected) previous.focus({ preventScroll: true });
    };
  }, []);

  // After a refused submit, focus the first field in error (its message is read with it).
  useEffect(() => {
    const first = errors[0];
    if (attempt === 0 || !first) return;
    document.getElementById(fieldId(first.field === "preset" ? "unmask-preset" : "unmask-reason"))?.focus();
  }, [attempt, errors]);

  const apiFieldErrors = unmask.error instanceof ApiError ? unmask.error.fields : [];
  // The API's reason errors belong to the text box when the officer wrote one, else to the choice.
  const shown = [
    ...errors,
    ...apiFieldErrors.map((e) => ({ ...e, field: choice === "other" ? "reason" : "preset" })),
  ];
  const otherError = unmask.error && apiFieldErrors.length === 0 ? unmask.error : null;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (unmask.isPending) return;
    const found = reasonErrors(choice, ownWords, (key, options) => ({
      ko: t(key, { ...options, lng: "ko" }),
      en: t(key, { ...options, lng: "en" }),
    }));
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) {
      unmask.reset();
      return;
    }
    unmask.mutate({ id: resident.id, reason: reasonText(choice, ownWords, t) });
  }

  // The modal already makes the page inert; Tab also wraps inside the dialog.
  function keepFocusInside(e: KeyboardEvent<HTMLDialogElement>) {
    if (e.key !== "Tab") return;
    const focusable = [
      ...(dialogRef.current?.querySelectorAll<HTMLElement>("input, textarea, button, [href]") ?? []),
    ].filter((el) => !el.hasAttribute("disabled"));
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  }

  return (
    <dialog
      ref={dialogRef}
      className="modal-dialog unmask-dialog"
      aria-labelledby="unmask-title"
      aria-describedby="unmask-text"
      onKeyDown={keepFocusInside}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {unmask.data ? (
        <UnmaskedDetails data={unmask.data} reason={unmask.variables?.reason ?? ""} onClose={onClose} />
      ) : (
        <form onSubmit={submit} noValidate>
          <h2 id="unmask-title" className="modal-dialog__title">
            {t("residentList.unmask.title", { name: resident.personal.name })}
          </h2>
          <p id="unmask-text">{t("residentList.unmask.text")}</p>
          <UnmaskReasonFields
            choice={choice}
            onChoice={(next) => {
              setChoice(next);
              setErrors((list) => list.filter((e) => e.field !== "preset"));
            }}
            ownWords={ownWords}
            onOwnWords={setOwnWords}
            errors={shown}
            minLength={UNMASK_REASON_MIN_LENGTH}
            maxLength={UNMASK_REASON_MAX_LENGTH}
          />
          <div className="alert alert--warning">
            <p>{t("residentList.unmask.logged")}</p>
          </div>
          {otherError ? <ErrorMessage error={otherError} /> : null}
          <div className="modal-dialog__actions">
            <button
              type="submit"
              className="button button--primary button--large"
              aria-disabled={unmask.isPending || undefined}
            >
              {unmask.isPending ? t("residentList.unmask.submitting") : t("residentList.unmask.submit")}
            </button>
            <button type="button" className="button button--tertiary button--large" onClick={onClose}>
              {t("residentList.unmask.cancel")}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
