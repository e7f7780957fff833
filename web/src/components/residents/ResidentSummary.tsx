import { useTranslation } from "react-i18next";
import type { TResident } from "../../api/residents.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { useFormat } from "../../lib/use-format.ts";
import { useLabels } from "../../lib/use-labels.ts";
import { useScheduleSummary } from "../../lib/use-schedule-summary.ts";
import { TagList } from "../common/TagList.tsx";
import { ScheduleTable } from "../schedule/ScheduleTable.tsx";

/** A registration as the API returned it: personal fields masked, matching fields in full. */
export function ResidentSummary({ resident }: { resident: TResident }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const f = useFormat();
  const labels = useLabels();
  const summarize = useScheduleSummary();
  const rows: [string, string][] = [
    [t("resident.name"), resident.personal.name],
    [t("resident.phone"), resident.personal.phone ?? t("common.none")],
    [t("resident.address"), resident.personal.address ?? t("common.none")],
    [t("region.sigungu"), pick(resident.regionNameKo, resident.regionNameEn)],
    [t("resident.birthYear"), String(resident.birthYear)],
    [
      t("resident.availability"),
      `${summarize(resident.availability)} (${f.hours(resident.availableHoursPerWeek)})`,
    ],
    [t("resident.desiredHours"), f.hours(resident.desiredHoursPerWeek)],
    [t("resident.maxTravelKm"), f.km(resident.maxTravelKm)],
    [t("resident.remotePreference"), labels.remote(resident.remotePreference)],
  ];
  const lists: [string, string[]][] = [
    [t("resident.groups"), resident.groups.map(labels.group)],
    [t("resident.interests"), resident.interests.map(labels.category)],
    [t("resident.skills"), resident.skills.map(labels.skill)],
    [t("resident.certificates"), resident.certificates.map(labels.certificate)],
  ];
  return (
    <div className="stack">
      <dl className="fact-table">
        {rows.map(([label, value]) => (
          <div key={label} className="fact-table__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        {lists.map(([label, items]) => (
          <div key={label} className="fact-table__row">
            <dt>{label}</dt>
            <dd>
              <TagList items={items} />
            </dd>
          </div>
        ))}
      </dl>
      <ScheduleTable slots={resident.availability} caption={t("resident.availabilityCaption")} />
    </div>
  );
}
