import { useTranslation } from "react-i18next";
import type { Language } from "./preferences.ts";

/** The current language, and a helper that picks the Korean or English form of a value. */
export function useLanguage() {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === "en" ? "en" : "ko";
  const locale = language === "en" ? "en-US" : "ko-KR";
  function pick<T>(ko: T, en: T): T {
    return language === "en" ? en : ko;
  }
  return { language, locale, pick };
}
