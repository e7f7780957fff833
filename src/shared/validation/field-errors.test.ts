import { describe, expect, it } from "vitest";
import { z } from "zod";
import { noRrn, text, ZDateString, ZTimeSlot } from "../common.schema.ts";
import { toFieldErrors } from "./field-errors.ts";

function errorsOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error("expected a validation failure");
  return toFieldErrors(result.error.issues, input);
}

describe("field errors", () => {
  const schema = z
    .object({ name: noRrn(text(1, 10)), age: z.number().int().min(15), when: ZDateString, slot: ZTimeSlot })
    .strict();

  it("names each field with a reason and messages in Korean and English", () => {
    const errors = errorsOf(schema, {
      name: "",
      age: 3,
      when: "2026-02-30",
      slot: { day: "mon", start: "10:00", end: "09:00" },
      extra: 1,
    });
    const byField = Object.fromEntries(errors.map((e) => [e.field, e]));
    expect(byField.name?.reason).toBe("too_small");
    expect(byField.age?.messageKo).toBe("15 이상이어야 합니다.");
    expect(byField.when?.reason).toBe("invalid_date");
    expect(byField["slot.end"]?.reason).toBe("end_before_start");
    expect(byField.extra?.reason).toBe("unknown_field");
    for (const e of errors) {
      expect(e.messageKo).toMatch(/[가-힣]/);
      expect(e.messageEn).toMatch(/[A-Za-z]/);
    }
  });

  it("does not repeat a 주민등록번호 typed into a key", () => {
    const errors = errorsOf(z.object({ years: z.record(noRrn(text(1, 20)), z.number()) }).strict(), {
      years: { "돌봄 800101-1234567": 3 },
      "800101-1234567": 1,
    });
    expect(errors.map((e) => e.field).sort()).toEqual(["******-*******", "years.돌봄 ******-*******"]);
    expect(JSON.stringify(errors)).not.toContain("1234567");
  });

  it("says 'required' for a missing field rather than a type error", () => {
    const [error] = errorsOf(z.object({ name: z.string() }), {});
    expect(error).toMatchObject({ field: "name", reason: "required", messageKo: "필수 항목입니다." });
  });

  it("says 'required' for a missing enum too, and uses a check's own message key", () => {
    const [missing] = errorsOf(z.object({ kind: z.enum(["a", "b"]) }), {});
    expect(missing).toMatchObject({ field: "kind", reason: "required" });
    const [phone] = errorsOf(
      z.object({ phone: z.string().regex(/^01\d{8,9}$/, { message: "invalid_phone" }) }),
      { phone: "12" },
    );
    expect(phone).toMatchObject({ reason: "invalid_phone" });
    expect(phone?.messageKo).toContain("전화번호");
  });

  it("rejects text that looks like a resident registration number", () => {
    const [error] = errorsOf(z.object({ name: noRrn(text(1, 100)) }), { name: "홍길동 900101-1234567" });
    expect(error?.reason).toBe("looks_like_rrn");
  });

  it("accepts real dates only", () => {
    expect(ZDateString.safeParse("2026-02-28").success).toBe(true);
    expect(ZDateString.safeParse("2024-02-29").success).toBe(true);
    expect(ZDateString.safeParse("2026-02-29").success).toBe(false);
    expect(ZDateString.safeParse("2026-2-1").success).toBe(false);
  });
});
