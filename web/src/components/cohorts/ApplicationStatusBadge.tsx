import { useTranslation } from "react-i18next";
import type { ApplicationStatus } from "./cohort-rules.ts";

const ICON: Record<ApplicationStatus, string> = {
  applied: "…",
  needs_document: "?",
  eligible: "✓",
  ineligible: "✗",
  selected: "✓",
  waitlisted: "⋯",
  not_selected: "✗",
  placed: "✓",
  withdrawn: "–",
};

/** An application's status as an icon and words; a waiting-list place is said with it ("대기 2번"). */
export function ApplicationStatusBadge({
  status,
  waitlistPosition = null,
}: {
  status: ApplicationStatus;
  waitlistPosition?: number | null;
}) {
  const { t } = useTranslation();
  return (
    <span className={`application-badge application-badge--${status}`}>
      <span className="application-badge__icon" aria-hidden="true">
        {ICON[status]}
      </span>
      {status === "waitlisted" && waitlistPosition !== null
        ? t("cohorts.applicationStatusWaitlisted", { position: waitlistPosition })
        : t(`cohorts.applicationStatus.${status}`)}
    </span>
  );
}
