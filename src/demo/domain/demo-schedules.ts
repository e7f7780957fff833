import type { SeededRandom } from "../../shared/domain/seeded-random.ts";
import type { TimeSlot, Weekday } from "../../shared/domain/weekly-schedule.ts";

/** Weekly shapes of public work, each with a little variation in days and hours. */
export const SCHEDULE_PATTERNS = [
  "weekday_mornings",
  "weekday_midday",
  "weekday_six",
  "three_long_days",
  "four_days",
  "afternoons",
  "evenings",
  "early_mornings",
  "school_commute",
  "weekend_event",
  "weekend_shifts",
  "flexible_remote",
] as const;
export type SchedulePattern = (typeof SCHEDULE_PATTERNS)[number];

const WEEKDAYS_MON_FRI: Weekday[] = ["mon", "tue", "wed", "thu", "fri"];

function everyDay(days: readonly Weekday[], start: string, end: string): TimeSlot[] {
  return days.map((day) => ({ day, start, end }));
}

export function buildSchedule(pattern: SchedulePattern, random: SeededRandom): TimeSlot[] {
  switch (pattern) {
    case "weekday_mornings":
      return everyDay(
        WEEKDAYS_MON_FRI,
        random.pick(["08:00", "09:00"]),
        random.pick(["12:00", "13:00", "13:30"]),
      );
    case "weekday_midday":
      return everyDay(WEEKDAYS_MON_FRI, random.pick(["09:00", "10:00"]), random.pick(["14:00", "15:00"]));
    case "weekday_six":
      return everyDay(WEEKDAYS_MON_FRI, random.pick(["09:00", "10:00"]), random.pick(["15:00", "16:00"]));
    case "three_long_days":
      return everyDay(
        random.pick([
          ["mon", "wed", "fri"],
          ["tue", "thu", "fri"],
          ["mon", "tue", "thu"],
        ] as Weekday[][]),
        "09:00",
        "18:00",
      );
    case "four_days":
      return everyDay(
        random.pick([
          ["mon", "tue", "wed", "thu"],
          ["tue", "wed", "thu", "fri"],
        ] as Weekday[][]),
        "09:00",
        random.pick(["16:00", "17:00"]),
      );
    case "afternoons":
      return everyDay(WEEKDAYS_MON_FRI, random.pick(["12:30", "13:00"]), random.pick(["17:30", "18:00"]));
    case "evenings":
      return everyDay(WEEKDAYS_MON_FRI, random.pick(["18:00", "19:00"]), random.pick(["22:00", "23:00"]));
    case "early_mornings":
      return everyDay(WEEKDAYS_MON_FRI, random.pick(["06:00", "07:00"]), random.pick(["10:00", "11:00"]));
    case "school_commute":
      return WEEKDAYS_MON_FRI.flatMap((day) => [
        { day, start: "07:30", end: "09:30" },
        { day, start: "12:30", end: "16:00" },
      ]);
    case "weekend_event":
      return [{ day: "fri", start: "14:00", end: "18:00" }, ...everyDay(["sat", "sun"], "09:00", "18:00")];
    case "weekend_shifts":
      return [
        ...everyDay(random.pick([["wed"], ["thu"], ["fri"]] as Weekday[][]), "14:00", "20:00"),
        ...everyDay(["sat", "sun"], "09:00", "17:00"),
      ];
    case "flexible_remote":
      return everyDay(WEEKDAYS_MON_FRI, "10:00", random.pick(["15:00", "16:00"]));
  }
}

/** Hours per week: 20–30 as the platform intends, never more than the schedule holds. */
export function pickHoursPerWeek(scheduledHours: number, random: SeededRandom): number {
  const fitting = [20, 20, 24, 25, 25, 28, 30].filter((h) => h <= scheduledHours);
  return fitting.length > 0 ? random.pick(fitting) : scheduledHours;
}
