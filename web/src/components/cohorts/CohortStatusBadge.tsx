import { useTranslation } from "react-i18next";
import type { CohortStatus } from "./cohort-rules.ts";

/** A cohort's stage in words (모집 중, 선발 중 …): the colour only repeats what the text says. */
export function CohortStatusBadge({ status }: { status: CohortStatus }) {
  const { t } = useTranslation();
  return <span className={`cohort-badge cohort-badge--${status}`}>{t(`cohorts.status.${status}`)}</span>;
}
