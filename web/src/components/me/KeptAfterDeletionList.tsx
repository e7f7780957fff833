import { useTranslation } from "react-i18next";
import { KEPT_AFTER_DELETION, RETENTION_AFTER_DELETION } from "../../../../src/consents/domain/retention.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import "./me.css";

/** What stays after an account is deleted, why and how long: the server's own retention list. */
export function KeptAfterDeletionList() {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  return (
    <ul className="kept-list">
      {KEPT_AFTER_DELETION.map((kept) => {
        const rule = RETENTION_AFTER_DELETION[kept];
        return (
          <li key={kept} className="kept-list__item">
            <strong className="kept-list__title">{t(`me.delete.kept.${kept}.title`)}</strong>
            <p>{t(`me.delete.kept.${kept}.body`)}</p>
            <p>
              {t("me.delete.keptYears", { count: rule.years })} ·{" "}
              {t("me.delete.keptBasis", { basis: pick(rule.basisKo, rule.basisEn) })}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
