import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TResident } from "../../api/residents.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { useFormat } from "../../lib/use-format.ts";
import { useLabels } from "../../lib/use-labels.ts";
import { SyntheticBadge } from "../common/SyntheticBadge.tsx";
import { UnmaskDialog } from "./UnmaskDialog.tsx";

/**
 * Residents as a table: masked name, birth year, district, hours, interests and status. On a
 * phone each row becomes a card (the headers are repeated as labels through data-label). For
 * the roles that may unmask, each row has a "개인정보 보기" button that opens UnmaskDialog.
 */
export function ResidentTable({
  residents,
  stale,
  canUnmask = false,
}: {
  residents: TResident[];
  stale: boolean;
  canUnmask?: boolean;
}) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const f = useFormat();
  const labels = useLabels();
  const columns = {
    name: t("residentList.col.name"),
    birthYear: t("residentList.col.birthYear"),
    region: t("residentList.col.region"),
    hours: t("residentList.col.hours"),
    interests: t("residentList.col.interests"),
    status: t("residentList.col.status"),
    ...(canUnmask ? { personal: t("residentList.col.personal") } : {}),
  };
  const [unmasking, setUnmasking] = useState<TResident | null>(null);
  return (
    <div className={`table-wrap responsive-table${stale ? " is-stale" : ""}`}>
      <table className="data-table">
        <caption className="visually-hidden">{t("residentList.caption")}</caption>
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
          {residents.map((r) => (
            <tr key={r.id}>
              <th scope="row" data-label={columns.name}>
                <span>
                  <span className="resident-name">{r.personal.name}</span>
                  {r.synthetic ? <SyntheticBadge /> : null}
                </span>
              </th>
              <td data-label={columns.birthYear}>{r.birthYear}</td>
              <td data-label={columns.region}>{pick(r.regionNameKo, r.regionNameEn)}</td>
              <td data-label={columns.hours}>
                {t("residentList.hours", {
                  available: f.hours(r.availableHoursPerWeek),
                  desired: f.hours(r.desiredHoursPerWeek),
                })}
              </td>
              <td data-label={columns.interests}>
                {r.interests.length ? r.interests.map(labels.category).join(", ") : t("common.none")}
              </td>
              <td data-label={columns.status}>
                {t(`residentList.status.${r.status}`, { defaultValue: r.status })}
              </td>
              {canUnmask ? (
                <td data-label={columns.personal}>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => setUnmasking(r)}
                  >
                    {t("residentList.unmask.open")}
                    <span className="visually-hidden">
                      {t("residentList.unmask.openFor", { name: r.personal.name })}
                    </span>
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {unmasking ? <UnmaskDialog resident={unmasking} onClose={() => setUnmasking(null)} /> : null}
    </div>
  );
}
