import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";

/** Numbers, money, dates and reference periods in the current language. */
export function useFormat() {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const numberFormat = new Intl.NumberFormat(locale);
  const monthFormat = new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", timeZone: "UTC" });
  const kmFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const dateFormat = new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  });

  return {
    number: (value: number) => numberFormat.format(value),
    people: (value: number) => t("format.people", { value: numberFormat.format(value) }),
    count: (value: number) => t("format.count", { value: numberFormat.format(value) }),
    percent: (value: number) => t("format.percent", { value: value.toFixed(1) }),
    won: (value: number) => t("format.won", { value: numberFormat.format(value) }),
    hours: (value: number) => t("format.hoursPerWeek", { value: numberFormat.format(value) }),
    km: (value: number) => t("format.km", { value: kmFormat.format(value) }),
    /** "2026-03-02" → "2026. 3. 2." / "Mar 2, 2026" */
    date: (value: string) => {
      const time = Date.parse(`${value.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(time) ? value : dateFormat.format(time);
    },
    /** Reference periods from the data files: "2025-04", "2024-H1", "2024". */
    period: (value: string | null | undefined) => {
      if (!value) return t("format.periodUnknown");
      const half = /^(\d{4})-H([12])$/.exec(value);
      if (half) return t(`format.periodHalf${half[2]}`, { year: half[1] });
      const month = /^(\d{4})-(\d{2})$/.exec(value);
      if (month) return monthFormat.format(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
      if (/^\d{4}$/.test(value)) return t("format.periodYear", { year: value });
      return value;
    },
  };
}
