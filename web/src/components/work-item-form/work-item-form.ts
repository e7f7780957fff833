import type { ProgramCode } from "../../../../src/programs/domain/program-catalogue.ts";
import type { ResidentGroup } from "../../../../src/residents/domain/resident-vocabulary.ts";
import type { CertificateCode, SkillCode } from "../../../../src/shared/domain/skill-catalogue.ts";
import type { TimeSlot } from "../../../../src/shared/domain/weekly-schedule.ts";
import type { WorkCategory, WorkKind } from "../../../../src/work-items/domain/work-item-vocabulary.ts";
import type { TOrganization } from "../../api/organizations.ts";
import type { TWorkItemCreateInput } from "../../api/work-items.ts";

/** What the posting form holds while it is being filled in (numbers as typed text). */
export interface WorkItemFormState {
  organization: TOrganization | null;
  title: string;
  description: string;
  category: string;
  kind: string;
  programCode: string;
  status: "open" | "draft";
  remote: boolean;
  placeName: string;
  lat: string;
  lng: string;
  schedule: TimeSlot[];
  hoursPerWeek: string;
  startDate: string;
  endDate: string;
  headcount: string;
  hourlyWage: string;
  requiredSkills: string[];
  preferredSkills: string[];
  requiredCertificates: string[];
  preferredCertificates: string[];
  targetGroups: string[];
}

export const WORK_ITEM_FIELD_KEYS = [
  "organizationId",
  "regionCode",
  "title",
  "description",
  "category",
  "kind",
  "programCode",
  "status",
  "remote",
  "placeName",
  "location",
  "schedule",
  "hoursPerWeek",
  "startDate",
  "endDate",
  "headcount",
  "hourlyWage",
  "requiredSkills",
  "preferredSkills",
  "requiredCertificates",
  "preferredCertificates",
  "targetGroups",
] as const;

function num(text: string): number | undefined {
  const trimmed = text.trim().replace(/,/g, "");
  if (!trimmed) return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : undefined;
}

/** The request body; empty required values are left out so that the API reports them per field. */
export function toWorkItemCreateBody(state: WorkItemFormState): TWorkItemCreateInput {
  const lat = num(state.lat);
  const lng = num(state.lng);
  const location =
    state.remote || (lat === undefined && lng === undefined)
      ? null
      : { lat: lat as number, lng: lng as number };
  return {
    organizationId: state.organization?.id as string,
    title: state.title,
    description: state.description,
    category: (state.category || undefined) as WorkCategory,
    kind: (state.kind || undefined) as WorkKind,
    programCode: (state.programCode || null) as ProgramCode | null,
    status: state.status,
    remote: state.remote,
    placeName: state.remote ? null : state.placeName.trim() || null,
    location,
    schedule: state.schedule,
    hoursPerWeek: num(state.hoursPerWeek) as number,
    startDate: state.startDate || (undefined as unknown as string),
    endDate: state.endDate || (undefined as unknown as string),
    headcount: num(state.headcount) as number,
    hourlyWage: num(state.hourlyWage) as number,
    requiredSkills: state.requiredSkills as SkillCode[],
    preferredSkills: state.preferredSkills as SkillCode[],
    requiredCertificates: state.requiredCertificates as CertificateCode[],
    preferredCertificates: state.preferredCertificates as CertificateCode[],
    targetGroups: state.targetGroups as ResidentGroup[],
  };
}

/**
 * Required fields left empty, checked before sending so that all of them are reported at once
 * (the API reports cross-field rules such as the minimum wage only once the basics are there).
 */
export function missingFields(state: WorkItemFormState): string[] {
  const blank = (text: string) => text.trim() === "";
  const checks: [string, boolean][] = [
    ["organizationId", state.organization === null],
    ["title", blank(state.title)],
    ["description", blank(state.description)],
    ["category", state.category === ""],
    ["kind", state.kind === ""],
    ["placeName", !state.remote && blank(state.placeName)],
    ["location", !state.remote && (blank(state.lat) || blank(state.lng))],
    ["schedule", state.schedule.length === 0],
    ["hoursPerWeek", blank(state.hoursPerWeek)],
    ["startDate", state.startDate === ""],
    ["endDate", state.endDate === ""],
    ["headcount", blank(state.headcount)],
    ["hourlyWage", blank(state.hourlyWage)],
  ];
  return checks.filter(([, missing]) => missing).map(([key]) => key);
}
