import { useTranslation } from "react-i18next";
import type { TAllocationRun } from "../../api/allocation-runs.ts";
import { useFormat } from "../../lib/use-format.ts";

type Group = NonNullable<TAllocationRun["stats"]>["groups"][number];

/**
 * Per priority group: eligible applicants, how many the proposal places, that as a share of the
 * group and of all places, and the quota (target and shortfall) when one was asked for. Groups
 * nobody is in are left out.
 */
export function GroupFiguresTable({ groups }: { groups: Group[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const rows = groups.filter((g) => g.members > 0 || g.quota);
  if (rows.length === 0) return <p className="muted">{t("allocation.groups.none")}</p>;
  const columns = {
    group: t("allocation.groups.col.group"),
    members: t("allocation.groups.col.members"),
    assigned: t("allocation.groups.col.assigned"),
    placedShare: t("allocation.groups.col.placedShare"),
    shareOfAssigned: t("allocation.groups.col.shareOfAssigned"),
    quota: t("allocation.groups.col.quota"),
  };
  return (
    <div className="table-wrap responsive-table">
      <table className="data-table">
        <caption className="visually-hidden">{t("allocation.groups.caption")}</caption>
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
          {rows.map((g) => (
            <tr key={g.group}>
              <th scope="row" data-label={columns.group}>
                {t(`allocation.group.${g.group}`)}
              </th>
              <td data-label={columns.members}>{f.people(g.members)}</td>
              <td data-label={columns.assigned}>{f.people(g.assigned)}</td>
              <td data-label={columns.placedShare}>{f.percent(g.placedShare * 100)}</td>
              <td data-label={columns.shareOfAssigned}>{f.percent(g.shareOfAssigned * 100)}</td>
              <td data-label={columns.quota}>
                {g.quota
                  ? t("allocation.groups.quota", {
                      share: f.percent(g.quota.minShare * 100),
                      target: f.people(g.quota.target),
                      shortfall: f.people(g.quota.shortfall),
                    })
                  : t("allocation.groups.noQuota")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
