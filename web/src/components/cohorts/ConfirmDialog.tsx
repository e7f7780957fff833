import { type FormEvent, type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "../common/ErrorMessage.tsx";

/**
 * A modal question before a step that tells residents or cannot be undone (모집 마감, 점수순 선발,
 * 미선정 …): a native <dialog> opened with showModal (the page behind is inert), focus on the
 * first field inside (or on 취소 when there is none) and back on the opening button when it
 * closes, Escape to cancel. Extra fields (a reason, a work item) go in `children`, after the
 * description; the API's refusal shows inside as an alert.
 */
export function ConfirmDialog({
  title,
  description,
  children,
  confirmLabel,
  pendingLabel,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  title: string;
  /** What will happen, read with the title when the dialog opens. */
  description: ReactNode;
  children?: ReactNode;
  confirmLabel: string;
  pendingLabel?: string;
  pending: boolean;
  error?: unknown;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // The first field when there is something to fill in; else the safe choice, 취소.
    (
      dialog.querySelector<HTMLElement>(".cohort-dialog__fields :is(textarea, input, select)") ??
      dialog.querySelector<HTMLElement>("[data-cancel]")
    )?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (previous?.isConnected) previous.focus({ preventScroll: true });
    };
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!pending) onConfirm();
  }

  // The modal already makes the page inert; Tab also wraps inside the dialog.
  function keepFocusInside(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== "Tab") return;
    const focusable = [
      ...(ref.current?.querySelectorAll<HTMLElement>("input, textarea, select, button, [href]") ?? []),
    ].filter((el) => !el.hasAttribute("disabled"));
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <dialog
      ref={ref}
      className="modal-dialog cohort-dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      lang={i18n.language}
      onKeyDown={keepFocusInside}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={titleId} className="modal-dialog__title">
          {title}
        </h2>
        <div id={bodyId} className="cohort-dialog__text">
          {description}
        </div>
        {children ? <div className="cohort-dialog__fields">{children}</div> : null}
        {error ? <ErrorMessage error={error} /> : null}
        <div className="modal-dialog__actions">
          <button
            type="submit"
            className="button button--primary button--large"
            aria-disabled={pending || undefined}
          >
            {pending ? (pendingLabel ?? t("form.submitting")) : confirmLabel}
          </button>
          <button
            type="button"
            className="button button--tertiary button--large"
            data-cancel
            onClick={onClose}
          >
            {t("cohorts.cancel")}
          </button>
        </div>
      </form>
    </dialog>
  );
}
