/**
 * Active residents in memory, column by column (1M residents take about 90 MB), for the other
 * direction: which residents suit a work item. Residents who can work on site are indexed in
 * tiers by how far they travel (≤ 2, 5, 10, 20, 50, 100 km): a query around a place looks in each
 * tier only as far as that tier's residents would come, instead of as far as the farthest
 * traveller in the country. Remote-capable residents are listed apart for remote items.
 */
import KDBush from "kdbush";
import { WORK_CATEGORIES } from "../../../work-items/domain/work-item-vocabulary.ts";
import type { ResidentFeatures } from "../scoring/match-features.ts";
import { dayMask, SLOT_WORDS } from "../scoring/slot-words.ts";
import { permuted, zOrder } from "./spatial-order.ts";

/** Travel-limit tiers (km); the last catches everyone (the API caps travel at 100 km). */
export const TRAVEL_TIERS_KM = [2, 5, 10, 20, 50, 100] as const;
const CATEGORIES = WORK_CATEGORIES.length;

export interface TravelTier {
  radiusKm: number;
  index: KDBush;
  /** kdbush id → store index. */
  members: Int32Array;
}

export class ResidentStore {
  readonly capacity: number;
  size = 0;
  ids: (string | null)[];
  lat: Float64Array;
  lng: Float64Array;
  birthYear: Int16Array;
  availability: Uint32Array;
  desiredHours: Float32Array;
  maxTravelKm: Float32Array;
  remote: Uint8Array;
  skills: Uint32Array;
  certificates: Uint32Array;
  interests: Uint16Array;
  groups: Uint8Array;
  careerMonths: Uint16Array;
  region: Int32Array;
  active: Uint8Array;
  /** Bit per weekday with any availability (a cheap first check of the schedule). */
  days: Uint8Array;

  private tierList: TravelTier[] = [];
  private remoteList = new Int32Array(0);
  private regionLists = new Map<number, Int32Array>();

  constructor(capacity: number) {
    this.capacity = capacity;
    this.ids = new Array(capacity).fill(null);
    this.lat = new Float64Array(capacity);
    this.lng = new Float64Array(capacity);
    this.birthYear = new Int16Array(capacity);
    this.availability = new Uint32Array(capacity * SLOT_WORDS);
    this.desiredHours = new Float32Array(capacity);
    this.maxTravelKm = new Float32Array(capacity);
    this.remote = new Uint8Array(capacity);
    this.skills = new Uint32Array(capacity);
    this.certificates = new Uint32Array(capacity);
    this.interests = new Uint16Array(capacity);
    this.groups = new Uint8Array(capacity);
    this.careerMonths = new Uint16Array(capacity * CATEGORIES);
    this.region = new Int32Array(capacity);
    this.active = new Uint8Array(capacity);
    this.days = new Uint8Array(capacity);
  }

  add(f: ResidentFeatures, region: number, id: string | null = null): number {
    if (this.size >= this.capacity) throw new Error(`ResidentStore is full (${this.capacity})`);
    const i = this.size++;
    this.ids[i] = id;
    this.lat[i] = f.lat;
    this.lng[i] = f.lng;
    this.birthYear[i] = f.birthYear;
    for (let k = 0; k < SLOT_WORDS; k++)
      this.availability[i * SLOT_WORDS + k] = f.availability[f.availabilityAt + k]!;
    this.desiredHours[i] = f.desiredHours;
    this.maxTravelKm[i] = f.maxTravelKm;
    this.remote[i] = f.remote;
    this.skills[i] = f.skills;
    this.certificates[i] = f.certificates;
    this.interests[i] = f.interests;
    this.groups[i] = f.groups;
    for (let k = 0; k < CATEGORIES; k++)
      this.careerMonths[i * CATEGORIES + k] = f.careerMonths[f.careerAt + k]!;
    this.region[i] = region;
    this.active[i] = 1;
    this.days[i] = dayMask(this.availability, i * SLOT_WORDS);
    return i;
  }

