import { sql } from "drizzle-orm";
import type { Db } from "../../src/db/client.ts";
import type { TOrganizationCreate } from "../../src/organizations/organization.schema.ts";
import type { TResidentCreateInput } from "../../src/residents/resident.schema.ts";
import type { TWorkItemCreateInput } from "../../src/work-items/work-item.schema.ts";

/** Valid request bodies for the write endpoints; tests override what they are about. */

/** 관악구청 (서울 관악구 관악로 145), a real and well-known point. */
export const GWANAK_OFFICE = { lat: 37.478_4, lng: 126.951_6 };

export function organizationBody(overrides: Partial<TOrganizationCreate> = {}): TOrganizationCreate {
  return {
    name: "관악구 노인종합복지관",
    type: "welfare_centre",
    regionCode: "11620",
    address: "서울특별시 관악구 관악로 145",
    location: GWANAK_OFFICE,
    phone: "02-880-1234",
    description: "어르신 일자리와 돌봄 사업을 운영합니다.",
    ...overrides,
  };
}

export function workItemBody(
  organizationId: string,
  overrides: Partial<TWorkItemCreateInput> = {},
): TWorkItemCreateInput {
  return {
    organizationId,
    title: "어르신 말벗 돌봄",
    description: "혼자 사시는 어르신 댁을 방문해 말벗이 되어 드립니다.",
    category: "care",
    kind: "short",
    placeName: "관악구 노인종합복지관",
    location: GWANAK_OFFICE,
    schedule: [
      { day: "tue", start: "09:00", end: "13:00" },
      { day: "thu", start: "09:00", end: "13:00" },
    ],
    hoursPerWeek: 8,
    startDate: "2026-03-16",
    endDate: "2026-06-30",
    headcount: 3,
    hourlyWage: 10_320,
    requiredSkills: ["elder_care"],
    targetGroups: ["senior"],
    ...overrides,
  };
}

export function residentBody(overrides: Partial<TResidentCreateInput> = {}): TResidentCreateInput {
  return {
    regionCode: "11620",
    location: { lat: 37.481_23, lng: 126.952_34 },
    birthYear: 1958,
    groups: ["senior"],
    availability: [
      { day: "mon", start: "09:00", end: "12:00" },
      { day: "wed", start: "09:00", end: "12:00" },
    ],
    desiredHoursPerWeek: 6,
    maxTravelKm: 3,
    remotePreference: "no",
    skills: ["elder_care"],
    interests: ["care"],
    personal: { name: "홍길동", phone: "010-1234-5678", address: "서울 관악구 관악로 1 101동 202호" },
    ...overrides,
  };
}

/** Row counts of every table the write endpoints touch, to prove a failed write changed nothing. */
export async function countRows(db: Db) {
  const result = await db.execute(sql`select
    (select count(*)::int from organizations) as organizations,
    (select count(*)::int from work_items) as work_items,
    (select count(*)::int from residents) as residents,
    (select count(*)::int from resident_personal_data) as resident_personal_data`);
  return (result as unknown as { rows: Record<string, number>[] }).rows[0];
}
