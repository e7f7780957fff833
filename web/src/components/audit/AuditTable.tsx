import { useTranslation } from "react-i18next";
import type { TAuditEntry } from "../../api/audit.ts";
import { useLanguage } from "../../i18n/use-language.ts";

/** Audit entries: when, what was done, to what, by which role, where. Never personal values. */
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
                {t(`audit.actor.${e.actorRole}`, { defaultValue: e.actorRole })}
              </td>
              <td data-label={columns.region}>{e.regionCode ?? "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
