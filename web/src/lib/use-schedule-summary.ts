import { useTranslation } from "react-i18next";
import type { TimeSlot } from "../../../src/shared/domain/weekly-schedule.ts";
import { groupSchedule, joinDays } from "./schedule-summary.ts";

/** "화·목 09:00–13:00 / 토 10:00–12:00" in the current language. */
export function useScheduleSummary() {
  const { t } = useTranslation();
  return (slots: readonly TimeSlot[]) => {
    const groups = groupSchedule(slots);
    if (groups.length === 0) return t("schedule.none");
    return groups
      .map(
        (g) =>
          `${joinDays(g.days, (d) => t(`vocab.weekdayShort.${d}`), t("schedule.daySeparator"))} ${g.ranges.join(", ")}`,
      )
      .join(" / ");
  };
}
