import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { distanceKm } from "../../../shared/domain/geo.ts";
import { haversineKm } from "./distance-component.ts";
import { residentFeatures, workItemFeatures } from "./match-features.ts";
import type { MatchContext } from "./match-measures.ts";
import { EXCLUDED, type MatchScore, matchTotal, scoreMatch } from "./score-match.ts";
import { scorePair } from "./score-pair.ts";
import { HOME, north, resident, TEST_WEIGHTS, workItem } from "./scoring-fixtures.ts";

const CONTEXT: MatchContext = { year: 2026 };

function score(
  r: Parameters<typeof resident>[0] = {},
  w: Parameters<typeof workItem>[0] = {},
  context: MatchContext = CONTEXT,
  weights = TEST_WEIGHTS,
): MatchScore {
  return scoreMatch(residentFeatures(resident(r)), workItemFeatures(workItem(w)), weights, context);
}
const component = (s: MatchScore, key: string) => s.components.find((c) => c.key === key)!;

describe("scoreMatch", () => {
  it("explains a good pair in one line, as the issue's example reads", () => {
    const s = score();
    expect(s.eligible).toBe(true);
    expect(s.summaryKo).toBe("집에서 1.2km · 화/목 오전 가능 시간과 100% 겹침 · 요양보호사 자격 보유");
    expect(s.summaryEn).toBe(
      "1.2 km from home · Tue/Thu morning: 100% within your available hours · Holds Care worker",
    );
  });

  it("adds up every component's points, weight × fit, and lists them in a fixed order", () => {
    const s = score();
    expect(s.components.map((c) => c.key)).toEqual([
      "distance",
      "schedule",
      "hours",
      "skills",
      "interests",
      "continuity",
      "priority",
      "eligibility",
    ]);
    for (const c of s.components) expect(c.points).toBeCloseTo(c.weight * c.fit, 12);
    expect(s.total).toBeCloseTo(
      s.components.reduce((sum, c) => sum + c.points, 0),
      12,
    );
    // 25·(1 − 1.2/3.25) + 25·1 + 15·(8/8) + 15·1 + 8·1 + 0 + 0 + 0
    expect(s.total).toBeCloseTo(25 * (1 - 1.2 / 3.25) + 25 + 15 + 15 + 8, 9);
  });

  it("excludes a pair with every hard failure named, and its line gives the reasons", () => {
    const s = score(
      { certificates: [], maxTravelKm: 0.5 },
      { schedule: [{ day: "sat", start: "09:00", end: "13:00" }] },
    );
    expect(s.eligible).toBe(false);
    expect(s.hardFailures.map((f) => f.key)).toEqual(["too_far", "schedule", "required_certificate"]);
    expect(s.summaryKo).toBe(
      "집에서 1.2km: 이동 가능 거리 0.5km를 넘음 · 근무 시간 중 0%만 가능 시간과 겹침 (최소 50%) · 필요한 자격 없음: 요양보호사",
    );
  });

  it("gives the same total as the fast ranking path, and EXCLUDED exactly when a hard failure excludes", () => {
    const slot = fc.record({
      day: fc.constantFrom("mon", "tue", "wed", "thu", "fri", "sat", "sun" as const),
      start: fc.integer({ min: 0, max: 40 }),
      length: fc.integer({ min: 1, max: 8 }),
    });
    const toSlots = (slots: { day: string; start: number; length: number }[]) =>
      slots.map((s) => ({
        day: s.day as "mon",
        start: `${String(Math.floor(s.start / 2)).padStart(2, "0")}:${s.start % 2 ? "30" : "00"}`,
        end: `${String(Math.floor((s.start + s.length) / 2)).padStart(2, "0")}:${(s.start + s.length) % 2 ? "30" : "00"}`,
      }));
    fc.assert(
      fc.property(
        fc.record({
          km: fc.double({ min: 0, max: 8, noNaN: true }),
          maxTravelKm: fc.integer({ min: 0, max: 10 }),
          remote: fc.boolean(),
          preference: fc.constantFrom("no", "prefer", "only" as const),
          availability: fc.array(slot, { maxLength: 5 }),
          schedule: fc.array(slot, { minLength: 1, maxLength: 4 }),
          desired: fc.integer({ min: 1, max: 40 }),
          hours: fc.integer({ min: 1, max: 40 }),
          certificates: fc.subarray(["care_worker", "barista"]),
          skills: fc.subarray(["elder_care", "driving", "cooking"]),
          requiredSkills: fc.subarray(["elder_care", "driving"]),
          preferredSkills: fc.subarray(["cooking"]),
          groups: fc.subarray(["senior", "disabled", "youth"]),
          targetGroups: fc.subarray(["senior", "youth"]),
          months: fc.integer({ min: 0, max: 60 }),
          birthYear: fc.integer({ min: 1940, max: 2005 }),
          status: fc.constantFrom(undefined, "eligible", "ineligible", "needs_document" as const),
          exposure: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
        }),
        (p) => {
          const r = residentFeatures(
            resident({
              location: HOME,
              maxTravelKm: p.maxTravelKm,
              remotePreference: p.preference,
              availability: toSlots(p.availability),
              desiredHoursPerWeek: p.desired,
              certificates: p.certificates,
              skills: p.skills,
              groups: p.groups,
              careerMonths: { care: p.months },
              birthYear: p.birthYear,
            }),
          );
          const w = workItemFeatures(
            workItem({
              location: p.remote ? null : north(p.km),
              remote: p.remote,
              schedule: toSlots(p.schedule),
              hoursPerWeek: p.hours,
              requiredSkills: p.requiredSkills,
              preferredSkills: p.preferredSkills,
              targetGroups: p.targetGroups,
            }),
          );
          const context: MatchContext = {
            year: 2026,
            eligibility: p.status ? { status: p.status } : undefined,
            exposure: p.exposure === undefined ? undefined : { recent: p.exposure },
          };
          const full = scoreMatch(r, w, TEST_WEIGHTS, context);
          const fast = matchTotal(r, w, TEST_WEIGHTS, context);
          expect(fast).toBe(full.eligible ? full.total : EXCLUDED);
        },
      ),
      { numRuns: 500, seed: 5 },
    );
  });

  it("scores plain rows through scorePair exactly as through the encoded features", () => {
    const viaRows = scorePair(resident(), workItem(), TEST_WEIGHTS, CONTEXT);
    expect(viaRows).toEqual(score());
  });

  it("measures distance with the same haversine as the shared geo helper", () => {
    for (const km of [0, 0.3, 1.2, 25, 300]) {
      const p = north(km);
      expect(haversineKm(HOME.lat, HOME.lng, p.lat, p.lng)).toBe(distanceKm(HOME, p));
      expect(distanceKm(HOME, p)).toBeCloseTo(km, 6);
    }
  });
});

