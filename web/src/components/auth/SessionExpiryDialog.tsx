import { type KeyboardEvent, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "../common/ErrorMessage.tsx";

/**
 * The warning before an idle session ends (KWCAG 2.2 6.2.1): a modal alert dialog, focus kept
 * inside, with the time left and the choice to extend or sign out. The seconds tick visibly; a
 * screen reader hears the dialog when it opens and then the time left at 1 minute, 30 and 10
 * seconds, not every second. Escape counts as "extend" (the person is there).
 */
export function SessionExpiryDialog({
  remainingMs,
  idleMinutes,
  canExtend,
  extending,
  extendError,
  onExtend,
  onLogout,
  onDismiss,
}: {
  remainingMs: number;
  idleMinutes: number;
  /** False when the 12-hour limit is reached: extending would not move the deadline. */
  canExtend: boolean;
  extending: boolean;
  extendError: unknown;
  onExtend: () => void;
  onLogout: () => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const firstRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    firstRef.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (previous?.isConnected) previous.focus({ preventScroll: true });
    };
  }, []);

  // The modal dialog already makes the page behind it inert; Tab also wraps inside it.
  function keepFocusInside(e: KeyboardEvent<HTMLDialogElement>) {
    if (e.key !== "Tab") return;
    const focusable = [...(dialogRef.current?.querySelectorAll<HTMLElement>("button") ?? [])];
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

  const seconds = Math.max(0, Math.ceil(remainingMs / 1000));
  const clock = t("session.clock", { minutes: Math.floor(seconds / 60), seconds: seconds % 60 });
  const step =
    seconds > 60 ? "twoMinutes" : seconds > 30 ? "oneMinute" : seconds > 10 ? "thirtySeconds" : "tenSeconds";

  return (
    <dialog
      ref={dialogRef}
      className="modal-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="session-expiry-title"
      aria-describedby="session-expiry-text"
      onKeyDown={keepFocusInside}
      onCancel={(e) => {
        e.preventDefault();
        if (canExtend) onExtend();
        else onDismiss();
      }}
    >
      <h2 id="session-expiry-title" className="modal-dialog__title">
        {t("session.title")}
      </h2>
      <p id="session-expiry-text">
        {canExtend ? t("session.text", { minutes: idleMinutes }) : t("session.textFinal")}
      </p>
      <p className="session-countdown" role="timer" aria-live="off">
        <span className="session-countdown__label">{t("session.remaining")}</span>
        <span className="session-countdown__value">{clock}</span>
      </p>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {t(`session.announce.${step}`)}
      </p>
      {extendError ? <ErrorMessage error={extendError} /> : null}
      <div className="modal-dialog__actions">
        {canExtend ? (
          <button
            ref={firstRef}
            type="button"
            className="button button--primary button--large"
            onClick={() => {
              if (!extending) onExtend();
            }}
            aria-disabled={extending || undefined}
          >
            {extending ? t("session.extending") : t("session.extend")}
          </button>
        ) : (
          <button
            ref={firstRef}
            type="button"
            className="button button--primary button--large"
            onClick={onDismiss}
          >
            {t("session.ok")}
          </button>
        )}
        <button type="button" className="button button--tertiary button--large" onClick={onLogout}>
          {t("session.logout")}
        </button>
      </div>
    </dialog>
  );
}
