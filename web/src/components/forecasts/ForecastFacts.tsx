import { useTranslation } from "react-i18next";
import type { TCategoryForecast } from "../../api/forecasts.ts";
import { useFormat } from "../../lib/use-format.ts";
import { yearOnYear } from "./forecast-series.ts";

/**
 * How a category's forecast was made and what it adds up to: the method (the combination on the
 * district's own history, or the cold-start model from its demographics), where the history comes
 * from, the next year against the last, and the model's own notes.
 */
export function ForecastFacts({ series, asOf }: { series: TCategoryForecast; asOf: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const yoy = yearOnYear(series);
  const hours = (v: number | null) =>
    v === null ? "—" : t("forecasts.hours", { value: f.number(Math.round(v)) });
  const change =
    yoy.change === null
      ? null
      : t(yoy.change >= 0 ? "forecasts.facts.more" : "forecasts.facts.less", {
          value: Math.abs(yoy.change * 100).toFixed(1),
        });
  return (
    <div className="forecast-facts">
      <dl className="fact-list forecast-facts__list">
        <div>
          <dt>{t("forecasts.facts.method")}</dt>
          <dd>
            {t(`forecasts.method.${series.method}`)}
            <span className="forecast-facts__hint">{t(`forecasts.methodHint.${series.method}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t("forecasts.facts.history")}</dt>
          <dd>
            {series.source
              ? t("forecasts.facts.historyValue", {
                  source: t(`forecasts.source.${series.source}`),
                  count: series.observedMonths,
                  asOf: f.period(asOf),
                })
              : t("forecasts.facts.noHistory")}
          </dd>
        </div>
        <div>
          <dt>{t("forecasts.facts.nextYear")}</dt>
          <dd>{hours(yoy.next)}</dd>
        </div>
        <div>
          <dt>{t("forecasts.facts.lastYear")}</dt>
          <dd>
            {hours(yoy.last)}
            {change ? <span className="forecast-facts__hint">{change}</span> : null}
          </dd>
        </div>
      </dl>
      {series.notes.length > 0 ? (
        <div className="forecast-facts__notes">
          <p className="forecast-facts__notes-title">{t("forecasts.facts.notes")}</p>
          <ul lang="en">
            {series.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
