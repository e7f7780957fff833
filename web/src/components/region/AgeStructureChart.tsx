import { useId } from "react";
import { useTranslation } from "react-i18next";
import { type AgeBand, fiveYearBands } from "../../lib/age-bands.ts";
import { useFormat } from "../../lib/use-format.ts";
import { AgeTable } from "./AgeTable.tsx";

const ROW = 21;
const LABEL_WIDTH = 72;
const VALUE_WIDTH = 64;
const WIDTH = 360;

/**
 * Population by 5-year age band as horizontal bars (65+ in a second colour). The SVG has a title
 * and a one-sentence description; the exact figures are in a table right below it.
 */
export function AgeStructureChart({
  byAge,
  period,
  source,
}: {
  byAge: readonly number[];
  period: string;
  source: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const titleId = useId();
  const descId = useId();
  const bands = fiveYearBands(byAge);
  const max = Math.max(1, ...bands.map((b) => b.population));
  const largest = bands.reduce<AgeBand>((a, b) => (b.population > a.population ? b : a), bands[0]!);
  const bandLabel = (b: AgeBand) =>
    b.to === null ? t("ageChart.bandOpen", { from: b.from }) : t("ageChart.band", { from: b.from, to: b.to });
  const barSpace = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = bands.length * ROW;
  // Youngest at the bottom, as in a population pyramid.
  const rows = [...bands].reverse();
  return (
    <figure className="age-chart">
      <figcaption className="age-chart__caption">
        <span className="age-chart__title">{t("ageChart.title")}</span>
        <span className="age-chart__legend">
          <span className="legend-swatch legend-swatch--working" aria-hidden="true" />
          {t("ageChart.legendUnder65")}
          <span className="legend-swatch legend-swatch--senior" aria-hidden="true" />
          {t("ageChart.legend65")}
        </span>
      </figcaption>
      <svg
        className="age-chart__svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
      >
        <title id={titleId}>{t("ageChart.title")}</title>
        <desc id={descId}>
          {t("ageChart.description", { band: bandLabel(largest), value: f.people(largest.population) })}
        </desc>
        {rows.map((b, i) => {
          const w = (b.population / max) * barSpace;
          const y = i * ROW;
          return (
            <g key={b.from}>
              <text x={LABEL_WIDTH - 6} y={y + ROW * 0.7} textAnchor="end" className="age-chart__label">
                {bandLabel(b)}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={y + 3}
                width={Math.max(w, b.population > 0 ? 1 : 0)}
                height={ROW - 6}
                rx="2"
                className={b.from >= 65 ? "age-chart__bar age-chart__bar--senior" : "age-chart__bar"}
              />
              <text x={LABEL_WIDTH + w + 4} y={y + ROW * 0.7} className="age-chart__value">
                {f.number(b.population)}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="figure-card__source">{t("figures.sourceLine", { period, source })}</p>
      <details className="disclosure">
        <summary>{t("ageChart.showTable")}</summary>
        <AgeTable bands={bands} bandLabel={bandLabel} />
      </details>
    </figure>
  );
}
