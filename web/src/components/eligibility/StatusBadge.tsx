import { useTranslation } from "react-i18next";
import type { TEligibilityResult } from "../../api/eligibility.ts";

const ICON: Record<TEligibilityResult["status"], string> = {
  eligible: "✓",
  needs_document: "?",
  ineligible: "✗",
};

/** A verdict as an icon and words, never by colour alone. */
export function StatusBadge({ status }: { status: TEligibilityResult["status"] }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status-badge--${status}`}>
      <span className="status-badge__icon" aria-hidden="true">
        {ICON[status]}
      </span>
      {t(`eligibility.results.groups.${status}`)}
    </span>
  );
}
