import { useTranslation } from "react-i18next";
import type { TConsentState } from "../../api/me.ts";
import { useLanguage } from "../../i18n/use-language.ts";

type ConsentRecord = NonNullable<TConsentState["purposes"][number]["latest"]>;

/** "2026. 11. 29. 오후 6:20, 웹에서 본인이: 동의 (방침 1.0판)", in Korean time whatever the device's zone. */
export function useConsentRecordText() {
  const { t } = useTranslation();
  const when = useConsentTime();
  return (record: ConsentRecord) =>
    t("me.consent.recorded", {
      when: when(record.recordedAt),
      method: t(`me.consent.method.${record.method}`),
      decision: record.granted ? t("me.consent.decision.granted") : t("me.consent.decision.withdrawn"),
      version: record.noticeVersion,
    });
}

export function useConsentTime() {
  const { locale } = useLanguage();
  const format = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Seoul",
  });
  return (iso: string) => format.format(new Date(iso));
}
