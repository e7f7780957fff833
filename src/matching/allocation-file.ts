import { AppError, validationFailed } from "../shared/errors.ts";
import { toFieldErrors } from "../shared/validation/field-errors.ts";
import { type TAllocationResult, ZAllocationProblem } from "./allocation-file.schema.ts";
import { type AllocationInstance, buildAllocationInstance } from "./domain/allocation-instance.ts";

/** At most this many shape problems are listed; one mistake repeated on every edge says it all. */
const MAX_FIELD_ERRORS = 20;

/**
 * problem.json text → a checked instance, or an AppError naming what is wrong: not JSON (with
 * the line and column, and a word on NaN / Infinity, which JSON cannot hold), not this format
 * (field by field), or inconsistent (unknown ids, duplicates).
 */
export function parseAllocationProblem(text: string, source = "problem.json"): AllocationInstance {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const bad = /[:[,]\s*(-?(?:NaN|Infinity))\b/.exec(text);
    if (bad) {
      const { line, column } = lineAndColumn(text, bad.index + bad[0].indexOf(bad[1]!));
      throw new AppError("bad_request", {
        ko: `${source}: ${line}행 ${column}열의 ${bad[1]}은(는) JSON 숫자가 아닙니다. 점수와 용량은 유한한 숫자여야 합니다.`,
        en: `${source}: ${bad[1]} at line ${line}, column ${column} is not a JSON number; scores and capacities must be finite numbers.`,
      });
    }
    throw new AppError("bad_request", {
      ko: `${source}: 올바른 JSON 파일이 아닙니다 (${(error as Error).message}).`,
      en: `${source}: not valid JSON (${(error as Error).message}).`,
    });
  }
  const parsed = ZAllocationProblem.safeParse(json);
  if (!parsed.success) {
    const fields = toFieldErrors(parsed.error.issues.slice(0, MAX_FIELD_ERRORS), json).map((f) =>
      f.reason === "invalid_type" &&
      /received (NaN|Infinity|-Infinity)/.test(messageOf(parsed.error, f.field))
        ? {
            ...f,
            reason: "not_finite",
            messageKo: "유한한 숫자여야 합니다.",
            messageEn: "Must be a finite number.",
          }
        : f,
    );
    throw new AppError(
      "validation_failed",
      {
        ko: `${source}: 배정 문제 형식이 아닙니다 ({"people":[…], "slots":[…], "edges":[…], "quotas"?:[…]}).`,
        en: `${source}: not an allocation problem ({"people":[…], "slots":[…], "edges":[…], "quotas"?:[…]}).`,
      },
      fields,
    );
  }
  const built = buildAllocationInstance(parsed.data);
  if (built.errors) {
    const error = validationFailed(built.errors);
    throw new AppError(
      error.code,
      {
        ko: `${source}: 배정 문제의 내용이 맞지 않습니다.`,
        en: `${source}: the allocation problem is inconsistent.`,
      },
      error.fields,
    );
  }
  return built.instance;
}

/** result.json text: stable key order and number formatting, so equal results are equal bytes. */
export function formatAllocationResult(
  result: TAllocationResult,
  options: { pretty?: boolean } = {},
): string {
  return `${JSON.stringify(result, null, options.pretty ? 2 : undefined)}\n`;
}

function lineAndColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

function messageOf(
  error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] },
  field: string,
) {
  return error.issues.find((i) => i.path.join(".") === field)?.message ?? "";
}
