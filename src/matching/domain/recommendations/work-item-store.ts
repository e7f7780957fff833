/**
 * Open work items in memory, column by column (typed arrays: 200k items take about 25 MB), with
 * a spatial index of the on-site ones (kdbush, queried by bounding box or nearest-first through
 * geokdbush), the remote ones apart (always candidates for those who work remotely) and the
 * items of each 시군구 (for residents who gave no location). Built once, read by every request;
 * a closed item is switched off in place, new items wait in an overflow list scanned linearly
 * until the owner rebuilds.
 */
import KDBush from "kdbush";
import type { WorkItemFeatures } from "../scoring/match-features.ts";
import { dayMask, SLOT_WORDS } from "../scoring/slot-words.ts";
import { permuted, zOrder } from "./spatial-order.ts";

export class WorkItemStore {
  readonly capacity: number;
  size = 0;
  /** External ids (UUIDs) by index, when the store holds real items. */
  ids: (string | null)[];
  lat: Float64Array;
  lng: Float64Array;
  remote: Uint8Array;
  schedule: Uint32Array;
  scheduleSlots: Uint16Array;
  hours: Float32Array;
  headcount: Int32Array;
  category: Uint8Array;
  requiredSkills: Uint32Array;
  preferredSkills: Uint32Array;
  requiredCertificates: Uint32Array;
  preferredCertificates: Uint32Array;
  targetGroups: Uint8Array;
  /** Index in the WeightsTable (0: no program). */
  program: Uint8Array;
  /** 시군구 code as a number (11620). */
  region: Int32Array;
  active: Uint8Array;
  /** Bit per weekday on which the item has hours (a cheap first check of the schedule). */
  days: Uint8Array;

