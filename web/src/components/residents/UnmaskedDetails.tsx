import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { UNMASKED_DISPLAY_SECONDS } from "../../../../src/residents/domain/unmask-reason.ts";
import type { TUnmaskedPersonalData } from "../../api/residents.ts";

/**
 * The personal fields in the clear, for UNMASKED_DISPLAY_SECONDS: a visible countdown (read out
 * once when shown, not every second), then `onClose` masks them again. The note says the access
 * and its reason are in the audit log.
 */
export function UnmaskedDetails({
  data,
  reason,
  onClose,
}: {
  data: TUnmaskedPersonalData;
  reason: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [deadline] = useState(() => Date.now() + UNMASKED_DISPLAY_SECONDS * 1000);
  const [now, setNow] = useState(() => Date.now());
  const left = Math.max(0, Math.ceil((deadline - now) / 1000));

  useEffect(() => {
    headingRef.current?.focus();
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  useEffect(() => {
    if (left === 0) onClose();
  }, [left, onClose]);

  const rows = [
    { label: t("residentList.unmask.name"), value: data.name },
    { label: t("residentList.unmask.phone"), value: data.phone ?? t("common.none") },
    { label: t("residentList.unmask.address"), value: data.address ?? t("common.none") },
  ];
  return (
    <>
      <h2 ref={headingRef} id="unmask-title" className="modal-dialog__title" tabIndex={-1}>
        {t("residentList.unmask.shownTitle")}
      </h2>
      <dl className="fact-table unmasked-data">
        {rows.map(({ label, value }) => (
          <div key={label} className="fact-table__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div id="unmask-text" className="alert alert--warning">
        <p>{t("residentList.unmask.loggedDone", { reason })}</p>
        <p>{t("residentList.unmask.hideNote", { seconds: UNMASKED_DISPLAY_SECONDS })}</p>
      </div>
      <p className="session-countdown" role="timer" aria-live="off">
        <span className="session-countdown__label">{t("residentList.unmask.hidesIn")}</span>
        <span className="session-countdown__value">{t("residentList.unmask.seconds", { count: left })}</span>
      </p>
      <div className="modal-dialog__actions">
        <button type="button" className="button button--primary button--large" onClick={onClose}>
          {t("residentList.unmask.hideNow")}
        </button>
      </div>
    </>
  );
}
