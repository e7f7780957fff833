/**
 * Pairs for the scoring tests: a resident at home in 관악구 and a care work item near 관악구청,
 * each overridable, and the weights as configured in data/matching-weights.json's default
 * (copied here so that the domain tests read no file and fail when the arithmetic changes).
 */
import type { ResidentForMatching, WorkItemForMatching } from "./match-features.ts";
import { type MatchWeights, ZMatchWeights } from "./match-weights.ts";

export const HOME = { lat: 37.48, lng: 126.95 };

/** A point `km` kilometres north of HOME (a meridian degree is 111.195 km on this Earth radius). */
export function north(km: number) {
  return { lat: HOME.lat + km / ((6371.0088 * Math.PI) / 180), lng: HOME.lng };
}

export const TEST_WEIGHTS: MatchWeights = ZMatchWeights.parse({
  weights: {
    distance: 25,
    schedule: 25,
    hours: 15,
    skills: 15,
    interests: 8,
    continuity: 7,
    priority: 10,
    eligibility: 5,
    congestion: 20,
  },
  minScheduleCoverage: 0.5,
  hours: { targetMin: 20, targetMax: 30, caps: [] },
  groupWeights: {
    youth: 0.5,
    senior: 0.5,
    career_break_woman: 0.6,
    disabled: 1,
    low_income: 1,
    new_middle_age: 0.5,
  },
  untargetedGroupShare: 0.5,
  careerFullMonths: 36,
  remotePreferOnSiteFactor: 0.6,
  noRequirementSkillsFit: 0.5,
  noInterestsFit: 0.5,
  travelSlackKm: 0.25,
  congestion: { exposuresPerPlace: 8, fullAtLocalMultiple: 2, halfLifeHours: 72 },
});

export function resident(overrides: Partial<ResidentForMatching> = {}): ResidentForMatching {
  return {
    location: HOME,
    birthYear: 1962,
    groups: [],
    availability: [
      { day: "tue", start: "08:00", end: "14:00" },
      { day: "thu", start: "08:00", end: "14:00" },
    ],
    desiredHoursPerWeek: 8,
    maxTravelKm: 3,
    remotePreference: "no",
    skills: ["elder_care"],
    certificates: ["care_worker"],
    interests: ["care"],
    ...overrides,
  };
}

export function workItem(overrides: Partial<WorkItemForMatching> = {}): WorkItemForMatching {
  return {
    programCode: null,
    location: north(1.2),
    remote: false,
    schedule: [
      { day: "tue", start: "09:00", end: "13:00" },
      { day: "thu", start: "09:00", end: "13:00" },
    ],
    hoursPerWeek: 8,
    headcount: 3,
    category: "care",
    requiredSkills: [],
    preferredSkills: [],
    requiredCertificates: ["care_worker"],
    preferredCertificates: [],
    targetGroups: [],
    ...overrides,
  };
}
