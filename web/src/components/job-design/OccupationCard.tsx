import { useTranslation } from "react-i18next";
import type { TOccupation } from "../../api/job-design.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { useFormat } from "../../lib/use-format.ts";
import { useLabels } from "../../lib/use-labels.ts";
import { Tag } from "../common/Tag.tsx";

/** One occupation of the catalogue: duties, for whom, hours, programs, what raises the need, sources. */
export function OccupationCard({ occupation: o }: { occupation: TOccupation }) {
  const { t } = useTranslation();
  const f = useFormat();
  const labels = useLabels();
  const { pick } = useLanguage();
  const titleId = `occupation-${o.code}`;
  const list = (values: string[]) => (values.length > 0 ? values.join(", ") : t("occupations.none"));
  return (
    <article className="occupation-card" aria-labelledby={titleId}>
      <div className="suggestion-card__tags">
        <Tag tone="primary">{labels.category(o.category)}</Tag>
        {o.remote ? <Tag>{t("occupations.remote")}</Tag> : null}
      </div>
      <h3 id={titleId} className="suggestion-card__title">
        {pick(o.nameKo, o.nameEn)}
      </h3>
      <ul className="suggestion-card__duties">
        {pick(o.dutiesKo, o.dutiesEn).map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
      <dl className="fact-list">
        <div>
          <dt>{t("occupations.groups")}</dt>
          <dd>{list(o.targetGroups.map(labels.group))}</dd>
        </div>
        <div>
          <dt>{t("occupations.hours")}</dt>
          <dd>
            {f.hours(o.hoursPerWeek)} · {t("occupations.months", { value: o.months })}
            {o.seasonMonths ? ` (${t("jobDesign.season", { months: o.seasonMonths.join(", ") })})` : ""}
          </dd>
        </div>
        <div>
          <dt>{t("occupations.skills")}</dt>
          <dd>{list([...o.skills.map(labels.skill), ...o.certificates.map(labels.certificate)])}</dd>
        </div>
        <div>
          <dt>{t("occupations.programs")}</dt>
          <dd>{list(o.programs.map(labels.program))}</dd>
        </div>
        <div>
          <dt>{t("occupations.drivers")}</dt>
          <dd>
            {o.demandDrivers.length > 0
              ? o.demandDrivers
                  .map((d) => `${t(`jobDesign.driver.${d.driver}`)} ${Math.round(d.weight * 100)}%`)
                  .join(", ")
              : t("occupations.noDrivers")}
          </dd>
        </div>
      </dl>
      <details className="suggestion-card__details">
        <summary>{t("occupations.sources")}</summary>
        <ul className="suggestion-card__reasons">
          {o.sources.map((s) => (
            <li key={s.detail}>
              <strong>{t(`occupations.sourceKind.${s.kind}`)}</strong>: {s.detail}
            </li>
          ))}
        </ul>
      </details>
    </article>
  );
}
