import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TProgram } from "../../api/programs.ts";
import { useLanguage } from "../../i18n/use-language.ts";

/** The catalogue: each program with its ministry, what it is and whether its rules are loaded. */
export function ProgramTable({ programs }: { programs: readonly TProgram[] }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  return (
    <ul className="program-list">
      {programs.map((p) => (
        <li key={p.code} className="program-item">
          <h2 className="program-item__title">
            <Link to={`/programs/${p.code}`}>{pick(p.nameKo, p.nameEn)}</Link>
          </h2>
          <p className="program-item__summary">{pick(p.summaryKo, p.summaryEn)}</p>
          <dl className="program-item__facts">
            <div>
              <dt>{t("programs.columns.ministry")}</dt>
              <dd>{pick(p.ministryKo, p.ministryEn)}</dd>
            </div>
            <div>
              <dt>{t("programs.columns.rules")}</dt>
              <dd>
                <span className={`rules-status rules-status--${p.rulesStatus}`}>
                  <span aria-hidden="true">{p.rulesStatus === "loaded" ? "✓ " : "… "}</span>
                  {t(`programs.rulesStatus.${p.rulesStatus}`)}
                </span>
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
