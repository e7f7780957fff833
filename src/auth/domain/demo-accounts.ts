import { createHmac } from "node:crypto";
import type { Role } from "./principal.ts";

/**
 * The demo accounts: one per role per demo district (resident, institution_staff,
 * district_officer), one metropolitan_officer per 시도, one ministry and one system_admin.
 * Their e-mail addresses and passwords are derived from public constants, so THE PASSWORDS ARE
 * PUBLIC KNOWLEDGE: the accounts are marked `demo` (shown in every response, exempt from TOTP),
 * and a real deployment seeds without them (`npx maeul db seed --no-demo`).
 */
export const DEMO_EMAIL_DOMAIN = "demo.maeul.kr";
/** Public on purpose: anyone with the source can compute every demo password. */
export const DEMO_PASSWORD_SECRET = "maeul-public-demo-accounts-2026";

export interface DemoDistrictInfo {
  /** 5-digit 시군구 code. */
  code: string;
  nameKo: string;
  sidoNameKo: string;
}

export interface DemoAccountSpec {
  role: Role;
  email: string;
  name: string;
  /** Stored on the user: 시군구 for the district officer, 시도 for the metropolitan officer, else null. */
  regionCode: string | null;
  /** The district whose synthetic resident or institution the account is linked to. */
  districtCode: string | null;
  /** The resident account is linked to a synthetic resident, the staff to a synthetic institution. */
  link: "resident" | "organization" | null;
}

export function demoEmail(local: string): string {
  return `${local}@${DEMO_EMAIL_DOMAIN}`;
}

/** The demo password of an address: deterministic, ≥ 10 characters, not a common password. */
export function demoPassword(email: string): string {
  const mac = createHmac("sha256", DEMO_PASSWORD_SECRET).update(email.toLowerCase()).digest("base64url");
  return `demo-${mac.slice(0, 12)}`;
}

/** Every demo account for these districts, national accounts first, then by 시도 and district. */
export function demoAccountSpecs(districts: readonly DemoDistrictInfo[]): DemoAccountSpec[] {
  const specs: DemoAccountSpec[] = [
    {
      role: "ministry",
      email: demoEmail("ministry"),
      name: "데모 중앙부처 담당자",
      regionCode: null,
      districtCode: null,
      link: null,
    },
    {
      role: "system_admin",
      email: demoEmail("admin"),
      name: "데모 시스템 관리자",
      regionCode: null,
      districtCode: null,
      link: null,
    },
  ];
  const bySido = new Map<string, DemoDistrictInfo[]>();
  for (const district of [...districts].sort((a, b) => a.code.localeCompare(b.code))) {
    const sido = district.code.slice(0, 2);
    bySido.set(sido, [...(bySido.get(sido) ?? []), district]);
  }
  for (const [sido, list] of bySido) {
    specs.push({
      role: "metropolitan_officer",
      email: demoEmail(`metro.${sido}`),
      name: `${list[0]!.sidoNameKo} 데모 광역 담당자`,
      regionCode: sido,
      districtCode: null,
      link: null,
    });
    for (const d of list) {
      specs.push(
        {
          role: "district_officer",
          email: demoEmail(`officer.${d.code}`),
          name: `${d.nameKo} 데모 공무원`,
          regionCode: d.code,
          districtCode: d.code,
          link: null,
        },
        {
          role: "institution_staff",
          email: demoEmail(`staff.${d.code}`),
          name: `${d.nameKo} 데모 기관 담당자`,
          regionCode: null,
          districtCode: d.code,
          link: "organization",
        },
        {
          role: "resident",
          email: demoEmail(`resident.${d.code}`),
          name: `${d.nameKo} 데모 주민`,
          regionCode: null,
          districtCode: d.code,
          link: "resident",
        },
      );
    }
  }
  return specs;
}
