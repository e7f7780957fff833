import type { RemotePreference, ResidentGroup } from "../../residents/domain/resident-vocabulary.ts";
import type { TResidentCreateInput } from "../../residents/resident.schema.ts";
import type { SeededRandom } from "../../shared/domain/seeded-random.ts";
import type { CertificateCode, SkillCode } from "../../shared/domain/skill-catalogue.ts";
import { scheduleHours, type TimeSlot, type Weekday } from "../../shared/domain/weekly-schedule.ts";
import { WORK_CATEGORIES, type WorkCategory } from "../../work-items/domain/work-item-vocabulary.ts";
import { DEMO_YEAR } from "./demo-dates.ts";
import type { DemoRegion } from "./demo-region.ts";
import { fakeMobileNumber, type Gender, koreanName } from "./korean-names.ts";
import type { RegionSampler } from "./region-sampler.ts";

export interface DemoResident {
  id: string;
  fields: TResidentCreateInput;
  /** How the person was drawn (not stored: Maeul keeps no gender, and the age is the birth year). */
  age: number;
  gender: Gender;
}

/** Residents register from 18; the age structure is cut at 85, beyond which few take on work. */
export const MIN_AGE = 18;
export const MAX_AGE = 85;

/** Share of registered disabled persons when the district has no figure (national 2024: 5.1%). */
const NATIONAL_DISABLED_RATE = 0.051;

export interface ResidentContext {
  region: DemoRegion;
  sampler: RegionSampler;
  spreadKm: number;
  /** Inhabitants per km² of bounding box, for how far people are willing to travel. */
  density: number;
}

export function generateResidents(
  count: number,
  context: ResidentContext,
  random: SeededRandom,
  makeId: (index: number) => string,
): DemoResident[] {
  const { region } = context;
  const ageWeights = region.populationByAge.slice(MIN_AGE, MAX_AGE + 1);
  const disabledRate =
    region.disabledRegistered && region.population > 0
      ? region.disabledRegistered / region.population
      : NATIONAL_DISABLED_RATE;
  const residents: DemoResident[] = [];
  for (let index = 0; index < count; index++) {
    const age = MIN_AGE + random.weightedIndex(ageWeights);
    const gender: Gender = random.chance(age >= 75 ? 0.6 : age >= 65 ? 0.53 : 0.5) ? "female" : "male";
    const birthYear = DEMO_YEAR - age;
    const groups = drawGroups(age, gender, disabledRate, random);
    const availability = drawAvailability(age, groups, random);
    const available = scheduleHours(availability);
    const skills = drawSkills(age, groups, random);
    const location = random.chance(0.85)
      ? context.sampler.pointNearHub(context.spreadKm)
      : context.sampler.uniformPoint();
    residents.push({
      id: makeId(index),
      age,
      gender,
      fields: {
        regionCode: region.code,
        location,
        birthYear,
        groups,
        availability,
        desiredHoursPerWeek: Math.min(available, drawDesiredHours(age, groups, random)),
        maxTravelKm: drawTravelKm(age, context.density, random),
        remotePreference: drawRemotePreference(age, groups, random),
        skills,
        certificates: drawCertificates(skills, groups, random),
        interests: drawInterests(skills, random),
        personal: {
          name: koreanName(random, birthYear, gender),
          phone: fakeMobileNumber(random),
          address: region.fullNameKo,
        },
      },
    });
  }
  return residents;
}

/** Groups follow from age and sex; disability at the district's registered rate; some low income. */
function drawGroups(
  age: number,
  gender: Gender,
  disabledRate: number,
  random: SeededRandom,
): ResidentGroup[] {
  const groups: ResidentGroup[] = [];
  if (age >= 19 && age <= 34) groups.push("youth");
  if (age >= 50 && age <= 64) groups.push("new_middle_age");
  if (age >= 65) groups.push("senior");
  if (gender === "female" && age >= 30 && age <= 54 && random.chance(0.3)) groups.push("career_break_woman");
  const disabled = random.chance(disabledRate);
  if (disabled) groups.push("disabled");
  if (random.chance(0.1 + (age >= 65 ? 0.08 : 0) + (disabled ? 0.15 : 0))) groups.push("low_income");
  return groups;
}

const MON_FRI: Weekday[] = ["mon", "tue", "wed", "thu", "fri"];

