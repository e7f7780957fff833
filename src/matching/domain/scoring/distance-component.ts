/**
 * Distance from home: the nearer, the better, up to the resident's own travel limit (a hard
 * limit). Remote work has no distance: it suits those who prefer or need it (e.g. mobility), and
 * is closed to those who said they work on site only; on-site work is closed to those who can
 * only work remotely.
 */
import type { ResidentFeatures, WorkItemFeatures } from "./match-features.ts";
import { COMPONENT, FAILURE, type MatchMeasures } from "./match-measures.ts";
import { type Audience, formatKm, type Words } from "./match-vocabulary.ts";
import type { MatchWeights } from "./match-weights.ts";

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Haversine on scalars (the same formula and radius as shared/domain/geo.ts distanceKm). */
export function haversineKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLng = (lng2 - lng1) * RAD;
  const s1 = Math.sin(dLat / 2);
  const s2 = Math.sin(dLng / 2);
  const h = s1 * s1 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * s2 * s2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function measureDistance(
  r: ResidentFeatures,
  w: WorkItemFeatures,
  weights: MatchWeights,
  m: MatchMeasures,
): void {
  const i = COMPONENT.distance;
  m.distanceKm = Number.NaN;
  m.reachKm = Math.max(0, r.maxTravelKm) + weights.travelSlackKm;
  m.fit[i] = 0;
  if (w.remote) {
    if (r.remote === 0) m.failures |= FAILURE.on_site_only;
    else m.fit[i] = 1;
    return;
  }
  if (r.remote === 2) {
    m.failures |= FAILURE.remote_only;
    return;
  }
  if (Number.isNaN(r.lat) || Number.isNaN(w.lat)) return;
  const d = haversineKm(r.lat, r.lng, w.lat, w.lng);
  m.distanceKm = d;
  if (d > m.reachKm) {
    m.failures |= FAILURE.too_far;
    return;
  }
  m.fit[i] = (1 - d / m.reachKm) * (r.remote === 1 ? weights.remotePreferOnSiteFactor : 1);
}

export function explainDistance(
  r: ResidentFeatures,
  w: WorkItemFeatures,
  m: MatchMeasures,
  audience: Audience = "resident",
): Words {
  const staff = audience === "staff";
  if (w.remote) {
    return r.remote === 2
      ? { ko: "재택 근무 (재택만 가능)", en: "Remote work (remote only)" }
      : r.remote === 1
        ? { ko: "재택 근무 (재택 선호)", en: "Remote work (remote preferred)" }
        : { ko: "재택 근무", en: "Remote work" };
  }
  if (Number.isNaN(m.distanceKm)) {
    return staff
      ? { ko: "주민 집 위치가 없어 거리를 알 수 없음", en: "Distance unknown: no home location on record" }
      : { ko: "집 위치가 없어 거리를 알 수 없음", en: "Distance unknown: no home location" };
  }
  const km = formatKm(m.distanceKm);
  const preferNote = r.remote === 1 ? { ko: " (재택 선호)", en: " (remote preferred)" } : { ko: "", en: "" };
  return staff
    ? { ko: `주민 집에서 ${km.ko}${preferNote.ko}`, en: `${km.en} from the resident's home${preferNote.en}` }
    : { ko: `집에서 ${km.ko}${preferNote.ko}`, en: `${km.en} from home${preferNote.en}` };
}

export function distanceFailure(
  key: "too_far" | "remote_only" | "on_site_only",
  r: ResidentFeatures,
  m: MatchMeasures,
  audience: Audience = "resident",
): Words {
  const staff = audience === "staff";
  switch (key) {
    case "too_far": {
      const km = formatKm(m.distanceKm);
      const reach = formatKm(r.maxTravelKm);
      return staff
        ? {
            ko: `주민 집에서 ${km.ko}: 주민의 이동 가능 거리 ${reach.ko}를 넘음`,
            en: `${km.en} from the resident's home, beyond the ${reach.en} they can travel`,
          }
        : {
            ko: `집에서 ${km.ko}: 이동 가능 거리 ${reach.ko}를 넘음`,
            en: `${km.en} from home, beyond the ${reach.en} you can travel`,
          };
    }
    case "remote_only":
      return staff
        ? {
            ko: "현장 근무 일감 (주민은 재택만 가능)",
            en: "On-site work, and the resident can work only remotely",
          }
        : { ko: "현장 근무 일감 (재택만 가능)", en: "On-site work, and you can work only remotely" };
    case "on_site_only":
      return staff
        ? {
            ko: "재택 일감 (주민은 현장 근무만 희망)",
            en: "Remote work, and the resident wants on-site work only",
          }
        : { ko: "재택 일감 (현장 근무만 희망)", en: "Remote work, and you want on-site work only" };
  }
}