describe("distance", () => {
  it("scores nearness within the travel limit, linearly to zero at the limit plus the grid slack", () => {
    const c = component(score(), "distance");
    expect(c.fit).toBeCloseTo(1 - 1.2 / 3.25, 9);
    expect(c.messageKo).toBe("집에서 1.2km");
    expect(c.messageEn).toBe("1.2 km from home");
    expect(component(score({}, { location: north(14.6) }), "distance").messageKo).toBe("집에서 15km");
  });

  it("excludes an item beyond the travel limit, naming both distances", () => {
    const s = score({ maxTravelKm: 5 }, { location: north(7.3) });
    expect(s.hardFailures).toEqual([
      {
        key: "too_far",
        messageKo: "집에서 7.3km: 이동 가능 거리 5.0km를 넘음",
        messageEn: "7.3 km from home, beyond the 5.0 km you can travel",
      },
    ]);
  });

  it("keeps remote work for those who prefer or need it, and off the list of those who work on site only", () => {
    const remote = { remote: true, location: null };
    expect(component(score({ remotePreference: "prefer" }, remote), "distance")).toMatchObject({
      fit: 1,
      messageKo: "재택 근무 (재택 선호)",
    });
    expect(component(score({ remotePreference: "only" }, remote), "distance").messageEn).toBe(
      "Remote work (remote only)",
    );
    expect(score({ remotePreference: "no" }, remote).hardFailures[0]).toMatchObject({
      key: "on_site_only",
      messageKo: "재택 일감 (현장 근무만 희망)",
    });
    expect(score({ remotePreference: "only" }).hardFailures[0]).toMatchObject({
      key: "remote_only",
      messageEn: "On-site work, and you can work only remotely",
    });
  });

  it("counts on-site work less for someone who prefers remote work, and says so", () => {
    const c = component(score({ remotePreference: "prefer" }), "distance");
    expect(c.fit).toBeCloseTo((1 - 1.2 / 3.25) * 0.6, 9);
    expect(c.messageKo).toBe("집에서 1.2km (재택 선호)");
  });

  it("gives no distance points, and no exclusion, when the resident has no home location", () => {
    const s = score({ location: null });
    expect(s.eligible).toBe(true);
    expect(component(s, "distance")).toMatchObject({ fit: 0, messageKo: "집 위치가 없어 거리를 알 수 없음" });
  });
});

