import type { WorkItemStatus } from "./work-item-vocabulary.ts";

/**
 * Closed and cancelled are final: the record is what residents and auditors saw, so it is no
 * longer edited. Draft, open and filled items can still be corrected.
 */
export function isFinal(status: WorkItemStatus): boolean {
  return status === "closed" || status === "cancelled";
}

/**
 * What closing does to an item: a live item becomes closed; a closed one stays as it was (so a
 * repeated request is harmless); a cancelled one cannot be closed, since it never ran.
 */
export function closeOutcome(status: WorkItemStatus): "close" | "already_closed" | "not_closable" {
  if (status === "closed") return "already_closed";
  if (status === "cancelled") return "not_closable";
  return "close";
}
