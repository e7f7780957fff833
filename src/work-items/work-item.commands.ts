import type { Db } from "../db/client.ts";
import { lockOrganization } from "../organizations/organization.repository.ts";
import { requireRegion } from "../regions/require-region.ts";
import { AppError, notFound, validationFailed } from "../shared/errors.ts";
import { toFieldErrors } from "../shared/validation/field-errors.ts";
import { closeOutcome, isFinal } from "./domain/work-item-lifecycle.ts";
import type { WorkItemStatus } from "./domain/work-item-vocabulary.ts";
import {
  findWorkItem,
  insertWorkItem,
  lockWorkItem,
  updateWorkItem,
  type WorkItemRow,
} from "./work-item.repository.ts";
import { toWorkItemFields, toWorkItemRow } from "./work-item.rows.ts";
import { type TWorkItemCreate, type TWorkItemUpdate, ZWorkItemCreate } from "./work-item.schema.ts";

/** The writes of work items, each in one transaction, returning the item as stored. */

export const WORK_ITEM = { ko: "일감", en: "Work item" };

export async function createWorkItem(db: Db, input: TWorkItemCreate, now: Date): Promise<WorkItemRow> {
  return db.transaction(async (tx) => {
    // Locked in share mode so that the organization cannot be closed while the item is added.
    const organization = await lockOrganization(tx, input.organizationId, "share");
    if (organization?.status !== "active")
      throw organizationCannotPost(input.organizationId, organization !== null);
    if (input.regionCode) await requireRegion(tx, input.regionCode);
    const id = await insertWorkItem(tx, {
      ...toWorkItemRow(input, organization),
      createdAt: now,
      updatedAt: now,
    });
    return (await findWorkItem(tx, id))!;
  });
}

/**
 * Merges the edit into the stored item and checks the whole result with the create rules, so
 * that no sequence of edits leaves an item inconsistent (an end date before the start, fewer
 * scheduled hours than promised, a wage below the minimum of the start year).
 */
export async function editWorkItem(
  db: Db,
  id: string,
  patch: TWorkItemUpdate,
  now: Date,
): Promise<WorkItemRow> {
  return db.transaction(async (tx) => {
    const stored = await lockWorkItem(tx, id);
    if (!stored) throw notFound(WORK_ITEM, id);
    if (isFinal(stored.status)) throw finalItem(stored.status);
    const { status, ...fields } = patch;
    const merged = { ...toWorkItemFields(stored), ...fields };
    const checked = ZWorkItemCreate.safeParse(merged);
    if (!checked.success) throw validationFailed(toFieldErrors(checked.error.issues, merged));
    if (fields.regionCode) await requireRegion(tx, fields.regionCode);
    await updateWorkItem(tx, id, {
      ...toWorkItemRow(checked.data, stored),
      status: status ?? stored.status,
      synthetic: stored.synthetic,
      updatedAt: now,
    });
    return (await findWorkItem(tx, id))!;
  });
}

export async function closeWorkItem(db: Db, id: string, now: Date): Promise<WorkItemRow> {
  return db.transaction(async (tx) => {
    const stored = await lockWorkItem(tx, id);
    if (!stored) throw notFound(WORK_ITEM, id);
    const outcome = closeOutcome(stored.status);
    if (outcome === "not_closable") throw finalItem(stored.status);
    if (outcome === "close")
      await updateWorkItem(tx, id, { status: "closed", closedAt: now, updatedAt: now });
    return (await findWorkItem(tx, id))!;
  });
}

function organizationCannotPost(id: string, exists: boolean): AppError {
  const [ko, en] = exists
    ? ["운영을 종료한 기관은 일감을 등록할 수 없습니다.", "A closed organization cannot post work items."]
    : ["등록되지 않은 기관입니다.", "No such organization."];
  return new AppError("unprocessable", { ko, en }, [
    {
      field: "organizationId",
      reason: exists ? "organization_closed" : "organization_not_found",
      messageKo: `${ko} (${id})`,
      messageEn: `${en} (${id})`,
    },
  ]);
}

function finalItem(status: WorkItemStatus): AppError {
  const ko = status === "closed" ? "마감된" : "취소된";
  return new AppError("conflict", {
    ko: `${ko} 일감은 더 이상 바꿀 수 없습니다.`,
    en: `This work item is ${status} and can no longer be changed.`,
  });
}
