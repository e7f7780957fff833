import { useTranslation } from "react-i18next";
import type { WorkCategory } from "../../../../src/work-items/domain/work-item-vocabulary.ts";
import { useLabels } from "../../lib/use-labels.ts";

/** The work categories as toggle buttons (the chosen one aria-pressed), for one region's chart. */
export function CategoryChips({
  categories,
  selected,
  onSelect,
}: {
  categories: readonly WorkCategory[];
  selected: WorkCategory;
  onSelect: (category: WorkCategory) => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <fieldset className="category-chips">
      <legend className="category-chips__title">{t("forecasts.category")}</legend>
      <ul className="category-chips__list">
        {categories.map((category) => (
          <li key={category}>
            <button
              type="button"
              className="chip-button"
              aria-pressed={selected === category}
              onClick={() => onSelect(category)}
            >
              {labels.category(category)}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
