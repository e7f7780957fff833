import type { Confidence } from "../../../../src/programs/domain/rule-set.ts";
import type { ProgramRulesView, RuleSections } from "../../api/programs.ts";

/** The sections a region can change on this screen (the API accepts every section). */
export const EDITABLE_SECTIONS = ["income", "property", "age", "hours"] as const;
export type EditableSection = (typeof EDITABLE_SECTIONS)[number];

export interface Provenance {
  confidence: Confidence;
  source: string;
}

export interface HoursBandDraft {
  key: number;
  minAge: string;
  maxAge: string;
  maxPerWeek: string;
  minPerMonth: string;
  maxPerMonth: string;
}

/** What the form holds: per section, whether the region uses its own rule, and the figures as typed. */
export interface OverrideFormState {
  income: Provenance & { on: boolean; percent: string; rounding: "floor" | "round" };
  property: Provenance & { on: boolean; manwon: string };
  age: Provenance & { on: boolean; min: string; max: string };
  hours: Provenance & { on: boolean; bands: HoursBandDraft[] };
  reason: string;
}

const text = (n: number | undefined) => (n === undefined ? "" : String(n));

/**
 * The form as it opens: sections this region already overrides are ticked with their figures and
 * sources; the others show the rule in force (to start from), unticked, with an empty source so
 * that the officer names their own.
 */
export function initialOverrideForm(view: ProgramRulesView, region: string): OverrideFormState {
  const e = view.effective;
  const own = (key: EditableSection) => view.sectionOrigin[key] === region;
  const provenance = (
    key: EditableSection,
    section: { confidence: Confidence; source: string } | undefined,
  ) =>
    own(key) && section
      ? { confidence: section.confidence, source: section.source }
      : { confidence: "official" as Confidence, source: "" };
  const hours = e.hours ?? [];
  return {
    income: {
      on: own("income"),
      percent: text(e.income?.maxPercentOfMedian),
      rounding: e.income?.rounding ?? "floor",
      ...provenance("income", e.income),
    },
    property: {
      on: own("property"),
      manwon: e.property ? String(e.property.maxWon / 10_000) : "",
      ...provenance("property", e.property),
    },
    age: { on: own("age"), min: text(e.age?.min), max: text(e.age?.max), ...provenance("age", e.age) },
    hours: {
      on: own("hours"),
      bands: (hours.length ? hours : [{}]).map(
        (b: NonNullable<RuleSections["hours"]>[number] | object, i) => {
          const band = b as Partial<NonNullable<RuleSections["hours"]>[number]>;
          return {
            key: i + 1,
            minAge: text(band.minAge),
            maxAge: text(band.maxAge),
            maxPerWeek: text(band.maxPerWeek),
            minPerMonth: text(band.minPerMonth),
            maxPerMonth: text(band.maxPerMonth),
          };
        },
      ),
      ...provenance("hours", hours[0]),
    },
    reason: "",
  };
}

/** A number as typed; undefined when empty, NaN when not a number (the API then names the field). */
function num(s: string): number | undefined {
  const cleaned = s.replace(/[,\s]/g, "");
  if (cleaned === "") return undefined;
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** Paths (as the API names them) of figures that are not numbers, or required and empty. */
export function invalidNumbers(state: OverrideFormState): { field: string; reason: "number" | "required" }[] {
  const out: { field: string; reason: "number" | "required" }[] = [];
  const check = (field: string, value: string, required: boolean) => {
    const n = num(value);
    if (n === undefined && required) out.push({ field, reason: "required" });
    else if (Number.isNaN(n)) out.push({ field, reason: "number" });
  };
  if (state.income.on) check("rules.income.maxPercentOfMedian", state.income.percent, true);
  if (state.property.on) check("rules.property.maxWon", state.property.manwon, true);
  if (state.age.on) {
    check("rules.age.min", state.age.min, false);
    check("rules.age.max", state.age.max, false);
  }
  if (state.hours.on) {
    state.hours.bands.forEach((b, i) => {
      for (const f of ["minAge", "maxAge", "maxPerWeek", "minPerMonth", "maxPerMonth"] as const)
        check(`rules.hours.${i}.${f}`, b[f], false);
    });
  }
  return out;
}

const defined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/**
 * The override to send: the region's other overridden sections as they are (the API replaces the
 * region's override whole), then each ticked section of the form.
 */
export function overrideBody(view: ProgramRulesView, region: string, state: OverrideFormState): RuleSections {
  const rules: Record<string, unknown> = {};
  for (const [key, origin] of Object.entries(view.sectionOrigin)) {
    if (origin === region && !(EDITABLE_SECTIONS as readonly string[]).includes(key))
      rules[key] = view.effective[key as keyof RuleSections];
  }
  const prov = (p: Provenance) => ({ confidence: p.confidence, source: p.source.trim() });
  if (state.income.on)
    rules.income = {
      maxPercentOfMedian: num(state.income.percent),
      rounding: state.income.rounding,
      ...prov(state.income),
    };
  if (state.property.on) {
    const manwon = num(state.property.manwon);
    rules.property = {
      maxWon: manwon === undefined || Number.isNaN(manwon) ? manwon : Math.round(manwon * 10_000),
      ...prov(state.property),
    };
  }
  if (state.age.on)
    rules.age = defined({ min: num(state.age.min), max: num(state.age.max), ...prov(state.age) });
  if (state.hours.on)
    rules.hours = state.hours.bands.map((b) =>
      defined({
        minAge: num(b.minAge),
        maxAge: num(b.maxAge),
        maxPerWeek: num(b.maxPerWeek),
        minPerMonth: num(b.minPerMonth),
        maxPerMonth: num(b.maxPerMonth),
        ...prov(state.hours),
      }),
    );
  return rules as RuleSections;
}

/** Sections the region overrides that this form does not edit (kept as they are on save). */
export function keptSections(view: ProgramRulesView, region: string): string[] {
  return Object.entries(view.sectionOrigin)
    .filter(([key, origin]) => origin === region && !(EDITABLE_SECTIONS as readonly string[]).includes(key))
    .map(([key]) => key);
}
