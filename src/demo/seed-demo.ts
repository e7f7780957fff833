import { SYSTEM_ACTOR } from "../audit/domain/audit-vocabulary.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { writeMeta } from "../db/app-meta.repository.ts";
import type { Db } from "../db/client.ts";
import { chunks } from "../db/upsert.ts";
import { toOrganizationRow } from "../organizations/organization.rows.ts";
import { ZOrganizationCreate } from "../organizations/organization.schema.ts";
import type { Keyring } from "../privacy/domain/field-envelope.ts";
import { fieldKeys } from "../privacy/field-keys.ts";
import { sealPersonalRow, toResidentRows } from "../residents/resident.rows.ts";
import { ZResidentCreate } from "../residents/resident.schema.ts";
import { toWorkItemRow } from "../work-items/work-item.rows.ts";
import { ZWorkItemCreate } from "../work-items/work-item.schema.ts";
import {
  DEMO_META_PREFIX,
  type DemoRows,
  findSeededDemoRegions,
  insertDemoRows,
  loadDemoRegions,
} from "./demo.repository.ts";
import type { DemoScale } from "./domain/demo-scale.ts";
import { type DemoDistrict, generateDemoDistrict } from "./domain/generate-demo-district.ts";

/** Bump when the generators change shape; recorded with each seeded district. */
export const DEMO_DATA_VERSION = "2026.1";

export interface SeedDemoOptions {
  scaleFor: (regionCode: string) => DemoScale;
  log?: (line: string) => void;
}

export interface DemoDistrictCounts {
  regionCode: string;
  organizations: number;
  workItems: number;
  residents: number;
}

export interface SeedDemoResult {
  seeded: DemoDistrictCounts[];
  /** Districts that already had their demo population. */
  skipped: string[];
}

/**
 * Seeds the synthetic demo population of the given 시군구: one transaction per district, skipping
 * the districts already seeded, so running it again adds nothing. Every generated row goes
 * through the same zod contracts as an institution's or a resident's own input.
 */
export async function seedDemo(
  db: Db,
  regionCodes: readonly string[],
  options: SeedDemoOptions,
): Promise<SeedDemoResult> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const already = await findSeededDemoRegions(db);
  const todo = regionCodes.filter((code) => !already.has(code));
  const skipped = regionCodes.filter((code) => already.has(code));
  const seeded: DemoDistrictCounts[] = [];
  const verbose = todo.length <= 20;
  for (const batch of chunks(todo, 25)) {
    const regions = await loadDemoRegions(db, batch);
    regions.sort((a, b) => batch.indexOf(a.code) - batch.indexOf(b.code));
    for (const region of regions) {
      const district = generateDemoDistrict(region, options.scaleFor(region.code));
      const rows = toDemoRows(district);
      const counts = {
        regionCode: region.code,
        organizations: rows.organizations.length,
        workItems: rows.workItems.length,
        residents: rows.residents.length,
      };
      await db.transaction(async (tx) => {
        await insertDemoRows(tx as unknown as Db, rows);
        await writeMeta(tx as unknown as Db, `${DEMO_META_PREFIX}${region.code}`, {
          version: DEMO_DATA_VERSION,
          scale: district.scale,
          ...counts,
        });
        await recordAudit(tx as unknown as Db, SYSTEM_ACTOR, {
          action: "create",
          subjectType: "demo_district",
          subjectId: region.code,
          regionCode: region.code,
          details: { synthetic: true, version: DEMO_DATA_VERSION, ...counts },
        });
      });
      seeded.push(counts);
      if (verbose) {
        log(
          `demo ${region.code} ${region.fullNameKo}: ${counts.organizations} institutions, ${counts.workItems} work items, ${counts.residents} residents (synthetic)`,
        );
      } else if (seeded.length % 50 === 0) {
        log(`demo: ${seeded.length} of ${todo.length} districts seeded…`);
      }
    }
  }
  const total = (key: "organizations" | "workItems" | "residents") =>
    seeded.reduce((sum, c) => sum + c[key], 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(
    `demo: ${seeded.length} districts seeded (${total("organizations")} institutions, ${total("workItems")} work items, ${total("residents")} residents) in ${seconds} s, ${skipped.length} already seeded`,
  );
  return { seeded, skipped };
}

/**
 * Generated district → table rows, checked against the API contracts and marked synthetic.
 * Deterministic but for the encryption IVs: personal fields are sealed like anyone's.
 */
export function toDemoRows(district: DemoDistrict, keyring: Keyring = fieldKeys()): DemoRows {
  const organizationRows = district.organizations.map(({ id, fields }) => ({
    id,
    ...toOrganizationRow(ZOrganizationCreate.parse(fields), { synthetic: true }),
  }));
  const workItemRows = district.workItems.map(({ id, fields }) => ({
    id,
    ...toWorkItemRow(ZWorkItemCreate.parse(fields), { regionCode: district.regionCode }, { synthetic: true }),
  }));
  const residentRows: DemoRows["residents"] = [];
  const personalRows: DemoRows["personal"] = [];
  for (const { id, fields } of district.residents) {
    const { resident, personal } = toResidentRows(ZResidentCreate.parse(fields), { synthetic: true });
    residentRows.push({ id, ...resident });
    personalRows.push({ residentId: id, ...sealPersonalRow(id, personal, keyring) });
  }
  return {
    organizations: organizationRows,
    workItems: workItemRows,
    residents: residentRows,
    personal: personalRows,
  };
}
