import type { FieldError } from "../../shared/errors.ts";

/**
 * The password rule (NIST SP 800-63B §5.1.1.2): length, not composition. At least 10 characters
 * (counted as Unicode code points, so Hangul counts one per syllable), at most 128, and not one
 * of the commonly used passwords (data/passwords, see data/SOURCES.md). No rules about digits or
 * symbols, no periodic change, and pasting from a password manager is welcome.
 */
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

/** The field error for an unacceptable password, or null when it is acceptable. */
export function checkPassword(
  password: string,
  commonPasswords: ReadonlySet<string>,
  field = "password",
): FieldError | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    return {
      field,
      reason: "too_short",
      messageKo: `비밀번호는 ${MIN_PASSWORD_LENGTH}자 이상이어야 합니다.`,
      messageEn: `The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`,
    };
  }
  if (length > MAX_PASSWORD_LENGTH) {
    return {
      field,
      reason: "too_long",
      messageKo: `비밀번호는 ${MAX_PASSWORD_LENGTH}자 이하여야 합니다.`,
      messageEn: `The password must be at most ${MAX_PASSWORD_LENGTH} characters long.`,
    };
  }
  if (commonPasswords.has(normalizeForList(password))) {
    return {
      field,
      reason: "too_common",
      messageKo: "널리 쓰여 쉽게 추측되는 비밀번호입니다. 다른 비밀번호를 정해 주세요.",
      messageEn: "This password is too common and easy to guess. Please choose another.",
    };
  }
  return null;
}

/** How passwords are compared with the list: case-insensitive, surrounding spaces ignored. */
export function normalizeForList(password: string): string {
  return password.normalize("NFKC").trim().toLowerCase();
}
