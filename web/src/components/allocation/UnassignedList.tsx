import { useTranslation } from "react-i18next";
import type { TAllocationRun } from "../../api/allocation-runs.ts";
import { useLanguage } from "../../i18n/use-language.ts";

type Unassigned = NonNullable<TAllocationRun["proposal"]>["unassigned"][number];

/** The eligible applicants the proposal leaves out, each with the reason in a sentence; a list, not a table. */
export function UnassignedList({ unassigned }: { unassigned: Unassigned[] }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  if (unassigned.length === 0) return <p className="empty-note">{t("allocation.unassigned.none")}</p>;
  return (
    <ul className="allocation-unassigned">
      {unassigned.map((u) => (
        <li key={u.applicationId}>
          <span className="resident-name">{u.residentNameMasked ?? t("cohorts.applicants.unnamed")}</span>{" "}
          <span className="allocation-reason">{t(`allocation.reason.${u.reason}`)}</span>
          <p>{pick(u.messageKo, u.messageEn)}</p>
        </li>
      ))}
    </ul>
  );
}
