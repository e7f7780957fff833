import type { RuleSet } from "../../programs/domain/rule-set.ts";
import { minimumWageFor } from "./minimum-wage.ts";
import { WEEKS_PER_MONTH, type WeeklyHolidayPay, weeklyHolidayPay } from "./weekly-holiday-pay.ts";

/**
 * What one week of a program's work pays, read from the program's rules as data (pay kind and
 * hour bands by age, data/program-rules/): whether the hours fit the program, whether the wage
 * reaches the minimum, and whether 주휴수당 is owed. The statute decides the 15-hour line; the
 * program decides whether its participants are employees at all:
 * - minimum_wage and contract: an employment contract (근로계약), so the Labour Standards Act and
 *   its paid rest day apply (RULES.md §7, §10);
 * - monthly_allowance (노인 공익활동): an activity allowance, not employment: no 주휴 (RULES.md §10);
 * - daily_rate (자활근로): the day rate comes from the year's 자활사업 안내, whose table here is
 *   unconfirmed (RULES.md §8): reported as "per the guideline", never computed as a guess.
 */
export type PayBasis = "employment" | "activity_allowance" | "per_guideline";

type Pay = NonNullable<RuleSet["rules"]["pay"]>;
type HoursBand = NonNullable<RuleSet["rules"]["hours"]>[number];

export function payBasisOf(pay: Pay | undefined): PayBasis {
  switch (pay?.kind) {
    case "minimum_wage":
    case "contract":
      return "employment";
    case "monthly_allowance":
      return "activity_allowance";
    default:
      return "per_guideline";
  }
}

export interface HoursCheck {
  withinRules: boolean;
  /** The hour band for the person's age, when the program has one. */
  band: HoursBand | null;
  reason: "within" | "over_weekly_cap" | "over_monthly_cap" | "under_monthly_minimum" | "no_band";
  messageKo: string;
  messageEn: string;
}

/** Hours compared with a band's figures: a hair of float error must not turn 60 h into "over 60". */
const EPSILON = 1e-9;
const h = (n: number) => Number(n.toFixed(2)).toString();

/** The band for an age: its bounds are inclusive ("70세 이상" → minAge 70). */
export function hoursBandFor(bands: readonly HoursBand[], age: number): HoursBand | null {
  return bands.find((b) => (b.minAge ?? 0) <= age && age <= (b.maxAge ?? Number.POSITIVE_INFINITY)) ?? null;
}

export function checkProgramHours(
  bands: readonly HoursBand[],
  age: number,
  hours: { perWeek: number; perMonth: number },
): HoursCheck {
  const band = hoursBandFor(bands, age);
  if (!band) {
    return {
      withinRules: true,
      band: null,
      reason: "no_band",
      messageKo: "사업 규칙에 이 나이의 근무 시간 한도가 없습니다",
      messageEn: "The program's rules set no hour limit for this age",
    };
  }
  if (band.maxPerWeek !== undefined && hours.perWeek > band.maxPerWeek + EPSILON) {
    return {
      withinRules: false,
      band,
      reason: "over_weekly_cap",
      messageKo: `주 ${h(hours.perWeek)}시간은 주 최대 ${band.maxPerWeek}시간을 넘습니다`,
      messageEn: `${h(hours.perWeek)} h a week is over the ${band.maxPerWeek} h weekly limit`,
    };
  }
  if (band.maxPerMonth !== undefined && hours.perMonth > band.maxPerMonth + EPSILON) {
    return {
      withinRules: false,
      band,
      reason: "over_monthly_cap",
      messageKo: `월 ${h(hours.perMonth)}시간은 월 최대 ${band.maxPerMonth}시간을 넘습니다`,
      messageEn: `${h(hours.perMonth)} h a month is over the ${band.maxPerMonth} h monthly limit`,
    };
  }
  if (band.minPerMonth !== undefined && hours.perMonth < band.minPerMonth - EPSILON) {
    return {
      withinRules: false,
      band,
      reason: "under_monthly_minimum",
      messageKo: `월 ${h(hours.perMonth)}시간은 월 ${band.minPerMonth}시간 이상 활동 기준에 못 미칩니다`,
      messageEn: `${h(hours.perMonth)} h a month is under the ${band.minPerMonth} h monthly minimum`,
    };
  }
  return {
    withinRules: true,
    band,
    reason: "within",
    messageKo: "사업의 근무 시간 기준에 맞습니다",
    messageEn: "Within the program's hours",
  };
}

