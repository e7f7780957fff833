/**
 * A failure as the outbox keeps it (`last_error`): one line, at most 500 characters, with e-mail
 * addresses and phone-like numbers blanked, since a provider's error may quote the recipient.
 */
export function redactError(message: string): string {
  return message
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, "***@***")
    .replace(
      /\+?\d[\d\s-]{6,}\d/g,
      (digits) => `${"*".repeat(Math.max(0, digits.length - 4))}${digits.slice(-4)}`,
    )
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 500);
}
