import { useTranslation } from "react-i18next";
import type { TAuditEntry } from "../../api/audit.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { AuditDetails } from "./AuditDetails.tsx";

/**
 * Audit entries: when, what was done, to what, by which role from which address, where, and the
 * particulars (reason, why a sign-in failed). Never personal values.
 */
export function AuditTable({ entries, stale }: { entries: TAuditEntry[]; stale: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const time = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Seoul",
  });
  const columns = {
    at: t("audit.col.at"),
    action: t("audit.col.action"),
    subject: t("audit.col.subject"),
    actor: t("audit.col.actor"),
    region: t("audit.col.region"),
    details: t("audit.col.details"),
  };
  return (
    <div className={`table-wrap responsive-table${stale ? " is-stale" : ""}`}>
      <table className="data-table">
        <caption className="visually-hidden">{t("audit.caption")}</caption>
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
          {entries.map((e) => (
            <tr key={e.id}>
              <th scope="row" data-label={columns.at}>
                <time dateTime={e.at}>{time.format(new Date(e.at))}</time>
              </th>
              <td data-label={columns.action}>{t(`audit.action.${e.action}`, { defaultValue: e.action })}</td>
              <td data-label={columns.subject}>
                <span>
                  {e.subjectType ? t(`audit.subject.${e.subjectType}`, { defaultValue: e.subjectType }) : "–"}
                  {e.subjectId ? <span className="muted audit-id">{e.subjectId}</span> : null}
                </span>
              </td>
              <td data-label={columns.actor}>
                <span>
                  {t(`audit.actor.${e.actorRole}`, { defaultValue: e.actorRole })}
                  {e.ip ? <span className="muted audit-id">{t("audit.ip", { ip: e.ip })}</span> : null}
                </span>
              </td>
              <td data-label={columns.region}>{e.regionCode ?? "–"}</td>
              <td data-label={columns.details}>
                <AuditDetails entry={e} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
