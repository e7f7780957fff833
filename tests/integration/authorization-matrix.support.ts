import { sql } from "drizzle-orm";
import {
  PERMISSIONS,
  type Permission,
  type Reach,
  type UseCase,
} from "../../src/access/domain/permissions.ts";
import { ROLES, type Role } from "../../src/auth/domain/principal.ts";
import { PILOT_DISTRICT_CODES } from "../../src/demo/pilot-districts.ts";
import { organizationBody, residentBody, workItemBody } from "../helpers/api-fixtures.ts";
import type { createTestApp, TestAgent } from "../helpers/test-app.ts";
import { applicationFacts, cohortBody } from "./cohort-bodies.ts";

/**
 * The world the authorization matrix runs in: records placed so that each reach has one record
 * inside it and others outside, the callers of every role, and the expected outcome of a call
 * derived from PERMISSIONS alone (not from the code under test).
 */

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Two pilot districts in different 시도: the callers' own (서울 관악구) and a foreign one (경기 수원시 팔달구). */
export const OWN_DISTRICT = "11620";
export const OWN_PROVINCE = "11";
export const FOREIGN_DISTRICT = "41115";
if (![OWN_DISTRICT, FOREIGN_DISTRICT].every((code) => PILOT_DISTRICT_CODES.includes(code))) {
  throw new Error("the authorization matrix expects its districts among the pilot districts");
}

/**
 * Where a record lies relative to the caller:
 * - own: the caller's own record, organization and district
 * - sibling: the same district, but another organization and another resident
 * - foreign: another district in another 시도
 */
export const TARGETS = ["own", "sibling", "foreign"] as const;
export type Target = (typeof TARGETS)[number];

/** Which targets each reach covers: by construction of the fixtures, independent of the code under test. */
const IN_REACH: Record<Reach, Record<Target, boolean>> = {
  all: { own: true, sibling: true, foreign: true },
  region: { own: true, sibling: true, foreign: false },
  organization: { own: true, sibling: false, foreign: false },
  own: { own: true, sibling: false, foreign: false },
};

export type Actor = Role | "anonymous";
export const ACTORS: readonly Actor[] = [...ROLES, "anonymous"];

export type Expected = "allowed" | "unauthenticated" | "forbidden" | "out_of_reach";

/**
 * What PERMISSIONS says should happen. `selfService`: for a caller whose reach is `own`, the
 * record is theirs wherever it lies (a resident registering themselves picks their own district).
 */
export function expectedOutcome(
  useCase: UseCase,
  actor: Actor,
  target: Target,
  options: { selfService?: boolean } = {},
): Expected {
  const permission: Permission = PERMISSIONS[useCase];
  const reach = actor === "anonymous" ? undefined : permission.roles[actor];
  if (reach) {
    if (reach === "own" && options.selfService) return "allowed";
    return IN_REACH[reach][target] ? "allowed" : "out_of_reach";
  }
  if (permission.public) return "allowed";
  return actor === "anonymous" ? "unauthenticated" : "forbidden";
}

/** A fixture record, and text of it that only its own representation contains. */
export interface FixtureRecord {
  id: string;
  regionCode: string;
  markers: string[];
  /** An application's cohort. */
  cohortId?: string;
  /** A recruiting cohort's applicant-to-be: the resident of the same target. */
  residentId?: string;
  /** A selecting cohort's allocation run (finished, nothing to place). */
  allocationRunId?: string;
}

/**
 * - cohorts: closed to applications (selecting), with the target's resident as the one applicant,
 *   already screened and selected, so that repeating a cohort move changes nothing
 * - applications: that applicant's application
 * - openCohorts: recruiting, with no application yet
 */
export type RecordKind =
  | "regions"
  | "organizations"
  | "workItems"
  | "residents"
  | "cohorts"
  | "applications"
  | "openCohorts";
export type FixtureSet = Record<RecordKind, Record<Target, FixtureRecord>>;

/**
 * Two sets of the same shape: `main` for reads, edits and creates; `closing` for the use-cases
 * that close or withdraw, so that a closed record never spoils an edit.
 */
