import { useTranslation } from "react-i18next";

/** Switches between Korean and English; the button is labelled in the language it switches to. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const next = i18n.language === "en" ? "ko" : "en";
  return (
    <button
      type="button"
      className="tool-button"
      lang={next}
      onClick={() => void i18n.changeLanguage(next)}
      aria-label={t("layout.switchLanguageLabel")}
    >
      <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="tool-button__icon">
        <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path
          d="M2 10h16M10 2c2.5 2.5 2.5 13.5 0 16M10 2c-2.5 2.5-2.5 13.5 0 16"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
        />
      </svg>
      {t("layout.switchLanguage")}
    </button>
  );
}
