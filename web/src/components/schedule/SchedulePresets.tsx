import { useTranslation } from "react-i18next";
import type { TimeSlot, Weekday } from "../../../../src/shared/domain/weekly-schedule.ts";
import { addHours } from "./schedule-bits.ts";

const WEEKDAYS_ONLY: Weekday[] = ["mon", "tue", "wed", "thu", "fri"];
const WEEKEND: Weekday[] = ["sat", "sun"];

const PRESETS = [
  { key: "weekdayMorning", days: WEEKDAYS_ONLY, from: 9, to: 13 },
  { key: "weekdayAfternoon", days: WEEKDAYS_ONLY, from: 13, to: 18 },
  { key: "weekdayFullDay", days: WEEKDAYS_ONLY, from: 9, to: 18 },
  { key: "weekendMorning", days: WEEKEND, from: 9, to: 13 },
] as const;

/** Quick ways to fill the grid; each adds its hours to what is already chosen. */
export function SchedulePresets({
  value,
  onChange,
}: {
  value: TimeSlot[];
  onChange: (next: TimeSlot[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="schedule-presets">
      <legend className="visually-hidden">{t("schedule.presetsLabel")}</legend>
      {PRESETS.map((p) => (
        <button
          key={p.key}
          type="button"
          className="button button--secondary button--small"
          onClick={() => onChange(addHours(value, p.days, p.from, p.to))}
        >
          {t(`schedule.presets.${p.key}`)}
        </button>
      ))}
      <button
        type="button"
        className="button button--tertiary button--small"
        onClick={() => onChange([])}
        disabled={value.length === 0}
      >
        {t("schedule.clear")}
      </button>
    </fieldset>
  );
}
