import { scaleLinear } from "d3-scale";
import { area, line } from "d3-shape";
import { useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useElementWidth } from "../../hooks/use-element-width.ts";
import { useFormat } from "../../lib/use-format.ts";
import type { SeriesRow } from "./forecast-series.ts";

const MARGIN = { top: 28, right: 16, bottom: 32, left: 64 };
/** Below this many pixels per month, only the last NARROW_HISTORY months of history are drawn. */
const MIN_MONTH_PX = 6;
const NARROW_HISTORY = 36;

type Band = { index: number; lo: number; hi: number };

/**
 * History (solid), forecast mean (dashed) and its 80% and 95% intervals (two bands), drawn as
 * SVG by React with d3-scale and d3-shape computing the geometry (decision 0011). The SVG is an
 * image with a title and a description that says what it shows in words; the same rows are in
 * the table the page offers beside it.
 */
export function ForecastChart({
  rows: allRows,
  title,
  description,
}: {
  rows: readonly SeriesRow[];
  title: string;
  description: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const titleId = useId();
  const descId = useId();
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const height = width < 480 ? 260 : 340;
  // On a phone, six years of months leave the forecast a sliver: draw the recent years only
  // (the table has every month).
  const lastHistory = allRows.filter((r) => r.mean === null).at(-1)?.index ?? 0;
  const cropped = (width - MARGIN.left - MARGIN.right) / Math.max(1, allRows.length) < MIN_MONTH_PX;
  const rows = cropped ? allRows.filter((r) => r.index > lastHistory - NARROW_HISTORY) : allRows;
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return null;

  const history = rows.filter((r) => r.mean === null);
  const forecast = rows.filter((r) => r.mean !== null);
  const lastActual = [...history].reverse().find((r) => r.actual !== null);
  const peak = Math.max(1, ...rows.map((r) => Math.max(r.actual ?? 0, r.hi95 ?? 0)));
  const x = scaleLinear()
    .domain([first.index, last.index])
    .range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear()
    .domain([0, peak])
    .nice(5)
    .range([height - MARGIN.bottom, MARGIN.top]);

  // The forecast starts from the last recorded month, so that the lines and bands join.
  const joint: Band[] = lastActual
    ? [{ index: lastActual.index, lo: lastActual.actual!, hi: lastActual.actual! }]
    : [];
  const band = (lo: keyof SeriesRow, hi: keyof SeriesRow): Band[] => [
    ...joint,
    ...forecast.map((r) => ({ index: r.index, lo: r[lo] as number, hi: r[hi] as number })),
  ];
  const bandPath = area<Band>()
    .x((d) => x(d.index))
    .y0((d) => y(d.lo))
    .y1((d) => y(d.hi));
  const historyPath = line<SeriesRow>()
    .defined((d) => d.actual !== null)
    .x((d) => x(d.index))
    .y((d) => y(d.actual ?? 0));
  const meanPath = line<Band>()
    .x((d) => x(d.index))
    .y((d) => y(d.hi));
  const meanPoints: Band[] = [
    ...joint,
    ...forecast.map((r) => ({ index: r.index, lo: r.mean!, hi: r.mean! })),
  ];

  // A tick every January; every other year when the chart is narrow.
  const firstYear = Math.ceil(first.index / 12);
  const lastYear = Math.floor(last.index / 12);
  const yearStep = (lastYear - firstYear + 1) * 56 > width - MARGIN.left ? 2 : 1;
  const years: number[] = [];
  for (let year = firstYear; year <= lastYear; year += yearStep) years.push(year);
  const yTicks = y.ticks(5);
  const splitX = lastActual ? x(lastActual.index) : null;

  return (
    <div ref={box} className="forecast-chart">
      <svg
        className="forecast-chart__svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        <g className="forecast-chart__grid">
          {yTicks.map((v) => (
            <g key={v}>
              <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(v)} y2={y(v)} />
              <text
                x={MARGIN.left - 8}
                y={y(v)}
                dy="0.35em"
                textAnchor="end"
                className="forecast-chart__tick"
              >
                {f.number(v)}
              </text>
            </g>
          ))}
          {years.map((year) => (
            <text
              key={year}
              x={x(year * 12)}
              y={height - MARGIN.bottom + 20}
              textAnchor="middle"
              className="forecast-chart__tick"
            >
              {year}
            </text>
          ))}
          <text x={MARGIN.left} y={14} className="forecast-chart__unit">
            {t("forecasts.chart.unit")}
          </text>
        </g>
        {splitX !== null ? (
          <g className="forecast-chart__split">
            <line x1={splitX} x2={splitX} y1={MARGIN.top - 6} y2={height - MARGIN.bottom} />
            <text x={splitX + 6} y={MARGIN.top + 8} className="forecast-chart__split-label">
              {t("forecasts.chart.forecastStarts")}
            </text>
          </g>
        ) : null}
        {forecast.length > 0 ? (
          <>
            <path className="forecast-chart__band95" d={bandPath(band("lo95", "hi95")) ?? ""} />
            <path className="forecast-chart__band80" d={bandPath(band("lo80", "hi80")) ?? ""} />
            <path className="forecast-chart__mean" d={meanPath(meanPoints) ?? ""} />
          </>
        ) : null}
        <path className="forecast-chart__history" d={historyPath(history) ?? ""} />
      </svg>
      {cropped ? (
        <p className="forecast-chart__cropped">
          {t("forecasts.chart.cropped", { count: NARROW_HISTORY / 12 })}
        </p>
      ) : null}
    </div>
  );
}

/** The chart's key, in HTML so that it wraps and reads in order. */
export function ForecastLegend() {
  const { t } = useTranslation();
  return (
    <ul className="forecast-legend">
      <li>
        <span className="forecast-legend__line forecast-legend__line--history" aria-hidden="true" />
        {t("forecasts.chart.history")}
      </li>
      <li>
        <span className="forecast-legend__line forecast-legend__line--mean" aria-hidden="true" />
        {t("forecasts.chart.mean")}
      </li>
      <li>
        <span className="forecast-legend__swatch forecast-legend__swatch--80" aria-hidden="true" />
        {t("forecasts.chart.band80")}
      </li>
      <li>
        <span className="forecast-legend__swatch forecast-legend__swatch--95" aria-hidden="true" />
        {t("forecasts.chart.band95")}
      </li>
    </ul>
  );
}
