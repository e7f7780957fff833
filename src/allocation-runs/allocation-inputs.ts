/**
 * Everything a cohort's allocation depends on, read from the database in one go: the cohort, its
 * eligible applicants (declared facts opened for their age and groups; the resident's matching
 * fields; their career months and any clashing direct job), the places held already, its work
 * items and their free places, the program's age cap and the matching weights. The same read
 * gives the input digest: a run is the proposal of one digest, and a confirmation recomputes it to
 * tell whether the cohort has moved on since.
 */
import { createHash } from "node:crypto";
import { openFacts } from "../cohorts/application-facts.ts";
import { commitmentsOf } from "../cohorts/cohort.repository.ts";
import { HOLDS_SLOT } from "../cohorts/domain/cohort-vocabulary.ts";
import type { Db } from "../db/client.ts";
import type { ResidentForMatching, WorkItemForMatching } from "../matching/domain/scoring/match-features.ts";
import { residentFeatures, workItemFeatures } from "../matching/domain/scoring/match-features.ts";
import { matchingWeights } from "../matching/matching-weights.ts";
import { loadRuleContext } from "../programs/check-eligibility.ts";
import { ageOn } from "../programs/domain/eligibility-profile.ts";
import {
  careerMonthsInField,
  describeParticipation,
  overlappingParticipations,
} from "../programs/domain/participation-rules.ts";
import type { ResidentGroup } from "../residents/domain/resident-vocabulary.ts";
import { type AllocationInputRows, loadAllocationRows } from "./allocation-inputs.repository.ts";
import type { AllocationRunOptions } from "./allocation-run.schema.ts";
import type { AllocationApplicant, CohortAllocationInput } from "./domain/cohort-allocation-problem.ts";

/** Bump when the way a proposal is computed changes: older runs then no longer match their input. */
export const ALLOCATION_ALGORITHM_VERSION = "2026.11-1";

export interface LoadedAllocationInput {
  input: CohortAllocationInput;
  digest: string;
  cohort: AllocationInputRows["cohort"];
}

