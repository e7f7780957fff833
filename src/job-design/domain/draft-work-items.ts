import { monthEnd, monthOf, monthStart } from "../../forecasting/domain/months.ts";
import type { TimeSlot } from "../../shared/domain/weekly-schedule.ts";
import { formatTimeOfDay, WEEKDAYS } from "../../shared/domain/weekly-schedule.ts";
import type { WorkKind } from "../../work-items/domain/work-item-vocabulary.ts";
import type { Suggestion } from "./design-jobs.ts";

/**
 * A suggestion → the draft work items an officer edits and publishes: one per stage of the job.
 * - seasonal work: one item per unbroken run of its season months (산불감시 spring, then autumn);
 * - other work: consecutive months from the start date, cut at the program's stage lengths
 *   (공공근로 5 + 5 months), so each item matches a cohort the program would recruit;
 * - a weekday schedule from 09:00 that covers the hours a week, the wage, the people, the skills,
 *   groups and program of the suggestion; the place is the organization's (or none for remote work).
 * Every item is a draft (status "draft"): nothing is advertised until the officer opens it.
 */

export interface DraftPlace {
  name: string;
  location: { lat: number; lng: number };
  /** The place is a stand-in (the organization has no location) and must be confirmed. */
  provisional: boolean;
}

export interface DraftContext {
  organizationId: string;
  regionCode: string;
  /** YYYY-MM-DD. */
  startDate: string;
  place: DraftPlace | null;
}

/** The fields of a work-item create request (see ZWorkItemCreate), before validation. */
export interface DraftWorkItem {
  organizationId: string;
  regionCode: string;
  programCode: string;
  title: string;
  description: string;
  category: Suggestion["occupation"]["category"];
  kind: WorkKind;
  status: "draft";
  remote: boolean;
  placeName: string | null;
  location: { lat: number; lng: number } | null;
  schedule: TimeSlot[];
  hoursPerWeek: number;
  startDate: string;
  endDate: string;
  headcount: number;
  hourlyWage: number;
  requiredSkills: string[];
  preferredSkills: string[];
  requiredCertificates: string[];
  preferredCertificates: string[];
  targetGroups: string[];
}

/** Monday to Friday from 09:00, each day the same length on the half hour, covering `hoursPerWeek`. */
export function weekdaySchedule(hoursPerWeek: number): TimeSlot[] {
  const days = WEEKDAYS.slice(0, 5);
  const halfHoursPerDay = Math.ceil((hoursPerWeek * 2) / days.length);
  const start = 9 * 60;
  return days.map((day) => ({
    day,
    start: formatTimeOfDay(start),
    end: formatTimeOfDay(start + halfHoursPerDay * 30),
  }));
}

interface Period {
  /** Month index (year × 12 + month − 1). */
  first: number;
  last: number;
}

/** The months the job runs, cut into stages. */
export function draftPeriods(
  suggestion: Pick<Suggestion, "months" | "seasonMonths" | "program">,
  startDate: string,
): Period[] {
  const start = monthOf(startDate);
  if (suggestion.seasonMonths && suggestion.seasonMonths.length > 0) {
    const season = new Set(suggestion.seasonMonths);
    const periods: Period[] = [];
    let remaining = suggestion.months;
    for (let m = start; m < start + 12 && remaining > 0; m++) {
      if (!season.has((m % 12) + 1)) continue;
      const current = periods.at(-1);
      if (current && current.last === m - 1) current.last = m;
      else periods.push({ first: m, last: m });
      remaining--;
    }
    return periods;
  }
  const stages = suggestion.program.stageMonths.length > 0 ? suggestion.program.stageMonths : [12];
  const periods: Period[] = [];
  let m = start;
  let remaining = suggestion.months;
  for (let i = 0; remaining > 0; i = (i + 1) % stages.length) {
    const length = Math.min(stages[i]!, remaining);
    periods.push({ first: m, last: m + length - 1 });
    m += length;
    remaining -= length;
  }
  return periods;
}

function kindOf(suggestion: Pick<Suggestion, "seasonMonths" | "months">): WorkKind {
  if (suggestion.seasonMonths) return "seasonal";
  return suggestion.months <= 3 ? "short" : "medium_term";
}

export function draftWorkItems(suggestion: Suggestion, context: DraftContext): DraftWorkItem[] {
  const { occupation } = suggestion;
  const periods = draftPeriods(suggestion, context.startDate);
  const remote = occupation.remote ?? false;
  const required = occupation.requiredCertificates ?? [];
  const duties = occupation.dutiesKo.map((d) => `- ${d}`).join("\n");
  const placeNote =
    !remote && context.place?.provisional
      ? "\n근무 장소는 임시(지역 중심점)입니다. 게시 전에 고쳐 주세요."
      : "";
  return periods.map((period, i) => {
    const stage = periods.length > 1 ? ` (${i + 1}/${periods.length}단계)` : "";
    return {
      organizationId: context.organizationId,
      regionCode: context.regionCode,
      programCode: suggestion.program.program,
      title: `${occupation.nameKo}${stage}`.slice(0, 120),
      description:
        `${duties}\n\n직무 설계 제안으로 만든 초안입니다: ${suggestion.summaryKo}${placeNote}`.slice(0, 4000),
      category: occupation.category,
      kind: kindOf(suggestion),
      status: "draft" as const,
      remote,
      placeName: remote ? null : (context.place?.name ?? null),
      location: remote ? null : (context.place?.location ?? null),
      schedule: weekdaySchedule(suggestion.hoursPerWeek),
      hoursPerWeek: suggestion.hoursPerWeek,
      // The first stage starts on the given day; later ones on the first of their month.
      startDate:
        i === 0 && monthOf(context.startDate) === period.first ? context.startDate : monthStart(period.first),
      endDate: monthEnd(period.last),
      headcount: suggestion.positions,
      hourlyWage: suggestion.pay.hourlyWage,
      requiredSkills: [],
      preferredSkills: [...occupation.skills],
      requiredCertificates: [...required],
      preferredCertificates: occupation.certificates.filter((c) => !required.includes(c)),
      targetGroups: [...occupation.targetGroups],
    };
  });
}
