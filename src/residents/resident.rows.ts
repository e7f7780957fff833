import { blindIndex } from "../privacy/domain/blind-index.ts";
import {
  type DataKey,
  decryptField,
  decryptNullable,
  encryptField,
  encryptNullable,
  type Keyring,
} from "../privacy/domain/field-envelope.ts";
import { fieldKeys } from "../privacy/field-keys.ts";
import { snapToGrid } from "../shared/domain/geo.ts";
import { normalizeSchedule } from "../shared/domain/weekly-schedule.ts";
import { lookupName, phoneLast4 } from "./domain/lookup-keys.ts";
import type { TResidentCreate, TResidentUpdate } from "./resident.schema.ts";
import type { residentPersonalData, residents } from "./resident.table.ts";

export type ResidentInsert = typeof residents.$inferInsert;

/** A resident's personal fields in the clear: what the API takes and the presenter masks. */
export interface ResidentPersonalInsert {
  name: string;
  phone: string | null;
  address: string | null;
  notes: string | null;
}

/** The same fields as stored: encryption envelopes (see sealPersonal). */
export type ResidentPersonalSealed = Omit<
  typeof residentPersonalData.$inferInsert,
  "residentId" | "updatedAt"
>;
export type ResidentPersonalStored = {
  nameEnc: string;
  phoneEnc: string | null;
  addressEnc: string | null;
  notesEnc: string | null;
};

/**
 * Where each personal field is stored: the table and column names are part of every value's
 * associated data, so an envelope opens only in the column and row it was sealed for. The key
 * rotation and the plaintext upgrade (src/privacy) walk the same list.
 */
export const PERSONAL_DATA_ENCRYPTION = {
  table: "resident_personal_data",
  idColumn: "resident_id",
  columns: { name: "name_enc", phone: "phone_enc", address: "address_enc", notes: "notes_enc" },
} as const;

const at = (residentId: string, field: keyof typeof PERSONAL_DATA_ENCRYPTION.columns) => ({
  table: PERSONAL_DATA_ENCRYPTION.table,
  column: PERSONAL_DATA_ENCRYPTION.columns[field],
  rowId: residentId,
});

/**
 * Plain personal fields → their envelopes under the current key, with the walk-in lookup's blind
 * indexes of name and phone beside them (decision 0010); absent fields stay absent.
 */
export function sealPersonal(
  residentId: string,
  personal: Partial<ResidentPersonalInsert>,
  keyring: Keyring = fieldKeys(),
): Partial<ResidentPersonalSealed> {
  const key = keyring.current;
  const sealed: Partial<ResidentPersonalSealed> = {};
  const lookups = personalLookups(personal, key);
  if (personal.name !== undefined) {
    sealed.nameEnc = encryptField(personal.name, key, at(residentId, "name"));
    sealed.nameLookup = lookups.nameLookup;
  }
  if (personal.phone !== undefined) {
    sealed.phoneEnc = encryptNullable(personal.phone, key, at(residentId, "phone"));
    sealed.phoneLookup = lookups.phoneLookup;
  }
  if (personal.address !== undefined) {
    sealed.addressEnc = encryptNullable(personal.address, key, at(residentId, "address"));
  }
  if (personal.notes !== undefined)
    sealed.notesEnc = encryptNullable(personal.notes, key, at(residentId, "notes"));
  return sealed;
}

/** The blind indexes of a name and a phone (null when there is nothing to index), under one key. */
export function personalLookups(
  personal: { name?: string | null | undefined; phone?: string | null | undefined },
  key: DataKey,
): { nameLookup: string | null; phoneLookup: string | null } {
  const name = personal.name ? lookupName(personal.name) : null;
  const last4 = personal.phone ? phoneLast4(personal.phone) : null;
  return {
    nameLookup: name === null ? null : blindIndex(key, "name", name),
    phoneLookup: last4 === null ? null : blindIndex(key, "phone_last4", last4),
  };
}

/** The whole personal row, sealed: every field present (null where empty). */
export function sealPersonalRow(
  residentId: string,
  personal: ResidentPersonalInsert,
  keyring: Keyring = fieldKeys(),
): ResidentPersonalSealed {
  return sealPersonal(residentId, personal, keyring) as ResidentPersonalSealed;
}

/** Stored envelopes → the plain fields. Throws when a value does not authenticate for this row. */
export function openPersonal(
  residentId: string,
  stored: ResidentPersonalStored,
  keyring: Keyring = fieldKeys(),
): ResidentPersonalInsert {
  return {
    name: decryptField(stored.nameEnc, keyring, at(residentId, "name")),
    phone: decryptNullable(stored.phoneEnc, keyring, at(residentId, "phone")),
    address: decryptNullable(stored.addressEnc, keyring, at(residentId, "address")),
    notes: decryptNullable(stored.notesEnc, keyring, at(residentId, "notes")),
  };
}

/** A validated registration → the matching row (coarse location only) and the personal row. */
export function toResidentRows(
  input: TResidentCreate,
  options: { synthetic?: boolean } = {},
): { resident: ResidentInsert; personal: ResidentPersonalInsert } {
  const approx = input.location ? snapToGrid(input.location) : null;
  return {
    resident: {
      regionCode: input.regionCode,
      approxLat: approx?.lat ?? null,
      approxLng: approx?.lng ?? null,
      birthYear: input.birthYear,
      groups: input.groups,
      availability: normalizeSchedule(input.availability),
      desiredHoursPerWeek: input.desiredHoursPerWeek,
      maxTravelKm: input.maxTravelKm,
      remotePreference: input.remotePreference,
      skills: input.skills,
      certificates: input.certificates,
      interests: input.interests,
      synthetic: options.synthetic ?? false,
    },
    personal: {
      name: input.personal.name,
      phone: input.personal.phone ?? null,
      address: input.personal.address ?? null,
      notes: input.personal.notes ?? null,
    },
  };
}

/**
 * A validated edit → the columns to set in each table. Absent fields stay as they are; null
 * clears a nullable one. The location is snapped to the grid exactly as on registration.
 */
export function toResidentChanges(patch: TResidentUpdate): {
  resident: Partial<ResidentInsert>;
  personal: Partial<ResidentPersonalInsert>;
} {
  const { location, availability, personal, ...matching } = patch;
  const resident: Partial<ResidentInsert> = { ...matching };
  if (location !== undefined) {
    const approx = location ? snapToGrid(location) : null;
    resident.approxLat = approx?.lat ?? null;
    resident.approxLng = approx?.lng ?? null;
  }
  if (availability !== undefined) resident.availability = normalizeSchedule(availability);
  return { resident, personal: { ...personal } };
}