export async function loadAllocationInput(
  db: Db,
  cohortId: string,
  options: AllocationRunOptions,
): Promise<LoadedAllocationInput | null> {
  const rows = await loadAllocationRows(db, cohortId);
  if (!rows) return null;
  const { cohort } = rows;
  const { sets, ctx } = await loadRuleContext(db, cohort.regionCode, cohort.periodStart);
  const set = sets.find((s) => s.program === cohort.programCode);
  const cap = set?.rules.crossProgram?.seniorShareCap ?? null;
  const noOverlap = set?.rules.crossProgram?.noOverlap ?? false;

  const factsOf = (app: (typeof rows.applications)[number]) => openFacts(app.id, app.factsEnc);
  const holding = rows.applications.filter((a) => HOLDS_SLOT.includes(a.status));
  const held = {
    total: holding.length,
    senior: cap
      ? holding.filter((a) => ageOn(factsOf(a).birthDate, cohort.periodStart) >= cap.age).length
      : 0,
  };
  // Score order first (as selection ranks), so that ties in the allocation favour the same people.
  const eligible = rows.applications
    .filter((a) => a.status === "eligible")
    .sort(
      (a, b) =>
        (b.score ?? 0) - (a.score ?? 0) ||
        a.createdAt.toISOString().localeCompare(b.createdAt.toISOString()) ||
        a.id.localeCompare(b.id),
    );
  const residentById = new Map(rows.residents.map((r) => [r.id, r]));
  const history = await commitmentsOf(
    db,
    eligible.map((a) => a.residentId),
    cohort.id,
  );
  const historyOf = new Map<string, typeof history>();
  for (const h of history) historyOf.set(h.residentId, [...(historyOf.get(h.residentId) ?? []), h]);

  const applicantRecords = eligible.flatMap((app) => {
    const resident = residentById.get(app.residentId);
    if (!resident) return [];
    const facts = factsOf(app);
    const own = historyOf.get(app.residentId) ?? [];
    const fields = [
      ...new Set(own.map((h) => ("field" in h ? h.field : undefined)).filter((f): f is string => !!f)),
    ];
    const careerMonths = Object.fromEntries(
      fields.map((f) => [f, careerMonthsInField(own, f, cohort.periodStart).totalMonths]),
    );
    const clashing = noOverlap
      ? overlappingParticipations(
          own.filter((h) => ctx.isDirectJob(h.program)),
          { start: cohort.periodStart, end: cohort.periodEnd },
        )[0]
      : undefined;
    const groups = (facts.groups ?? resident.groups) as ResidentGroup[];
    const matching: ResidentForMatching = {
      location:
        resident.approxLat !== null && resident.approxLng !== null
          ? { lat: resident.approxLat, lng: resident.approxLng }
          : null,
      birthYear: resident.birthYear,
      groups,
      availability: resident.availability,
      desiredHoursPerWeek: resident.desiredHoursPerWeek,
      maxTravelKm: resident.maxTravelKm,
      remotePreference: resident.remotePreference,
      skills: resident.skills,
      certificates: resident.certificates,
      interests: resident.interests,
      careerMonths,
    };
    const clash = clashing ? describeParticipation(clashing, ctx.programName(clashing.program)) : null;
    const applicant: AllocationApplicant = {
      applicationId: app.id,
      residentId: app.residentId,
      priorityScore: app.score ?? 0,
      appliedAt: app.createdAt.toISOString(),
      age: ageOn(facts.birthDate, cohort.periodStart),
      groups,
      features: residentFeatures(matching),
      clash,
    };
    return [{ applicant, matching, version: app.version }];
  });

  const placedOn = new Map<string, number>();
  for (const a of rows.applications) {
    if (a.status === "placed" && a.workItemId)
      placedOn.set(a.workItemId, (placedOn.get(a.workItemId) ?? 0) + 1);
  }
  const itemRecords = rows.workItems.map((w) => {
    const matching: WorkItemForMatching = {
      programCode: w.programCode,
      location: w.lat !== null && w.lng !== null ? { lat: w.lat, lng: w.lng } : null,
      remote: w.remote,
      schedule: w.schedule,
      hoursPerWeek: w.hoursPerWeek,
      headcount: w.headcount,
      category: w.category,
      requiredSkills: w.requiredSkills,
      preferredSkills: w.preferredSkills,
      requiredCertificates: w.requiredCertificates,
      preferredCertificates: w.preferredCertificates,
      targetGroups: w.targetGroups,
    };
    // A closed or cancelled work item takes nobody new, whatever the cohort gave it.
    const live = w.status !== "closed" && w.status !== "cancelled";
    const freePlaces = live ? Math.max(0, w.slots - (placedOn.get(w.id) ?? 0)) : 0;
    return {
      item: { workItemId: w.id, title: w.title, freePlaces, features: workItemFeatures(matching) },
      matching,
    };
  });

  const weights = matchingWeights().weightsFor(cohort.programCode);
  const input: CohortAllocationInput = {
    cohortPlaces: Math.max(0, cohort.slots - held.total),
    held,
    seniorCap: cap ? { age: cap.age, maxShare: cap.maxShare } : null,
    year: Number(cohort.periodStart.slice(0, 4)),
    weights,
    options,
    applicants: applicantRecords.map((r) => r.applicant),
    workItems: itemRecords.map((r) => r.item),
  };
  const canonical = {
    algorithm: ALLOCATION_ALGORITHM_VERSION,
    cohort: {
      id: cohort.id,
      version: cohort.version,
      status: cohort.status,
      programCode: cohort.programCode,
      slots: cohort.slots,
      periodStart: cohort.periodStart,
      periodEnd: cohort.periodEnd,
    },
    held,
    seniorCap: input.seniorCap,
    weights,
    options,
    applicants: applicantRecords.map((r) => ({
      id: r.applicant.applicationId,
      version: r.version,
      priorityScore: r.applicant.priorityScore,
      age: r.applicant.age,
      clash: r.applicant.clash,
      ...r.matching,
    })),
    workItems: itemRecords.map((r) => ({
      id: r.item.workItemId,
      title: r.item.title,
      freePlaces: r.item.freePlaces,
      ...r.matching,
    })),
  };
  const digest = createHash("sha256").update(stableJson(canonical)).digest("hex");
  return { input, digest, cohort };
}

/** JSON with object keys sorted, so that equal inputs give equal text whatever the key order. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === "object" && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
      );
    }
    return v;
  });
}
