import { useTranslation } from "react-i18next";
import { useFormat } from "../../lib/use-format.ts";
import { GAP_CLASS_COUNT } from "./gap-figures.ts";

/** The map's key: what each shade means, in words (never colour alone: the list says the same). */
export function GapLegend({ thresholds, showNone }: { thresholds: readonly number[]; showNone: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const bound = (i: number) => f.number(thresholds[i] ?? 0);
  const label = (i: number) => {
    if (i === 0) return t("forecasts.legend.below", { to: bound(0) });
    if (i === GAP_CLASS_COUNT - 1) return t("forecasts.legend.above", { from: bound(i - 1) });
    return t("forecasts.legend.between", { from: bound(i - 1), to: bound(i) });
  };
  return (
    <div className="gap-legend">
      <p className="gap-legend__title">{t("forecasts.legend.title")}</p>
      <ul className="gap-legend__list">
        <li>
          <span className="gap-legend__swatch gap-map__region--covered" aria-hidden="true" />
          {t("forecasts.legend.covered")}
        </li>
        {thresholds.length > 0
          ? Array.from({ length: GAP_CLASS_COUNT }, (_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the classes are fixed positions
              <li key={i}>
                <span className={`gap-legend__swatch gap-map__region--c${i}`} aria-hidden="true" />
                {label(i)}
              </li>
            ))
          : null}
        {showNone ? (
          <li>
            <span className="gap-legend__swatch gap-map__region--none" aria-hidden="true" />
            {t("forecasts.legend.none")}
          </li>
        ) : null}
      </ul>
    </div>
  );
}
