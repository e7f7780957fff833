import { users } from "../../auth/user.table.ts";
import type { Db } from "../../db/client.ts";
import { regions } from "../../regions/region.table.ts";
import { insertResident } from "../../residents/resident.repository.ts";

/** 관악구 as a bare region row (the outbox and residents reference it). */
export async function insertGwanak(db: Db): Promise<void> {
  await db
    .insert(regions)
    .values({
      code: "11620",
      level: "sigungu",
      parentCode: "11",
      nameKo: "관악구",
      nameEn: "Gwanak-gu",
      fullNameKo: "서울특별시 관악구",
      fullNameEn: "Gwanak-gu, Seoul",
      centroidLat: 37.47,
      centroidLng: 126.95,
      bbox: [126.9, 37.4, 127.0, 37.5],
      boundary: { type: "Polygon", coordinates: [] },
      boundaryVersion: "test",
    })
    .onConflictDoNothing();
}

/** A resident of 관악구; the phone is sealed in their personal data like any other. */
export async function insertTestResident(db: Db, phone: string | null): Promise<string> {
  return insertResident(db, {
    resident: {
      regionCode: "11620",
      birthYear: 1958,
      availability: [],
      desiredHoursPerWeek: 10,
      maxTravelKm: 3,
    },
    personal: { name: "홍길동", phone, address: null, notes: null },
  });
}

export async function insertTestUser(db: Db, email: string, residentId: string | null): Promise<string> {
  const [row] = await db
    .insert(users)
    .values({ name: "홍길동", email, role: "resident", regionCode: "11620", residentId })
    .returning({ id: users.id });
  return row!.id;
}
