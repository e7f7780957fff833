import { useTranslation } from "react-i18next";
import {
  normalizeSchedule,
  scheduleHours,
  slotHours,
  type TimeSlot,
  WEEKDAYS,
} from "../../../../src/shared/domain/weekly-schedule.ts";
import { useFormat } from "../../lib/use-format.ts";

/** A read-only weekly schedule: one row per day with its time ranges and hours. */
export function ScheduleTable({ slots, caption }: { slots: readonly TimeSlot[]; caption: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const normalized = normalizeSchedule(slots);
  return (
    <div className="table-wrap">
      <table className="data-table schedule-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("schedule.colDay")}</th>
            <th scope="col">{t("schedule.colTime")}</th>
            <th scope="col">{t("schedule.colHours")}</th>
          </tr>
        </thead>
        <tbody>
          {WEEKDAYS.map((day) => {
            const mine = normalized.filter((s) => s.day === day);
            return (
              <tr key={day} className={mine.length ? undefined : "schedule-table__off"}>
                <th scope="row">{t(`vocab.weekday.${day}`)}</th>
                <td>
                  {mine.length ? mine.map((s) => `${s.start}–${s.end}`).join(", ") : t("schedule.dayOff")}
                </td>
                <td>{mine.length ? f.number(mine.reduce((sum, s) => sum + slotHours(s), 0)) : "–"}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t("schedule.colTotal")}
            </th>
            <td>{f.number(scheduleHours(normalized))}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
