import type { FieldError } from "../api/http.ts";

/** The errors for one form field: those whose path is the key or starts with "key.". */
export function errorsAt(fields: readonly FieldError[], key: string): FieldError[] {
  return fields.filter((f) => f.field === key || f.field.startsWith(`${key}.`));
}

/** The element id a form uses for the control of a field key ("personal.name" → "f-personal-name"). */
export function fieldId(key: string): string {
  return `f-${key.replace(/[^a-zA-Z0-9]+/g, "-")}`;
}

export function errorId(key: string): string {
  return `${fieldId(key)}-error`;
}

/** The form key an error belongs to, if the form has one for it. */
export function keyFor(field: string, keys: readonly string[]): string | undefined {
  return keys.filter((k) => field === k || field.startsWith(`${k}.`)).sort((a, b) => b.length - a.length)[0];
}