export interface ProgramWeekPay {
  program: string;
  year: number;
  basis: PayBasis;
  hoursPerWeek: number;
  hoursPerMonth: number;
  hours: HoursCheck;
  /** The hourly wage used (the year's minimum wage when none was given); null when not hourly. */
  hourlyWage: number | null;
  minimumWage: number | null;
  belowMinimumWage: boolean;
  /** 주휴수당 for an employee; null when the program's participants are not employees or it is set by the guideline. */
  weeklyHoliday: WeeklyHolidayPay | null;
  messageKo: string;
  messageEn: string;
}

/**
 * One week's pay rule for a person of `age` in a program, from its rules. Hours are given a week
 * or a month (the other is derived with 4.345 weeks a month); the wage defaults to the year's
 * minimum wage, which is what these programs pay.
 */
export function programWeeklyPay(
  ruleSet: RuleSet,
  input: { age: number; hoursPerWeek?: number; hoursPerMonth?: number; hourlyWage?: number },
): ProgramWeekPay {
  if (input.hoursPerWeek === undefined && input.hoursPerMonth === undefined) {
    throw new RangeError("give hoursPerWeek or hoursPerMonth");
  }
  const perWeek = input.hoursPerWeek ?? (input.hoursPerMonth ?? 0) / WEEKS_PER_MONTH;
  const perMonth = input.hoursPerMonth ?? perWeek * WEEKS_PER_MONTH;
  const basis = payBasisOf(ruleSet.rules.pay);
  const hours = checkProgramHours(ruleSet.rules.hours ?? [], input.age, { perWeek, perMonth });
  const minimum = minimumWageFor(ruleSet.year)?.wage ?? null;
  const base = {
    program: ruleSet.program,
    year: ruleSet.year,
    basis,
    hoursPerWeek: perWeek,
    hoursPerMonth: perMonth,
    hours,
  };
  if (basis === "activity_allowance") {
    const amount = ruleSet.rules.pay?.amountWon;
    return {
      ...base,
      hourlyWage: null,
      minimumWage: minimum,
      belowMinimumWage: false,
      weeklyHoliday: null,
      messageKo: `활동비${amount ? ` 월 ${amount.toLocaleString("ko-KR")}원` : ""}: 근로계약이 아니어서 주휴수당이 없습니다`,
      messageEn: `Activity allowance${amount ? ` of ${amount.toLocaleString("en")} won a month` : ""}: not employment, so no paid weekly rest day`,
    };
  }
  if (basis === "per_guideline") {
    return {
      ...base,
      hourlyWage: null,
      minimumWage: minimum,
      belowMinimumWage: false,
      weeklyHoliday: null,
      messageKo: "급여와 주휴는 그해 사업안내의 단가를 따릅니다 (단가 확인 필요)",
      messageEn: "Pay and the rest day follow the year's guideline rates (rates to be confirmed)",
    };
  }
  const wage = input.hourlyWage ?? minimum ?? 0;
  const holiday = weeklyHolidayPay({ hoursPerWeek: perWeek, hourlyWage: wage });
  const below = minimum !== null && wage < minimum;
  return {
    ...base,
    hourlyWage: wage,
    minimumWage: minimum,
    belowMinimumWage: below,
    weeklyHoliday: holiday,
    messageKo: below
      ? `시급 ${wage.toLocaleString("ko-KR")}원은 ${ruleSet.year}년 최저임금(${minimum!.toLocaleString("ko-KR")}원)보다 낮습니다`
      : holiday.messageKo,
    messageEn: below
      ? `The hourly wage of ${wage} won is below the ${ruleSet.year} minimum wage (${minimum} won)`
      : holiday.messageEn,
  };
}
