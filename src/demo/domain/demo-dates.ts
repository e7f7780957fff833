import type { SeededRandom } from "../../shared/domain/seeded-random.ts";
import type { WorkKind } from "../../work-items/domain/work-item-vocabulary.ts";
import type { Season } from "./work-item-templates.ts";

/** The demo is set in 2026, the first year after the ten pilot districts (seed 000). */
export const DEMO_YEAR = 2026;

const DAY_MS = 86_400_000;

function utc(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A random day in [from, to], moved forward to the given weekday (0 = Sunday … 6 = Saturday). */
function dayBetween(random: SeededRandom, from: string, to: string, weekday?: number): number {
  const start = utc(from);
  const days = Math.round((utc(to) - start) / DAY_MS);
  let ms = start + random.int(0, days) * DAY_MS;
  if (weekday !== undefined) ms += ((weekday - new Date(ms).getUTCDay() + 7) % 7) * DAY_MS;
  return ms;
}

const SEASONS: Record<Season, { from: string; to: string; ko: string }> = {
  spring: { from: "2026-03-02", to: "2026-05-29", ko: "봄" },
  summer: { from: "2026-06-22", to: "2026-08-28", ko: "여름" },
  autumn: { from: "2026-09-07", to: "2026-11-20", ko: "가을" },
  winter: { from: "2026-12-01", to: "2027-02-26", ko: "겨울" },
};

export function seasonLabel(season: Season): string {
  return SEASONS[season].ko;
}

/** Start and end dates in and around 2026 that fit the kind of work. */
export function pickPeriod(
  kind: WorkKind,
  random: SeededRandom,
  options: { season: Season; weekendEvent: boolean },
): { startDate: string; endDate: string } {
  switch (kind) {
    case "one_off": {
      const start = dayBetween(random, "2026-03-02", "2026-11-20", options.weekendEvent ? 5 : undefined);
      return {
        startDate: iso(start),
        endDate: iso(start + (options.weekendEvent ? 2 : random.int(0, 4)) * DAY_MS),
      };
    }
    case "short": {
      const start = dayBetween(random, "2026-01-05", "2026-09-28", 1);
      return { startDate: iso(start), endDate: iso(start + (random.int(4, 12) * 7 - 3) * DAY_MS) };
    }
    case "medium_term": {
      const start = dayBetween(random, "2026-01-05", "2026-07-06", 1);
      return { startDate: iso(start), endDate: iso(start + (random.int(4, 10) * 30 - 1) * DAY_MS) };
    }
    case "seasonal": {
      const season = SEASONS[options.season];
      return { startDate: season.from, endDate: season.to };
    }
  }
}
