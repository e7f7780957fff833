import type { TFunction } from "i18next";
import {
  UNMASK_REASON_MAX_LENGTH,
  UNMASK_REASON_MIN_LENGTH,
} from "../../../../src/residents/domain/unmask-reason.ts";
import type { FieldError } from "../../api/http.ts";

/** The reasons an officer picks from; "other" is their own words. */
export const REASON_PRESETS = ["identity", "documents"] as const;
export type ReasonChoice = "" | (typeof REASON_PRESETS)[number] | "other";

/** The reason as sent to the API (and kept in the audit log): the preset's text, or the words typed. */
export function reasonText(choice: ReasonChoice, ownWords: string, t: TFunction): string {
  if (choice === "other") return ownWords.trim();
  return choice ? t(`residentList.unmask.preset.${choice}`) : "";
}

/** A message in both languages, as the API gives its own (FieldErrorText picks one). */
type Both = (key: string, options?: Record<string, unknown>) => { ko: string; en: string };

/**
 * The same bounds the API checks (trimmed length 5 to 500), said before the request is sent:
 * "preset" when nothing is chosen, "reason" for the officer's own words.
 */
export function reasonErrors(choice: ReasonChoice, ownWords: string, both: Both): FieldError[] {
  const error = (field: string, reason: string, key: string, options?: Record<string, unknown>) => {
    const { ko, en } = both(key, options);
    return [{ field, reason, messageKo: ko, messageEn: en }];
  };
  if (!choice) return error("preset", "required", "residentList.unmask.error.choose");
  if (choice !== "other") return [];
  const length = ownWords.trim().length;
  if (length === 0) return error("reason", "required", "residentList.unmask.error.required");
  if (length < UNMASK_REASON_MIN_LENGTH)
    return error("reason", "too_short", "residentList.unmask.error.tooShort", {
      min: UNMASK_REASON_MIN_LENGTH,
    });
  if (length > UNMASK_REASON_MAX_LENGTH)
    return error("reason", "too_long", "residentList.unmask.error.tooLong", {
      max: UNMASK_REASON_MAX_LENGTH,
    });
  return [];
}