describe("schedule", () => {
  it("gives the share of the item's hours inside the resident's availability, with days and part of day", () => {
    const half = score({ availability: [{ day: "tue", start: "09:00", end: "13:00" }] });
    expect(component(half, "schedule")).toMatchObject({
      fit: 0.5,
      messageKo: "화 오전 가능 시간과 50% 겹침",
      messageEn: "Tue morning: 50% within your available hours",
    });
    expect(half.eligible).toBe(true);
  });

  it("names each day by the part of day where most shared time lies, grouped", () => {
    const s = score(
      {
        availability: [
          { day: "mon", start: "09:00", end: "12:00" },
          { day: "wed", start: "09:00", end: "12:00" },
          { day: "sat", start: "13:00", end: "18:00" },
          { day: "fri", start: "18:00", end: "21:00" },
        ],
      },
      {
        schedule: [
          { day: "mon", start: "09:00", end: "12:00" },
          { day: "wed", start: "10:00", end: "13:00" },
          { day: "sat", start: "14:00", end: "16:00" },
          { day: "fri", start: "18:00", end: "20:00" },
        ],
        hoursPerWeek: 10,
      },
    );
    const c = component(s, "schedule");
    expect(c.messageKo).toBe("월/수 오전, 토 오후, 금 저녁 가능 시간과 90% 겹침");
    expect(c.messageEn).toBe("Mon/Wed morning, Sat afternoon, Fri evening: 90% within your available hours");
  });

  it("excludes an item whose hours fall mostly outside the availability", () => {
    const s = score({ availability: [{ day: "tue", start: "09:00", end: "11:00" }] });
    expect(s.hardFailures).toEqual([
      {
        key: "schedule",
        messageKo: "근무 시간 중 25%만 가능 시간과 겹침 (최소 50%)",
        messageEn: "Only 25% of the hours are within your available hours (at least 50% needed)",
      },
    ]);
  });
});

