/**
 * A deterministic national-like market for benchmarks and tests, written straight into the
 * typed-array stores: residents and open work items spread over 230 districts whose sizes follow
 * a Zipf law (a few dense cities, many small districts), each district a Gaussian cloud around
 * its centre. Schedules, skills, certificates, groups and programs are drawn so that requirements
 * sometimes match and sometimes do not, as in the demo data.
 */

import { RESIDENT_GROUPS } from "../../../residents/domain/resident-vocabulary.ts";
import { SeededRandom } from "../../../shared/domain/seeded-random.ts";
import { CERTIFICATES, SKILLS } from "../../../shared/domain/skill-catalogue.ts";
import { SLOTS_PER_DAY } from "../../../shared/domain/weekly-schedule.ts";
import { WORK_CATEGORIES } from "../../../work-items/domain/work-item-vocabulary.ts";
import { countSlots, setSlot } from "../scoring/slot-words.ts";
import { emptyResidentFeatures, ResidentStore } from "./resident-store.ts";
import { emptyWorkItemFeatures, WorkItemStore } from "./work-item-store.ts";

export interface MarketShape {
  residents: number;
  workItems: number;
  /** Number of districts (Korea: about 230 시군구 with a population). */
  regions?: number;
  /** Share of remote work items. */
  remoteShare?: number;
  /** Program indices to draw from (WeightsTable indices); default only 0 (no program). */
  programs?: number;
}

export interface Market {
  residents: ResidentStore;
  items: WorkItemStore;
  /** District centres and the share of people in each. */
  regions: { lat: number; lng: number; spreadKm: number; share: number; code: number }[];
}

const KM_PER_DEGREE = 111.195;

export function syntheticMarket(shape: MarketShape, seed = 1): Market {
  const random = new SeededRandom(seed);
  const regionCount = shape.regions ?? 230;
  const regions = Array.from({ length: regionCount }, (_, k) => ({
    lat: 34.8 + random.next() * 3.2,
    lng: 126.5 + random.next() * 2.8,
    spreadKm: 2 + random.next() * 6,
    share: 1 / (k + 1) ** 0.9,
    code: 10_000 + k,
  }));
  const total = regions.reduce((s, r) => s + r.share, 0);
  const cumulative = new Float64Array(regionCount);
  let running = 0;
  regions.forEach((r, k) => {
    r.share /= total;
    running += r.share;
    cumulative[k] = running;
  });
  const pickRegion = () => {
    const x = random.next();
    let lo = 0;
    let hi = regionCount - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return regions[lo]!;
  };
  const gaussian = () => {
    const u = Math.max(1e-12, random.next());
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
  };
  const place = (region: (typeof regions)[number]) => {
    const lat = region.lat + (gaussian() * region.spreadKm) / KM_PER_DEGREE;
    const lng =
      region.lng + (gaussian() * region.spreadKm) / (KM_PER_DEGREE * Math.cos((region.lat * Math.PI) / 180));
    return { lat, lng };
  };
  /** Popular codes first: a code's chance falls with its position. */
  const popular = (count: number) => Math.min(count - 1, Math.floor(count * random.next() ** 2));

  const residents = new ResidentStore(shape.residents);
  const r = emptyResidentFeatures();
  for (let n = 0; n < shape.residents; n++) {
    const region = pickRegion();
    const home = random.chance(0.99) ? place(region) : { lat: Number.NaN, lng: Number.NaN };
    r.lat = home.lat;
    r.lng = home.lng;
    r.birthYear = random.int(1945, 2006);
    r.availability.fill(0);
    const [from, to] = random.pick([
      [18, 26],
      [26, 36],
      [18, 36],
      [16, 30],
    ] as const);
    for (const day of random.sample([0, 1, 2, 3, 4, 5, 6], random.int(2, 5))) {
      for (let s = from; s < to; s++) setSlot(r.availability, 0, day * SLOTS_PER_DAY + s);
    }
    const available = countSlots(r.availability, 0) / 2;
    r.desiredHours = Math.min(available, random.pick([8, 12, 15, 20, 25, 30]));
    r.maxTravelKm = random.chance(0.05) ? random.int(10, 30) : 1 + Math.floor(random.next() * 18) / 2;
    r.remote = random.chance(0.85) ? 0 : random.chance(0.66) ? 1 : 2;
    r.skills = 0;
    for (let k = random.int(1, 4); k > 0; k--) r.skills |= 1 << popular(SKILLS.length);
    r.skills >>>= 0;
    r.certificates = 0;
    for (let k = random.int(0, 2); k > 0; k--) r.certificates |= 1 << popular(CERTIFICATES.length);
    r.certificates >>>= 0;
    r.interests = 0;
    for (let k = random.int(1, 3); k > 0; k--) r.interests |= 1 << random.int(0, WORK_CATEGORIES.length - 1);
    r.groups = 0;
    for (let g = 0; g < RESIDENT_GROUPS.length; g++) if (random.chance(0.15)) r.groups |= 1 << g;
    r.careerMonths.fill(0);
    if (random.chance(0.2)) r.careerMonths[random.int(0, WORK_CATEGORIES.length - 1)] = random.int(1, 48);
    residents.add(r, region.code);
  }
  residents.finish();

  const items = new WorkItemStore(shape.workItems);
  const w = emptyWorkItemFeatures();
  const remoteShare = shape.remoteShare ?? 0.03;
  const programs = shape.programs ?? 1;
  for (let n = 0; n < shape.workItems; n++) {
    const region = pickRegion();
    w.remote = random.chance(remoteShare);
    const at = w.remote ? { lat: Number.NaN, lng: Number.NaN } : place(region);
    w.lat = at.lat;
    w.lng = at.lng;
    w.schedule.fill(0);
    const start = random.int(16, 28);
    const length = random.int(4, 16);
    for (const day of random.sample([0, 1, 2, 3, 4, 5], random.int(1, 5))) {
      for (let s = start; s < Math.min(SLOTS_PER_DAY, start + length); s++)
        setSlot(w.schedule, 0, day * SLOTS_PER_DAY + s);
    }
    w.scheduleAt = 0;
    w.scheduleSlots = countSlots(w.schedule, 0);
    w.hoursPerWeek = w.scheduleSlots / 2;
    w.headcount = random.int(1, 5);
    w.category = random.int(0, WORK_CATEGORIES.length - 1);
    w.requiredSkills = random.chance(0.3) ? (1 << popular(SKILLS.length)) >>> 0 : 0;
    w.preferredSkills = random.chance(0.3) ? (1 << popular(SKILLS.length)) >>> 0 : 0;
    w.requiredCertificates = random.chance(0.1) ? (1 << popular(CERTIFICATES.length)) >>> 0 : 0;
    w.preferredCertificates = random.chance(0.2) ? (1 << popular(CERTIFICATES.length)) >>> 0 : 0;
    w.targetGroups = random.chance(0.2) ? 1 << random.int(0, RESIDENT_GROUPS.length - 1) : 0;
    items.add(w, random.int(0, programs - 1), region.code);
  }
  items.finish();
  return { residents, items, regions };
}
