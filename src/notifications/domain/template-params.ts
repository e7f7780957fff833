import { formatDate, formatTime, isClockTime, parseCalendarDate } from "./format-for-message.ts";
import type { NotificationLocale } from "./notification-vocabulary.ts";

/** Text a template shows as is: one string for both languages, or one per language. */
export type LocalizedText = { ko: string; en: string };
export type TemplateParamValue = string | number | LocalizedText;
/** What the outbox stores per message: only what the text needs, never contact details. */
export type TemplateParams = Record<string, TemplateParamValue>;

/**
 * - text: a name or phrase (string, or {ko, en}), at most 200 characters, one line
 * - date: "YYYY-MM-DD", shown as "2026년 3월 2일(월)" / "Monday 2 March 2026"
 * - time: "HH:MM", shown as "오전 9시 30분" / "9:30 am"
 * - count: a whole number from 1 (a waiting-list position)
 */
export type ParamKind = "text" | "date" | "time" | "count";

export interface ParamSpec {
  kind: ParamKind;
  required: boolean;
}

export const required = <K extends ParamKind>(kind: K) => ({ kind, required: true }) as const;
export const optional = <K extends ParamKind>(kind: K) => ({ kind, required: false }) as const;

/** The values a template's text is written with: every one already in the message's language. */
export type ResolvedParams<P extends Record<string, ParamSpec>> = {
  [K in keyof P]: P[K]["required"] extends true ? string : string | undefined;
};

export interface ParamProblem {
  param: string;
  reason: "missing" | "unknown" | "invalid";
  expected?: ParamKind;
}

const MAX_TEXT = 200;

function isLocalizedText(value: unknown): value is LocalizedText {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).every((k) => k === "ko" || k === "en") &&
    typeof (value as LocalizedText).ko === "string" &&
    typeof (value as LocalizedText).en === "string"
  );
}

const goodText = (s: string) => s.trim().length > 0 && s.length <= MAX_TEXT && !/[\r\n\p{Cc}]/u.test(s);

function valid(kind: ParamKind, value: unknown): boolean {
  switch (kind) {
    case "text":
      return typeof value === "string"
        ? goodText(value)
        : isLocalizedText(value) && goodText(value.ko) && goodText(value.en);
    case "date":
      return typeof value === "string" && parseCalendarDate(value) !== null;
    case "time":
      return typeof value === "string" && isClockTime(value);
    case "count":
      return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 1_000_000;
  }
}

/** Every way `params` fails the template's declaration: missing, unknown or malformed values. */
export function checkParams(
  specs: Record<string, ParamSpec>,
  params: Record<string, unknown>,
): ParamProblem[] {
  const problems: ParamProblem[] = [];
  for (const [name, spec] of Object.entries(specs)) {
    const value = params[name];
    if (value === undefined || value === null) {
      if (spec.required) problems.push({ param: name, reason: "missing", expected: spec.kind });
    } else if (!valid(spec.kind, value)) {
      problems.push({ param: name, reason: "invalid", expected: spec.kind });
    }
  }
  for (const name of Object.keys(params)) {
    if (!(name in specs)) problems.push({ param: name, reason: "unknown" });
  }
  return problems;
}

/** Checked params → the strings the text is written with, in `locale`. */
export function resolveParams(
  specs: Record<string, ParamSpec>,
  params: Record<string, unknown>,
  locale: NotificationLocale,
): Record<string, string | undefined> {
  const resolved: Record<string, string | undefined> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const value = params[name] as TemplateParamValue | undefined | null;
    if (value === undefined || value === null) continue;
    if (spec.kind === "date") resolved[name] = formatDate(value as string, locale);
    else if (spec.kind === "time") resolved[name] = formatTime(value as string, locale);
    else if (spec.kind === "count") resolved[name] = String(value);
    else resolved[name] = (typeof value === "string" ? value : (value as LocalizedText)[locale]).trim();
  }
  return resolved;
}