describe("hours", () => {
  it("scores the item's hours against the hours the resident wants", () => {
    const c = component(score({ desiredHoursPerWeek: 25 }), "hours");
    expect(c.fit).toBeCloseTo(8 / 25, 12);
    expect(c.messageKo).toBe("주 8시간 (희망 주 25시간)");
    expect(c.messageEn).toBe("8 h a week (you want 25)");
    // Above the target, the fit falls by the excess.
    expect(component(score({ desiredHoursPerWeek: 6 }, { hoursPerWeek: 8 }), "hours").fit).toBeCloseTo(
      1 - 2 / 6,
      12,
    );
  });

  it("aims at the top of the program's band when the resident wants more, and says so", () => {
    const c = component(score({ desiredHoursPerWeek: 40 }, { hoursPerWeek: 30 }), "hours");
    expect(c.fit).toBe(1);
    expect(c.messageKo).toBe("주 30시간 (희망 주 40시간, 이 사업에서는 주 30시간까지)");
  });

  it("excludes an item above an age cap of the program (공공근로: 15 h a week from 70)", () => {
    const weights = {
      ...TEST_WEIGHTS,
      hours: {
        ...TEST_WEIGHTS.hours,
        caps: [
          { maxAge: 69, maxPerWeek: 30 },
          { minAge: 70, maxPerWeek: 15 },
        ],
      },
    };
    const senior = score({ birthYear: 1954 }, { hoursPerWeek: 20 }, CONTEXT, weights);
    expect(senior.hardFailures).toEqual([
      {
        key: "hours_cap",
        messageKo: "주 20시간: 72세의 상한 주 15시간을 넘음",
        messageEn: "20 h a week, above the 15 h cap at age 72",
      },
    ]);
    expect(score({ birthYear: 1960 }, { hoursPerWeek: 20 }, CONTEXT, weights).eligible).toBe(true);
    const flat = { ...TEST_WEIGHTS, hours: { ...TEST_WEIGHTS.hours, caps: [{ maxPerWeek: 30 }] } };
    expect(score({}, { hoursPerWeek: 35 }, CONTEXT, flat).hardFailures[0]?.messageKo).toBe(
      "주 35시간: 사업 상한 주 30시간을 넘음",
    );
  });
});

describe("skills and certificates", () => {
  it("excludes a pair without a required certificate or skill, naming it", () => {
    expect(score({ certificates: [] }).hardFailures).toEqual([
      {
        key: "required_certificate",
        messageKo: "필요한 자격 없음: 요양보호사",
        messageEn: "Missing required certificate: Care worker",
      },
    ]);
    expect(
      score({ skills: [] }, { requiredSkills: ["elder_care", "driving"] }).hardFailures[0],
    ).toMatchObject({
      key: "required_skill",
      messageKo: "필요한 기술 없음: 운전·어르신 돌봄",
    });
  });

  it("scores the share of asked-for skills held, and names what is held and what is lacking", () => {
    const c = component(
      score({}, { requiredSkills: ["elder_care"], preferredSkills: ["driving"] }),
      "skills",
    );
    expect(c.fit).toBeCloseTo(2 / 3, 12);
    expect(c.messageKo).toBe("요양보호사 자격 보유, 어르신 돌봄 가능, 우대 사항 없음: 운전");
    expect(c.messageEn).toBe("Holds Care worker; can do Elder care; Lacks preferred Driving");
  });

  it("treats an item that asks for nothing as neither match nor miss", () => {
    const c = component(score({}, { requiredCertificates: [] }), "skills");
    expect(c).toMatchObject({
      fit: 0.5,
      messageKo: "필요한 자격·기술 없음",
      messageEn: "No skills or certificates asked for",
    });
  });
});

describe("interests", () => {
  it("matches the item's field against the resident's interests, with the right particle", () => {
    expect(component(score(), "interests")).toMatchObject({ fit: 1, messageKo: "관심 분야(돌봄)와 일치" });
    expect(component(score({}, { category: "culture" }), "interests")).toMatchObject({
      fit: 0,
      messageKo: "문화는 관심 분야가 아님",
      messageEn: "culture is not among your interests",
    });
    expect(component(score({}, { category: "environment" }), "interests").messageKo).toBe(
      "환경은 관심 분야가 아님",
    );
    expect(component(score({ interests: [] }), "interests")).toMatchObject({
      fit: 0.5,
      messageKo: "관심 분야 미등록",
    });
  });
});