  private spatialIndex: KDBush | null = null;
  /** kdbush item id → store index. */
  private spatialToStore = new Int32Array(0);
  private remoteList = new Int32Array(0);
  private regionLists = new Map<number, Int32Array>();
  /** Items set after finish(): candidates for everyone until the next build. */
  private overflowList: number[] = [];
  private finished = false;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.ids = new Array(capacity).fill(null);
    this.lat = new Float64Array(capacity);
    this.lng = new Float64Array(capacity);
    this.remote = new Uint8Array(capacity);
    this.schedule = new Uint32Array(capacity * SLOT_WORDS);
    this.scheduleSlots = new Uint16Array(capacity);
    this.hours = new Float32Array(capacity);
    this.headcount = new Int32Array(capacity);
    this.category = new Uint8Array(capacity);
    this.requiredSkills = new Uint32Array(capacity);
    this.preferredSkills = new Uint32Array(capacity);
    this.requiredCertificates = new Uint32Array(capacity);
    this.preferredCertificates = new Uint32Array(capacity);
    this.targetGroups = new Uint8Array(capacity);
    this.program = new Uint8Array(capacity);
    this.region = new Int32Array(capacity);
    this.active = new Uint8Array(capacity);
    this.days = new Uint8Array(capacity);
  }

  /** Appends an item; returns its index. */
  add(f: WorkItemFeatures, program: number, region: number, id: string | null = null): number {
    if (this.size >= this.capacity) throw new Error(`WorkItemStore is full (${this.capacity})`);
    const i = this.size++;
    this.ids[i] = id;
    this.lat[i] = f.lat;
    this.lng[i] = f.lng;
    this.remote[i] = f.remote ? 1 : 0;
    for (let k = 0; k < SLOT_WORDS; k++) this.schedule[i * SLOT_WORDS + k] = f.schedule[f.scheduleAt + k]!;
    this.scheduleSlots[i] = f.scheduleSlots;
    this.hours[i] = f.hoursPerWeek;
    this.headcount[i] = f.headcount;
    this.category[i] = f.category;
    this.requiredSkills[i] = f.requiredSkills;
    this.preferredSkills[i] = f.preferredSkills;
    this.requiredCertificates[i] = f.requiredCertificates;
    this.preferredCertificates[i] = f.preferredCertificates;
    this.targetGroups[i] = f.targetGroups;
    this.program[i] = program;
    this.region[i] = region;
    this.active[i] = 1;
    this.days[i] = dayMask(this.schedule, i * SLOT_WORDS);
    if (this.finished) this.overflowList.push(i);
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
    this.remote = permuted(this.remote, order);
    this.schedule = permuted(this.schedule, order, SLOT_WORDS);
    this.scheduleSlots = permuted(this.scheduleSlots, order);
    this.hours = permuted(this.hours, order);
    this.headcount = permuted(this.headcount, order);
    this.category = permuted(this.category, order);
    this.requiredSkills = permuted(this.requiredSkills, order);
    this.preferredSkills = permuted(this.preferredSkills, order);
    this.requiredCertificates = permuted(this.requiredCertificates, order);
    this.preferredCertificates = permuted(this.preferredCertificates, order);
    this.targetGroups = permuted(this.targetGroups, order);
    this.program = permuted(this.program, order);
    this.region = permuted(this.region, order);
    this.active = permuted(this.active, order);
    this.days = permuted(this.days, order);
  }

  /** Builds the spatial index and the remote and region lists over the items added so far. */
  finish(): this {
    this.reorder();
    let onSite = 0;
    let remote = 0;
    for (let i = 0; i < this.size; i++) {
      if (this.remote[i]) remote++;
      else if (!Number.isNaN(this.lat[i]!)) onSite++;
    }
    const index = new KDBush(Math.max(1, onSite), 64, Float64Array);
    this.spatialToStore = new Int32Array(onSite);
    this.remoteList = new Int32Array(remote);
    const byRegion = new Map<number, number[]>();
    let s = 0;
    let r = 0;
    for (let i = 0; i < this.size; i++) {
      if (this.remote[i]) this.remoteList[r++] = i;
      else if (!Number.isNaN(this.lat[i]!)) {
        index.add(this.lng[i]!, this.lat[i]!);
        this.spatialToStore[s++] = i;
      }
      let list = byRegion.get(this.region[i]!);
      if (!list) {
        list = [];
        byRegion.set(this.region[i]!, list);
      }
      list.push(i);
    }
    if (onSite === 0) index.add(0, 0);
    index.finish();
    this.spatialIndex = onSite > 0 ? index : null;
    this.regionLists = new Map([...byRegion].map(([k, v]) => [k, Int32Array.from(v)]));
    this.overflowList = [];
    this.finished = true;
    return this;
  }

  get spatial(): KDBush | null {
    return this.spatialIndex;
  }

  storeIndexOf(spatialId: number): number {
    return this.spatialToStore[spatialId]!;
  }

  get remoteItems(): Int32Array {
    return this.remoteList;
  }

  itemsInRegion(region: number): Int32Array {
    return this.regionLists.get(region) ?? new Int32Array(0);
  }

  /** Items added since the last finish(). */
  get overflow(): readonly number[] {
    return this.overflowList;
  }

  deactivate(i: number): void {
    this.active[i] = 0;
  }

  /** Points `into` at item i (no copy: the schedule words stay in this store's array). */
  featuresAt(i: number, into: WorkItemFeatures): WorkItemFeatures {
    into.lat = this.lat[i]!;
    into.lng = this.lng[i]!;
    into.remote = this.remote[i] === 1;
    into.schedule = this.schedule;
    into.scheduleAt = i * SLOT_WORDS;
    into.scheduleSlots = this.scheduleSlots[i]!;
    into.hoursPerWeek = this.hours[i]!;
    into.headcount = this.headcount[i]!;
    into.category = this.category[i]!;
    into.requiredSkills = this.requiredSkills[i]!;
    into.preferredSkills = this.preferredSkills[i]!;
    into.requiredCertificates = this.requiredCertificates[i]!;
    into.preferredCertificates = this.preferredCertificates[i]!;
    into.targetGroups = this.targetGroups[i]!;
    return into;
  }

  /** Bytes held by the columns and the index (for the benchmark's memory figure). */
  get byteSize(): number {
    const columns = [
      this.lat,
      this.lng,
      this.remote,
      this.schedule,
      this.scheduleSlots,
      this.hours,
      this.headcount,
      this.category,
      this.requiredSkills,
      this.preferredSkills,
      this.requiredCertificates,
      this.preferredCertificates,
      this.targetGroups,
      this.program,
      this.region,
      this.active,
      this.days,
      this.spatialToStore,
      this.remoteList,
    ];
    return columns.reduce((sum, c) => sum + c.byteLength, 0) + (this.spatialIndex?.data.byteLength ?? 0);
  }
}

/** A blank features object to fill with featuresAt. */
export function emptyWorkItemFeatures(): WorkItemFeatures {
  return {
    lat: 0,
    lng: 0,
    remote: false,
    schedule: new Uint32Array(SLOT_WORDS),
    scheduleAt: 0,
    scheduleSlots: 0,
    hoursPerWeek: 0,
    headcount: 0,
    category: 0,
    requiredSkills: 0,
    preferredSkills: 0,
    requiredCertificates: 0,
    preferredCertificates: 0,
    targetGroups: 0,
  };
}
