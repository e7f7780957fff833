import { useState } from "react";
import { useTranslation } from "react-i18next";
import { applyLargeText, storedLargeText, storeLargeText } from "../../i18n/preferences.ts";

/** 글자 크게: raises the root font size, and with it every rem-sized text and control. */
export function LargeTextToggle() {
  const { t } = useTranslation();
  const [on, setOn] = useState(storedLargeText);
  function toggle() {
    const next = !on;
    setOn(next);
    storeLargeText(next);
    applyLargeText(next);
  }
  return (
    <button type="button" className="tool-button" aria-pressed={on} onClick={toggle}>
      <span className="tool-button__glyph" aria-hidden="true">
        {t("layout.largeTextGlyph")}
      </span>
      {t("layout.largeText")}
    </button>
  );
}