describe("continuity", () => {
  it("counts months already worked in the item's field, fully at the threshold", () => {
    expect(component(score({ careerMonths: { care: 8 } }), "continuity")).toMatchObject({
      fit: 8 / 36,
      messageKo: "돌봄 분야 경력 8개월",
      messageEn: "8 months of experience in care",
    });
    expect(component(score({ careerMonths: { care: 30 } }), "continuity").messageKo).toBe(
      "돌봄 분야 경력 2년 6개월",
    );
    expect(component(score({ careerMonths: { care: 48 } }), "continuity")).toMatchObject({
      fit: 1,
      messageEn: "4 years of experience in care",
    });
    expect(component(score({ careerMonths: { environment: 12 } }), "continuity")).toMatchObject({
      fit: 0,
      messageKo: "돌봄 분야 경력 없음",
    });
  });

  it("puts experience in the summary line when there is some", () => {
    expect(score({ careerMonths: { care: 14 } }).summaryKo).toContain(" · 돌봄 분야 경력 1년 2개월");
  });
});

describe("priority groups", () => {
  it("gives a group's weight when the item targets it, and names the group", () => {
    const s = score({ groups: ["senior"] }, { targetGroups: ["senior"] });
    expect(component(s, "priority")).toMatchObject({
      fit: 0.5,
      points: 5,
      messageKo: "우선 대상(어르신)에 해당",
    });
    expect(s.summaryKo.endsWith(" · 우선 대상(어르신)에 해당")).toBe(true);
  });

  it("uses the program's share for an item that targets nobody, and the best of the resident's groups", () => {
    const c = component(score({ groups: ["senior", "disabled"] }), "priority");
    expect(c).toMatchObject({ fit: 0.5, messageKo: "사업 우선 대상(장애인)" });
  });

  it("gives nothing to a group the item does not target", () => {
    expect(component(score({ groups: ["senior"] }, { targetGroups: ["youth"] }), "priority")).toMatchObject({
      fit: 0,
      messageKo: "이 일감의 우선 대상 아님",
    });
  });

  it("can leave the group unnamed (institution staff do not see disability or income)", () => {
    const s = scoreMatch(
      residentFeatures(resident({ groups: ["disabled"] })),
      workItemFeatures(workItem({ targetGroups: ["disabled"] })),
      TEST_WEIGHTS,
      CONTEXT,
      { hideGroups: true },
    );
    expect(component(s, "priority").messageKo).toBe("이 일감의 우선 대상에 해당");
    expect(JSON.stringify(s)).not.toContain("장애인");
  });
});

describe("eligibility", () => {
  it("takes the caller's verdict: eligible counts, a missing document half, unknown nothing", () => {
    expect(component(score(), "eligibility")).toMatchObject({
      fit: 0,
      messageKo: "참여 자격은 신청할 때 확인",
    });
    expect(
      component(score({}, {}, { year: 2026, eligibility: { status: "eligible" } }), "eligibility"),
    ).toMatchObject({
      fit: 1,
      points: 5,
      messageEn: "Meets the program's eligibility rules",
    });
    expect(
      component(score({}, {}, { year: 2026, eligibility: { status: "needs_document" } }), "eligibility").fit,
    ).toBe(0.5);
  });

  it("excludes an ineligible pair with the rules' reasons", () => {
    const s = score(
      {},
      {},
      {
        year: 2026,
        eligibility: {
          status: "ineligible",
          reasons: [{ messageKo: "만 65세 미만", messageEn: "Under 65" }],
        },
      },
    );
    expect(s.hardFailures).toEqual([
      { key: "ineligible", messageKo: "참여 자격 없음: 만 65세 미만", messageEn: "Not eligible: Under 65" },
    ]);
  });
});