export const SET_NAMES = ["main", "closing"] as const;
export type SetName = (typeof SET_NAMES)[number];

const LABEL: Record<Target, string> = { own: "본인", sibling: "이웃", foreign: "수원" };
/** Three-syllable names: the masked form (김*인) is as distinctive as the name itself. */
const RESIDENT_NAMES: Record<SetName, Record<Target, string>> = {
  main: { own: "김본인", sibling: "이이웃", foreign: "박수원" },
  closing: { own: "최종결", sibling: "정마감", foreign: "한탈퇴" },
};

const maskedName = (name: string) => `${name[0]}*${name[2]}`;

async function createFixtureSet(admin: TestAgent, set: SetName): Promise<FixtureSet> {
  const regionOf: Record<Target, string> = {
    own: OWN_DISTRICT,
    sibling: OWN_DISTRICT,
    foreign: FOREIGN_DISTRICT,
  };
  const created = async (path: string, body: unknown) => {
    const res = await admin.request("POST", path, body);
    if (res.status !== 201) throw new Error(`fixture ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  const done = async (path: string) => {
    const res = await admin.request("POST", path);
    if (res.status !== 200) throw new Error(`fixture ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const result = {
    regions: {},
    organizations: {},
    workItems: {},
    residents: {},
    cohorts: {},
    applications: {},
    openCohorts: {},
  } as FixtureSet;
  for (const target of TARGETS) {
    const regionCode = regionOf[target];
    result.regions[target] = { id: regionCode, regionCode, markers: [] };
    const orgName = `권한표 ${LABEL[target]}기관 ${set}`;
    const organizationId = await created(
      "/api/organizations",
      organizationBody({ regionCode, name: orgName }),
    );
    result.organizations[target] = { id: organizationId, regionCode, markers: [orgName] };
    const title = `권한표 ${LABEL[target]} 일감 ${set}`;
    const workItemId = await created("/api/work-items", workItemBody(organizationId, { title }));
    result.workItems[target] = { id: workItemId, regionCode, markers: [title] };
    const name = RESIDENT_NAMES[set][target];
    const base = residentBody();
    const residentId = await created(
      "/api/residents",
      residentBody({ regionCode, personal: { ...base.personal, name } }),
    );
    result.residents[target] = { id: residentId, regionCode, markers: [name, maskedName(name)] };

    const cohortName = `권한표 ${LABEL[target]} 선발 회차 ${set}`;
    const cohortId = await created(
      "/api/cohorts",
      cohortBody({ regionCode, nameKo: cohortName, nameEn: `Matrix ${target} cohort, ${set}` }),
    );
    await done(`/api/cohorts/${cohortId}/actions/open_recruitment`);
    const applicationId = await created(`/api/cohorts/${cohortId}/applications`, {
      residentId,
      facts: applicationFacts(),
    });
    await done(`/api/cohorts/${cohortId}/actions/close_recruitment`);
    await done(`/api/cohorts/${cohortId}/screen`);
    const selection = await done(`/api/cohorts/${cohortId}/select`);
    if (selection.counts?.selected !== 1) throw new Error(`fixture selection: ${JSON.stringify(selection)}`);
    const run = await admin.request("POST", `/api/cohorts/${cohortId}/allocation-runs`, {});
    if (run.status !== 201)
      throw new Error(`fixture allocation run: ${run.status} ${JSON.stringify(run.body)}`);
    result.cohorts[target] = {
      id: cohortId,
      regionCode,
      markers: [cohortName],
      allocationRunId: run.body.id,
    };
    result.applications[target] = {
      id: applicationId,
      regionCode,
      cohortId,
      markers: [name, maskedName(name)],
    };

    const openName = `권한표 ${LABEL[target]} 모집 회차 ${set}`;
    const openId = await created(
      "/api/cohorts",
      cohortBody({ regionCode, nameKo: openName, nameEn: `Matrix ${target} recruiting cohort, ${set}` }),
    );
    await done(`/api/cohorts/${openId}/actions/open_recruitment`);
    result.openCohorts[target] = { id: openId, regionCode, residentId, markers: [openName] };
  }
  return result;
}

export interface World {
  sets: Record<SetName, FixtureSet>;
  admin: TestAgent;
  /** The caller for an actor; residents and staff own the set's `own` records. */
  agent(actor: Actor, set: SetName): TestAgent;
  /**
   * A new resident account for one attempt, with no registration: a demo account, or one signed
   * up through POST /api/auth/signup (not demo; its password is SIGNED_UP_PASSWORD).
   */
  freshResident(kind: FreshResident): Promise<TestAgent>;
}

export type FreshResident = "demo" | "signed_up";
export const SIGNED_UP_PASSWORD = "matrix-resident-passphrase-7";

/** Creates the fixtures and signs every caller in, once per app. */
export async function createWorld(t: TestApp): Promise<World> {
  const admin = await t.signedIn("system_admin");
  const sets = {
    main: await createFixtureSet(admin, "main"),
    closing: await createFixtureSet(admin, "closing"),
  };
  const shared: Partial<Record<Actor, TestAgent>> = {
    district_officer: await t.signedIn("district_officer", { regionCode: OWN_DISTRICT }),
    metropolitan_officer: await t.signedIn("metropolitan_officer", { regionCode: OWN_PROVINCE }),
    ministry: await t.signedIn("ministry"),
    system_admin: admin,
    anonymous: t.agent(),
  };
  const perSet = {} as Record<SetName, Partial<Record<Actor, TestAgent>>>;
  let signUps = 0;
  for (const set of SET_NAMES) {
    perSet[set] = {
      resident: await t.signedIn("resident", { residentId: sets[set].residents.own.id }),
      institution_staff: await t.signedIn("institution_staff", {
        organizationId: sets[set].organizations.own.id,
      }),
    };
  }
  return {
    sets,
    admin,
    agent(actor, set) {
      const agent = perSet[set][actor] ?? shared[actor];
      if (!agent) throw new Error(`no caller for ${actor}`);
      return agent;
    },
    async freshResident(kind) {
      if (kind === "demo") return t.signedIn("resident");
      const agent = t.agent();
      const email = `signed-up.${++signUps}@test.maeul.kr`;
      const res = await agent.request("POST", "/api/auth/signup", {
        email,
        password: SIGNED_UP_PASSWORD,
        name: "가입자",
      });
      if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${JSON.stringify(res.body)}`);
      return agent;
    },
  };
}

/** Row counts that any write (or audited access) changes: a refused request must leave them as they were. */
export async function writeCounts(t: TestApp) {
  const result = await t.database.db.execute(sql`select
    (select count(*)::int from organizations) as organizations,
    (select count(*)::int from work_items) as work_items,
    (select count(*)::int from residents) as residents,
    (select count(*)::int from resident_personal_data) as resident_personal_data,
    (select count(*)::int from consents) as consents,
    (select count(*)::int from program_rule_sets) as program_rule_sets,
    (select count(*)::int from participations) as participations,
    (select count(*)::int from cohorts) as cohorts,
    (select count(*)::int from cohort_applications) as cohort_applications,
    (select count(*)::int from notification_outbox) as notification_outbox,
    (select count(*)::int from allocation_runs) as allocation_runs,
    (select count(*)::int from audit_log) as audit_log`);
  return (result as unknown as { rows: Record<string, number>[] }).rows[0];
}

/** How the administrator reads a record, to show that a refused write left it unchanged. */
export const ADMIN_VIEW: Record<RecordKind, (record: FixtureRecord) => string> = {
  regions: (r) => `/api/regions/${r.id}`,
  organizations: (r) => `/api/organizations/${r.id}`,
  workItems: (r) => `/api/work-items/${r.id}`,
  residents: (r) => `/api/residents/${r.id}`,
  cohorts: (r) => `/api/cohorts/${r.id}`,
  applications: (r) => `/api/cohorts/${r.cohortId}/applications`,
  openCohorts: (r) => `/api/cohorts/${r.id}`,
};