function days(random: SeededRandom, min: number, max: number): Weekday[] {
  const chosen = new Set(random.sample(MON_FRI, random.int(min, max)));
  return MON_FRI.filter((d) => chosen.has(d));
}

function window(list: readonly Weekday[], start: string, end: string): TimeSlot[] {
  return list.map((day) => ({ day, start, end }));
}

/** When people can work: mornings for older seniors, school hours for mothers, later for the young. */
function drawAvailability(age: number, groups: readonly ResidentGroup[], random: SeededRandom): TimeSlot[] {
  if (age >= 65) {
    return window(
      days(random, 3, 5),
      random.pick(["08:00", "09:00"]),
      age >= 70 ? random.pick(["12:00", "13:00"]) : random.pick(["13:00", "15:00"]),
    );
  }
  if (groups.includes("career_break_woman")) {
    return window(days(random, 4, 5), random.pick(["09:30", "10:00"]), random.pick(["14:30", "15:00"]));
  }
  if (groups.includes("youth") && random.chance(0.5)) {
    const weekdays = window(
      days(random, 3, 5),
      random.pick(["12:00", "13:00", "14:00"]),
      random.pick(["18:00", "20:00", "22:00"]),
    );
    return random.chance(0.4) ? [...weekdays, { day: "sat", start: "10:00", end: "18:00" }] : weekdays;
  }
  const slots = random.chance(0.6)
    ? window(days(random, 3, 5), "09:00", random.pick(["17:00", "18:00"]))
    : window(days(random, 4, 5), random.pick(["08:00", "09:00"]), random.pick(["13:00", "14:00"]));
  return random.chance(0.15) ? [...slots, { day: "sat", start: "09:00", end: "13:00" }] : slots;
}

/** 20–30 hours for most; at most 15 from 70 (the 공공근로 limit), a little more at 65–69. */
function drawDesiredHours(age: number, groups: readonly ResidentGroup[], random: SeededRandom): number {
  if (age >= 70) return random.pick([10, 12, 15, 15]);
  if (age >= 65) return random.pick([15, 20, 20, 24]);
  if (groups.includes("career_break_woman")) return random.pick([20, 20, 24, 25]);
  return random.pick([20, 24, 25, 25, 28, 30, 30]);
}

function drawTravelKm(age: number, density: number, random: SeededRandom): number {
  const [min, max] = density > 3000 ? [2, 8] : density > 300 ? [4, 15] : [6, 30];
  const km = (min + random.next() * (max - min)) * (age >= 70 ? 0.6 : 1);
  return Math.max(1, Math.round(km * 2) / 2);
}

function drawRemotePreference(
  age: number,
  groups: readonly ResidentGroup[],
  random: SeededRandom,
): RemotePreference {
  const r = random.next();
  if (groups.includes("disabled")) return r < 0.2 ? "only" : r < 0.5 ? "prefer" : "no";
  if (age >= 70) return r < 0.03 ? "prefer" : "no";
  if (groups.includes("youth")) return r < 0.05 ? "only" : r < 0.25 ? "prefer" : "no";
  return r < 0.03 ? "only" : r < 0.15 ? "prefer" : "no";
}

const SKILL_POOLS: Record<
  "senior" | "middle" | "youth" | "carer" | "general" | "disabled",
  readonly SkillCode[]
> = {
  senior: [
    "elder_care",
    "cleaning",
    "gardening",
    "cooking",
    "patrol",
    "recycling",
    "library_work",
    "arts_crafts",
    "driving",
  ],
  middle: [
    "driving",
    "office_admin",
    "carpentry",
    "electrical_repair",
    "plumbing",
    "counselling",
    "patrol",
    "elder_care",
    "cooking",
    "gardening",
    "computer_basics",
    "painting",
  ],
  youth: [
    "computer_basics",
    "smartphone_teaching",
    "social_media",
    "photography_video",
    "tutoring",
    "foreign_language",
    "data_entry",
    "sports_coaching",
    "event_planning",
    "music",
  ],
  carer: [
    "childcare",
    "tutoring",
    "cooking",
    "office_admin",
    "counselling",
    "data_entry",
    "arts_crafts",
    "computer_basics",
    "library_work",
  ],
  general: [
    "driving",
    "office_admin",
    "computer_basics",
    "carpentry",
    "sports_coaching",
    "event_planning",
    "patrol",
    "cooking",
    "data_entry",
    "disability_support",
  ],
  disabled: [
    "data_entry",
    "computer_basics",
    "sign_language",
    "arts_crafts",
    "music",
    "social_media",
    "office_admin",
  ],
};

