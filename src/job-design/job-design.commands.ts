import type { AuditActor } from "../audit/domain/audit-vocabulary.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Db } from "../db/client.ts";
import { lockOrganization } from "../organizations/organization.repository.ts";
import { AppError, type FieldError, validationFailed } from "../shared/errors.ts";
import { toFieldErrors } from "../shared/validation/field-errors.ts";
import { createWorkItem } from "../work-items/work-item.commands.ts";
import type { WorkItemRow } from "../work-items/work-item.repository.ts";
import { ZWorkItemCreate } from "../work-items/work-item.schema.ts";
import { type Suggestion, suggestionForOccupation } from "./domain/design-jobs.ts";
import { draftKey } from "./domain/draft-key.ts";
import { type DraftPlace, draftWorkItems } from "./domain/draft-work-items.ts";
import {
  claimDraftKey,
  findDraftWorkItems,
  lockDraftKey,
  setDraftWorkItems,
} from "./job-design-draft.repository.ts";
import type { RegionJobDesign } from "./region-job-design.ts";

/**
 * An officer turns one job-design suggestion into draft work items for an institution of the
 * district: all of them or none, in one transaction that also writes the audit entry. Each item
 * is checked by the same rules as any new work item (ZWorkItemCreate) and inserted by the same
 * command (createWorkItem), so a draft is an ordinary work item in status "draft".
 *
 * The same action again (a double click, a retry after a timeout, two tabs at once) returns the
 * set it made (`created: false`) while any of it is still a draft: the action's key
 * (domain/draft-key.ts) is the primary key of job_design_drafts, claimed with ON CONFLICT DO
 * NOTHING, so concurrent requests make one set. Once none of it is a draft (opened or
 * cancelled), the same action makes a new set.
 */

export interface DraftInput {
  occupationCode: string;
  organizationId: string;
  startDate: string;
  positions?: number | undefined;
  hoursPerWeek?: number | undefined;
}

const unprocessable = (field: string, reason: string, ko: string, en: string, detail = ""): AppError =>
  new AppError("unprocessable", { ko, en }, [
    {
      field,
      reason,
      messageKo: `${ko}${detail ? ` (${detail})` : ""}`,
      messageEn: `${en}${detail ? ` (${detail})` : ""}`,
    },
  ]);

function chosenSuggestion(design: RegionJobDesign, input: DraftInput): Suggestion {
  const { suggestion, reason } = suggestionForOccupation(design.input, input.occupationCode, {
    ...(input.positions === undefined ? {} : { positions: input.positions }),
    ...(input.hoursPerWeek === undefined ? {} : { hoursPerWeek: input.hoursPerWeek }),
  });
  if (suggestion) return suggestion;
  switch (reason) {
    case "unknown_occupation":
      throw unprocessable(
        "occupationCode",
        "unknown_occupation",
        "직무 목록에 없는 코드입니다.",
        "Not an occupation in the catalogue.",
        input.occupationCode,
      );
    case "no_program":
      throw unprocessable(
        "occupationCode",
        "no_program",
        "이 지역에서 운영하는 사업이 이 직무에 없습니다.",
        "None of this occupation's programs runs in this region.",
        input.occupationCode,
      );
    default:
      throw unprocessable(
        "positions",
        "not_suggested",
        "이 지역의 수요 공백으로는 이 직무를 제안하지 않습니다. 인원을 직접 입력하세요.",
        "The forecast gap here does not call for this occupation; give the number of people.",
      );
  }
}

export async function createDraftWorkItems(
  db: Db,
  design: RegionJobDesign,
  input: DraftInput,
  actor: AuditActor,
  now: Date,
): Promise<{ suggestion: Suggestion; rows: WorkItemRow[]; created: boolean }> {
  if (input.startDate < now.toISOString().slice(0, 10)) {
    throw validationFailed([
      {
        field: "startDate",
        reason: "start_in_past",
        messageKo: "시작일은 오늘 이후여야 합니다.",
        messageEn: "The start date must be today or later.",
      },
    ]);
  }
  const suggestion = chosenSuggestion(design, input);
  const regionCode = design.region.code;
  const key = draftKey({
    regionCode,
    occupationCode: input.occupationCode,
    asOf: design.demand.asOf,
    horizon: design.demand.horizon,
    organizationId: input.organizationId,
    startDate: input.startDate,
    positions: input.positions ?? null,
    hoursPerWeek: input.hoursPerWeek ?? null,
  });
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    // Shared lock: the organization cannot be closed while its drafts are added.
    const organization = await lockOrganization(t, input.organizationId, "share");
    if (!organization)
      throw unprocessable(
        "organizationId",
        "organization_not_found",
        "등록되지 않은 기관입니다.",
        "No such organization.",
        input.organizationId,
      );
    if (organization.status !== "active")
      throw unprocessable(
        "organizationId",
        "organization_closed",
        "운영을 종료한 기관입니다.",
        "The organization is closed.",
        input.organizationId,
      );
    if (organization.regionCode !== regionCode)
      throw unprocessable(
        "organizationId",
        "organization_not_in_region",
        "이 시군구의 기관이 아닙니다.",
        "The organization is not in this district.",
        `${organization.regionCode} ≠ ${regionCode}`,
      );

    const claimed = await claimDraftKey(t, {
      key,
      regionCode,
      occupationCode: input.occupationCode,
      organizationId: organization.id,
      asOf: design.demand.asOf,
      startDate: input.startDate,
      workItemIds: [],
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    const previous = claimed ? null : await lockDraftKey(t, key);
    const previousRows = previous ? await findDraftWorkItems(t, previous.workItemIds) : [];
    if (previousRows.some((r) => r.item.status === "draft")) {
      return { suggestion, rows: previousRows, created: false };
    }

    const place: DraftPlace =
      organization.lat !== null && organization.lng !== null
        ? {
            name: organization.name,
            location: { lat: organization.lat, lng: organization.lng },
            provisional: false,
          }
        : { name: organization.name, location: design.region.centroid, provisional: true };
    const drafts = draftWorkItems(suggestion, {
      organizationId: organization.id,
      regionCode,
      startDate: input.startDate,
      place,
    });
    const rows: WorkItemRow[] = [];
    for (const [i, draft] of drafts.entries()) {
      const checked = ZWorkItemCreate.safeParse(draft);
      if (!checked.success) {
        const fields: FieldError[] = toFieldErrors(checked.error.issues, draft).map((f) => ({
          ...f,
          field: `workItems.${i}.${f.field}`,
        }));
        throw new AppError(
          "unprocessable",
          { ko: "초안 일감이 규칙에 맞지 않습니다.", en: "A draft work item breaks the rules." },
          fields,
        );
      }
      rows.push(await createWorkItem(t, checked.data, now));
    }
    await setDraftWorkItems(
      t,
      key,
      rows.map((r) => r.item.id),
      now,
    );
    await recordAudit(t, actor, {
      action: "create",
      subjectType: "job_design_draft",
      subjectId: input.occupationCode,
      regionCode,
      details: {
        organizationId: organization.id,
        workItemIds: rows.map((r) => r.item.id),
        program: suggestion.program.program,
        positions: suggestion.positions,
        months: suggestion.months,
        hoursPerWeek: suggestion.hoursPerWeek,
        budgetTotal: suggestion.budget.total,
        positionsGiven: input.positions !== undefined,
        draftKey: key,
        ...(previous ? { replacedWorkItemIds: previous.workItemIds } : {}),
      },
      at: now,
    });
    return { suggestion, rows, created: true };
  });
}
