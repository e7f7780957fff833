import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** One statistic: what it is, the figure, details, and where and when it comes from. */
export function FigureCard({
  label,
  value,
  detail,
  note,
  period,
  source,
}: {
  label: string;
  value: string | null;
  detail?: ReactNode;
  note?: ReactNode;
  period: string;
  source: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="figure-card">
      <dt className="figure-card__label">{label}</dt>
      <dd className="figure-card__body">
        <p className={`figure-card__value${value === null ? " figure-card__value--missing" : ""}`}>
          {value ?? t("figures.unavailable")}
        </p>
        {detail ? <p className="figure-card__detail">{detail}</p> : null}
        {note ? <p className="figure-card__note">{note}</p> : null}
        <p className="figure-card__source">{t("figures.sourceLine", { period, source })}</p>
      </dd>
    </div>
  );
}
