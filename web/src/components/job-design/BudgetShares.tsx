import { useTranslation } from "react-i18next";
import type { TJobSuggestion } from "../../api/job-design.ts";
import { useFormat } from "../../lib/use-format.ts";

/** The budget of one suggestion and its split by who pays (국비 / 시도비 / 시군구비). */
export function BudgetShares({
  budget,
  unconfirmed,
}: {
  budget: TJobSuggestion["budget"];
  unconfirmed: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const parts = [
    { key: "national", value: budget.national },
    { key: "metropolitan", value: budget.metropolitan },
    { key: "district", value: budget.district },
  ] as const;
  return (
    <div className="budget-shares">
      <p className="budget-shares__total">
        {t("jobDesign.budget.total")} <strong>{f.won(budget.total)}</strong>
      </p>
      <ul className="budget-shares__list">
        {parts.map((p) => (
          <li key={p.key}>
            <span className="budget-shares__label">{t(`jobDesign.budget.${p.key}`)}</span>{" "}
            <span>{f.won(p.value)}</span>
          </li>
        ))}
      </ul>
      {unconfirmed ? <p className="field__hint">{t("jobDesign.budget.unconfirmed")}</p> : null}
    </div>
  );
}