  /**
   * Rows in Z-order of their location (spatial-order.ts), so that a spatial query reads nearby
   * memory. Indices change here: refer to rows by id across a finish().
   */
  private reorder(): void {
    const order = zOrder(this.lat, this.lng, this.size);
    const ids = this.ids;
    this.ids = Array.from({ length: this.capacity }, (_, k) =>
      k < this.size ? (ids[order[k]!] ?? null) : null,
    );
    this.lat = permuted(this.lat, order);
    this.lng = permuted(this.lng, order);
    this.birthYear = permuted(this.birthYear, order);
    this.availability = permuted(this.availability, order, SLOT_WORDS);
    this.desiredHours = permuted(this.desiredHours, order);
    this.maxTravelKm = permuted(this.maxTravelKm, order);
    this.remote = permuted(this.remote, order);
    this.skills = permuted(this.skills, order);
    this.certificates = permuted(this.certificates, order);
    this.interests = permuted(this.interests, order);
    this.groups = permuted(this.groups, order);
    this.careerMonths = permuted(this.careerMonths, order, CATEGORIES);
    this.region = permuted(this.region, order);
    this.active = permuted(this.active, order);
    this.days = permuted(this.days, order);
  }

  finish(): this {
    this.reorder();
    const tierMembers: number[][] = TRAVEL_TIERS_KM.map(() => []);
    const remote: number[] = [];
    const byRegion = new Map<number, number[]>();
    for (let i = 0; i < this.size; i++) {
      if (this.remote[i]! >= 1) remote.push(i);
      if (this.remote[i] !== 2 && !Number.isNaN(this.lat[i]!)) {
        let t = TRAVEL_TIERS_KM.findIndex((km) => this.maxTravelKm[i]! <= km);
        if (t < 0) t = TRAVEL_TIERS_KM.length - 1;
        tierMembers[t]!.push(i);
      }
      if (Number.isNaN(this.lat[i]!)) {
        let list = byRegion.get(this.region[i]!);
        if (!list) {
          list = [];
          byRegion.set(this.region[i]!, list);
        }
        list.push(i);
      }
    }
    this.tierList = [];
    TRAVEL_TIERS_KM.forEach((radiusKm, t) => {
      const members = tierMembers[t]!;
      if (members.length === 0) return;
      const index = new KDBush(members.length, 64, Float64Array);
      for (const i of members) index.add(this.lng[i]!, this.lat[i]!);
      index.finish();
      this.tierList.push({ radiusKm, index, members: Int32Array.from(members) });
    });
    this.remoteList = Int32Array.from(remote);
    this.regionLists = new Map([...byRegion].map(([k, v]) => [k, Int32Array.from(v)]));
    return this;
  }

  get tiers(): readonly TravelTier[] {
    return this.tierList;
  }

  get remoteCapable(): Int32Array {
    return this.remoteList;
  }

  /** Residents without a location, by 시군구 (considered for the items of their district). */
  unlocatedInRegion(region: number): Int32Array {
    return this.regionLists.get(region) ?? new Int32Array(0);
  }

  featuresAt(i: number, into: ResidentFeatures): ResidentFeatures {
    into.lat = this.lat[i]!;
    into.lng = this.lng[i]!;
    into.birthYear = this.birthYear[i]!;
    into.availability = this.availability;
    into.availabilityAt = i * SLOT_WORDS;
    into.desiredHours = this.desiredHours[i]!;
    into.maxTravelKm = this.maxTravelKm[i]!;
    into.remote = this.remote[i]! as 0 | 1 | 2;
    into.skills = this.skills[i]!;
    into.certificates = this.certificates[i]!;
    into.interests = this.interests[i]!;
    into.groups = this.groups[i]!;
    into.careerMonths = this.careerMonths;
    into.careerAt = i * CATEGORIES;
    return into;
  }

  get byteSize(): number {
    const columns = [
      this.lat,
      this.lng,
      this.birthYear,
      this.availability,
      this.desiredHours,
      this.maxTravelKm,
      this.remote,
      this.skills,
      this.certificates,
      this.interests,
      this.groups,
      this.careerMonths,
      this.region,
      this.active,
      this.days,
      this.remoteList,
    ];
    return (
      columns.reduce((sum, c) => sum + c.byteLength, 0) +
      this.tierList.reduce((sum, t) => sum + t.index.data.byteLength + t.members.byteLength, 0)
    );
  }
}

export function emptyResidentFeatures(): ResidentFeatures {
  return {
    lat: 0,
    lng: 0,
    birthYear: 0,
    availability: new Uint32Array(SLOT_WORDS),
    availabilityAt: 0,
    desiredHours: 0,
    maxTravelKm: 0,
    remote: 0,
    skills: 0,
    certificates: 0,
    interests: 0,
    groups: 0,
    careerMonths: new Uint16Array(CATEGORIES),
    careerAt: 0,
  };
}
