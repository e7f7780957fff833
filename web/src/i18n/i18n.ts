import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import en from "../locales/en.json";
import ko from "../locales/ko.json";
import { applyLargeText, storedLanguage, storedLargeText, storeLanguage } from "./preferences.ts";

/** Korean first; English on request. The choice persists in localStorage and sets <html lang>. */
void i18n.use(initReactI18next).init({
  resources: { ko: { translation: ko }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: "ko",
  supportedLngs: ["ko", "en"],
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
});

function syncDocument(language: string) {
  document.documentElement.lang = language === "en" ? "en" : "ko";
}

syncDocument(i18n.language);
applyLargeText(storedLargeText());
i18n.on("languageChanged", (language) => {
  syncDocument(language);
  storeLanguage(language === "en" ? "en" : "ko");
});

export default i18n;
