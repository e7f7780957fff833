import { useLanguage } from "../../i18n/use-language.ts";

/**
 * Figures per 1,000 residents with one decimal always ("908.0", "1,012.2"), so that a column
 * of them lines up and reads as the same kind of number.
 */
export function usePerThousand(): (value: number) => string {
  const { locale } = useLanguage();
  const format = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (value) => format.format(value);
}
