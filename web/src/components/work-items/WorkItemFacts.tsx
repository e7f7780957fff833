import { useTranslation } from "react-i18next";
import { minimumWageFor } from "../../../../src/contracts/domain/minimum-wage.ts";
import type { TWorkItem } from "../../api/work-items.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { useFormat } from "../../lib/use-format.ts";
import { useLabels } from "../../lib/use-labels.ts";
import { useScheduleSummary } from "../../lib/use-schedule-summary.ts";

/** The key facts of a work item as a description list. */
export function WorkItemFacts({ item }: { item: TWorkItem }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const f = useFormat();
  const labels = useLabels();
  const summarize = useScheduleSummary();
  const minimum = minimumWageFor(Number(item.startDate.slice(0, 4)));
  const facts: [string, string][] = [
    [t("workItem.place"), item.remote ? t("workItem.remote") : (item.placeName ?? "–")],
    ...(item.location && !item.remote
      ? [
          [
            t("workItem.coordinates"),
            t("workItem.latLng", {
              latitude: item.location.lat.toFixed(4),
              longitude: item.location.lng.toFixed(4),
            }),
          ] as [string, string],
        ]
      : []),
    [t("workItem.region"), pick(item.regionNameKo, item.regionNameEn)],
    [t("workItem.hours"), f.hours(item.hoursPerWeek)],
    [t("workItem.schedule"), summarize(item.schedule)],
    [
      t("workItem.wage"),
      `${t("workItem.hourlyWage", { value: f.won(item.hourlyWage) })}${minimum ? ` (${t("workItem.minimumWageRef", { year: minimum.year, value: f.won(minimum.wage) })})` : ""}`,
    ],
    [
      t("workItem.period"),
      t("workItem.dateRange", { start: f.date(item.startDate), end: f.date(item.endDate) }),
    ],
    [t("workItem.headcount"), f.people(item.headcount)],
    [t("workItem.category"), labels.category(item.category)],
    [t("workItem.kind"), labels.kind(item.kind)],
    [t("workItem.program"), item.programCode ? labels.program(item.programCode) : t("common.none")],
    [t("workItem.status"), labels.status(item.status)],
  ];
  return (
    <dl className="fact-table">
      {facts.map(([label, value]) => (
        <div key={label} className="fact-table__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