function drawSkills(age: number, groups: readonly ResidentGroup[], random: SeededRandom): SkillCode[] {
  const pool =
    groups.includes("disabled") && random.chance(0.5)
      ? SKILL_POOLS.disabled
      : age >= 65
        ? SKILL_POOLS.senior
        : groups.includes("career_break_woman")
          ? SKILL_POOLS.carer
          : age >= 50
            ? SKILL_POOLS.middle
            : age <= 34
              ? SKILL_POOLS.youth
              : SKILL_POOLS.general;
  return random.sample(pool, random.int(1, age >= 70 ? 2 : 4));
}

/** Certificates that go with a skill, each with the chance a person with that skill holds it. */
const CERTIFICATES_BY_SKILL: Partial<Record<SkillCode, ReadonlyArray<readonly [CertificateCode, number]>>> = {
  elder_care: [["care_worker", 0.35]],
  driving: [
    ["drivers_licence_1", 0.5],
    ["drivers_licence_2", 0.3],
  ],
  childcare: [
    ["childcare_teacher", 0.3],
    ["child_safety_guide", 0.2],
  ],
  tutoring: [["after_school_teacher", 0.3]],
  computer_basics: [
    ["computer_specialist", 0.2],
    ["itq", 0.15],
  ],
  data_entry: [["itq", 0.2]],
  cooking: [
    ["korean_cook", 0.25],
    ["barista", 0.05],
  ],
  electrical_repair: [["electrician", 0.4]],
  gardening: [
    ["landscaping", 0.2],
    ["forest_commentator", 0.05],
  ],
  sports_coaching: [["sports_instructor", 0.4]],
  library_work: [["librarian_2", 0.2]],
  counselling: [
    ["social_worker_2", 0.3],
    ["counsellor", 0.15],
  ],
  patrol: [["security_guard", 0.3]],
  event_planning: [["cultural_commentator", 0.05]],
  disability_support: [["care_worker", 0.2]],
};

function drawCertificates(
  skills: readonly SkillCode[],
  groups: readonly ResidentGroup[],
  random: SeededRandom,
): CertificateCode[] {
  const held = new Set<CertificateCode>();
  for (const skill of skills) {
    for (const [certificate, chance] of CERTIFICATES_BY_SKILL[skill] ?? []) {
      if (random.chance(chance)) held.add(certificate);
    }
  }
  if (random.chance(0.08)) held.add("first_aid");
  if (groups.includes("senior") && random.chance(0.03)) held.add("cultural_commentator");
  if (held.has("drivers_licence_1")) held.delete("drivers_licence_2");
  return [...held];
}

const CATEGORY_OF_SKILL: Record<SkillCode, WorkCategory> = {
  driving: "care",
  computer_basics: "digital_help",
  smartphone_teaching: "digital_help",
  office_admin: "admin_support",
  data_entry: "admin_support",
  cooking: "care",
  cleaning: "environment",
  gardening: "environment",
  carpentry: "maintenance",
  electrical_repair: "maintenance",
  plumbing: "maintenance",
  painting: "maintenance",
  childcare: "care",
  elder_care: "care",
  disability_support: "care",
  counselling: "care",
  tutoring: "education",
  foreign_language: "education",
  sign_language: "care",
  event_planning: "culture",
  arts_crafts: "culture",
  music: "culture",
  sports_coaching: "sports",
  patrol: "safety",
  library_work: "culture",
  recycling: "environment",
  photography_video: "culture",
  social_media: "digital_help",
};

/** Interests mostly follow skills, with now and then something new. */
function drawInterests(skills: readonly SkillCode[], random: SeededRandom): WorkCategory[] {
  const interests = new Set(skills.slice(0, 2).map((s) => CATEGORY_OF_SKILL[s]));
  if (interests.size === 0 || random.chance(0.3)) interests.add(random.pick(WORK_CATEGORIES));
  return [...interests];
}
