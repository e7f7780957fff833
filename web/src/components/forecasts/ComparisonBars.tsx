import { scaleLinear } from "d3-scale";
import { useId, useRef } from "react";
import { useElementWidth } from "../../hooks/use-element-width.ts";
import type { ComparisonRow } from "./comparison-rows.ts";
import { usePerThousand } from "./use-per-thousand.ts";

const ROW = 30;
const VALUE_SPACE = 56;

/**
 * The gap per 1,000 residents of each district as a bar, in the table's order (the table beside
 * it is the exact figures; this is the picture). A district with more covered than forecast has
 * its bar left of zero.
 */
export function ComparisonBars({
  rows,
  title,
  description,
}: {
  rows: readonly ComparisonRow[];
  title: string;
  description: string;
}) {
  const perK = usePerThousand();
  const titleId = useId();
  const descId = useId();
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box);
  const labelSpace = width < 480 ? 104 : 150;
  const values = rows.map((r) => r.gapPerThousand);
  const low = Math.min(0, ...values);
  const high = Math.max(1, ...values);
  const x = scaleLinear()
    .domain([low, high])
    .range([labelSpace, width - VALUE_SPACE]);
  const height = rows.length * ROW + 8;
  return (
    <div className="comparison-bars" ref={box}>
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        <line className="comparison-bars__zero" x1={x(0)} x2={x(0)} y1={0} y2={height} />
        {rows.map((r, i) => {
          const y = i * ROW + 4;
          const start = Math.min(x(0), x(r.gapPerThousand));
          const size = Math.abs(x(r.gapPerThousand) - x(0));
          return (
            <g key={r.code}>
              <text
                x={labelSpace - 8}
                y={y + ROW / 2}
                dy="0.35em"
                textAnchor="end"
                className="comparison-bars__label"
              >
                {r.label}
              </text>
              <rect
                x={start}
                y={y + 5}
                width={Math.max(size, 1)}
                height={ROW - 10}
                rx="2"
                className={
                  r.gapPerThousand > 0
                    ? "comparison-bars__bar"
                    : "comparison-bars__bar comparison-bars__bar--covered"
                }
              />
              <text
                x={Math.max(x(0), x(r.gapPerThousand)) + 4}
                y={y + ROW / 2}
                dy="0.35em"
                className="comparison-bars__value"
              >
                {perK(r.gapPerThousand)}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