describe("congestion", () => {
  it("takes points off in proportion to recent recommendations per place, fully at the configured number", () => {
    const half = component(score({}, {}, { year: 2026, exposure: { recent: 12 } }), "congestion");
    expect(half).toMatchObject({ fit: -0.5, points: -10, messageKo: "최근 12회 추천됨 · 모집 3명" });
    const full = score({}, {}, { year: 2026, exposure: { recent: 100 } });
    expect(component(full, "congestion")).toMatchObject({
      fit: -1,
      points: -20,
      messageEn: "Recommended 100 times recently for 3 places",
    });
    expect(full.summaryKo.endsWith(" · 최근 100회 추천됨 · 모집 3명")).toBe(true);
  });

  it("keeps the penalty graded in a busy district: full at twice the local mean per place", () => {
    const penalty = (recent: number, localPerPlace: number) =>
      component(score({}, {}, { year: 2026, exposure: { recent, localPerPlace } }), "congestion").fit;
    // Quiet district (local mean 1 per place): the fixed threshold, 8 per place, as before.
    expect(penalty(12, 1)).toBeCloseTo(-0.5, 12);
    // Busy district (local mean 30 per place): 60 per place is full, the mean item loses half,
    // an item shown half as often a quarter; with the fixed threshold alone all three lose all.
    expect(penalty(180, 30)).toBeCloseTo(-1, 12);
    expect(penalty(90, 30)).toBeCloseTo(-0.5, 12);
    expect(penalty(45, 30)).toBeCloseTo(-0.25, 12);
    expect(penalty(45, 0)).toBe(-1);
  });

  it("is left out when the caller does not recommend (allocation)", () => {
    expect(score().components.some((c) => c.key === "congestion")).toBe(false);
  });
});

describe("audience", () => {
  const staff = (r: Parameters<typeof resident>[0] = {}, w: Parameters<typeof workItem>[0] = {}) =>
    scoreMatch(residentFeatures(resident(r)), workItemFeatures(workItem(w)), TEST_WEIGHTS, CONTEXT, {
      audience: "staff",
    });

  it("speaks to the resident by default, and about the resident to staff", () => {
    expect(score().summaryKo).toBe("집에서 1.2km · 화/목 오전 가능 시간과 100% 겹침 · 요양보호사 자격 보유");
    const s = staff();
    expect(s.summaryKo).toBe("주민 집에서 1.2km · 화/목 오전 가능 시간 100% 겹침 · 요양보호사 자격 보유");
    expect(s.summaryEn).toBe(
      "1.2 km from the resident's home · Tue/Thu morning: 100% within the resident's available hours · Holds Care worker",
    );
    expect(s.total).toBe(score().total);
  });

  it("words every part for staff without 'you'", () => {
    const s = staff({ desiredHoursPerWeek: 40 }, { category: "culture" });
    expect(component(s, "hours").messageKo).toContain("주민 희망 주 40시간");
    expect(component(s, "interests")).toMatchObject({
      messageKo: "문화는 주민 관심 분야가 아님",
      messageEn: "culture is not among the resident's interests",
    });
    expect(component(s, "eligibility").messageEn).toBe("Eligibility is checked when the resident applies");
    for (const c of s.components) expect(c.messageEn).not.toMatch(/\byou(r)?\b/i);
    expect(component(score({ desiredHoursPerWeek: 40 }), "hours").messageEn).toContain("you want 40");
  });

  it("names hard failures about the resident for staff", () => {
    const s = staff(
      { certificates: [], maxTravelKm: 0.5 },
      { schedule: [{ day: "sat", start: "09:00", end: "13:00" }] },
    );
    expect(s.summaryKo).toBe(
      "주민 집에서 1.2km: 주민의 이동 가능 거리 0.5km를 넘음 · 근무 시간 중 0%만 주민 가능 시간과 겹침 (최소 50%) · 필요한 자격 없음: 요양보호사",
    );
    expect(s.summaryEn).not.toMatch(/\byou(r)?\b/i);
    expect(staff({ remotePreference: "only" }).hardFailures[0]!.messageEn).toBe(
      "On-site work, and the resident can work only remotely",
    );
  });
});
