import { useTranslation } from "react-i18next";
import type { FieldError } from "../api/http.ts";

/** A field error raised in the browser (e.g. consent), worded from the locale files in both languages. */
export function useClientError() {
  const { t } = useTranslation();
  return (field: string, key: string, values: Record<string, string | number> = {}): FieldError => ({
    field,
    reason: "client",
    messageKo: t(key, { ...values, lng: "ko" }),
    messageEn: t(key, { ...values, lng: "en" }),
  });
}
