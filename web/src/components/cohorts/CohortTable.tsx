import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TCohort } from "../../api/cohorts.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { useFormat } from "../../lib/use-format.ts";
import { CohortStatusBadge } from "./CohortStatusBadge.tsx";

/** Cohorts as a table for officers: name (to its page), program, district, dates, slots, applicants, stage. */
export function CohortTable({ cohorts, stale }: { cohorts: TCohort[]; stale: boolean }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const f = useFormat();
  const columns = {
    name: t("cohorts.table.name"),
    program: t("cohorts.fields.program"),
    region: t("cohorts.fields.region"),
    recruitment: t("cohorts.fields.recruitment"),
    period: t("cohorts.fields.period"),
    slots: t("cohorts.fields.slots"),
    applicants: t("cohorts.table.applicants"),
    status: t("cohorts.table.status"),
  };
  const range = (from: string, to: string) => t("cohorts.range", { from: f.date(from), to: f.date(to) });
  return (
    <div className={`table-wrap responsive-table${stale ? " is-stale" : ""}`}>
      <table className="data-table cohort-table">
        <caption className="visually-hidden">{t("cohorts.table.caption")}</caption>
        <thead>
          <tr>
            {Object.values(columns).map((label) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cohorts.map((c) => (
            <tr key={c.id}>
              <th scope="row" data-label={columns.name}>
                <Link to={`/cohorts/${c.id}`}>{pick(c.nameKo, c.nameEn)}</Link>
              </th>
              <td data-label={columns.program}>{pick(c.programNameKo, c.programNameEn)}</td>
              <td data-label={columns.region}>{c.regionNameKo}</td>
              <td data-label={columns.recruitment}>{range(c.recruitStart, c.recruitEnd)}</td>
              <td data-label={columns.period}>{range(c.periodStart, c.periodEnd)}</td>
              <td data-label={columns.slots}>{f.people(c.slots)}</td>
              <td data-label={columns.applicants}>
                {f.people(Object.values(c.counts).reduce((sum, n) => sum + n, 0))}
              </td>
              <td data-label={columns.status}>
                <CohortStatusBadge status={c.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
