import { describe, expect, it } from "vitest";
import { AppError } from "../shared/errors.ts";
import { parseAllocationProblem } from "./allocation-file.ts";

function failure(text: string): AppError {
  try {
    parseAllocationProblem(text);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected the file to be refused");
}

const good = {
  people: [{ id: "a" }, { id: 2, capacity: 2, group: "g" }],
  slots: [{ id: "x", capacity: 1 }],
  edges: [
    { person: "a", slot: "x", score: 1.5 },
    { person: 2, slot: "x", score: -1 },
  ],
};
const withEdges = (edges: unknown[]) => JSON.stringify({ ...good, edges });

describe("parseAllocationProblem", () => {
  it("accepts the format, with string or integer ids and capacity defaulting to 1", () => {
    const instance = parseAllocationProblem(JSON.stringify(good));
    expect(instance.personIds).toEqual(["a", 2]);
    expect([...instance.personCapacity]).toEqual([1, 2]);
    expect(instance.groupNames).toEqual(["g"]);
  });

  it("refuses text that is not JSON, and says why NaN and Infinity are not numbers", () => {
    expect(failure("people: []").messageEn).toContain("not valid JSON");
    const nan = failure('{"people":[],"slots":[],\n"edges":[{"person":"a","slot":"x","score": NaN}]}');
    expect(nan.messageEn).toContain("NaN at line 2, column 44 is not a JSON number");
    expect(failure('{"edges":[{"score": -Infinity}]}').messageEn).toContain("-Infinity at line 1");
  });

  it("refuses a score that overflows to Infinity, field by field", () => {
    const error = failure(
      withEdges([{ person: "a", slot: "x", score: 1 }]).replace('"score":1', '"score":1e999'),
    );
    expect(error.fields).toEqual([
      expect.objectContaining({
        field: "edges.0.score",
        reason: "not_finite",
        messageEn: "Must be a finite number.",
      }),
    ]);
  });

  it("refuses files of another shape, naming each field", () => {
    const error = failure(JSON.stringify({ people: [{ id: "a", capcity: 2 }], slots: {}, edge: [] }));
    expect(error.code).toBe("validation_failed");
    expect(error.messageEn).toContain("not an allocation problem");
    const fields = error.fields.map((f) => `${f.field}:${f.reason}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        "people.0.capcity:unknown_field",
        "slots:invalid_type",
        "edges:required",
        "edge:unknown_field",
      ]),
    );
    expect(failure("[1,2,3]").messageEn).toContain("not an allocation problem");
    expect(failure('"text"').code).toBe("validation_failed");
  });

  it("refuses negative and fractional capacities and a share above 1", () => {
    const error = failure(
      JSON.stringify({
        ...good,
        people: [
          { id: "a", capacity: -1 },
          { id: 2, capacity: 1.5, group: "g" },
        ],
        slots: [{ id: "x", capacity: -3 }],
        quotas: [{ group: "g", minShare: 1.2, penalty: -1 }],
      }),
    );
    expect(error.fields.map((f) => f.field)).toEqual([
      "people.0.capacity",
      "people.1.capacity",
      "slots.0.capacity",
      "quotas.0.minShare",
      "quotas.0.penalty",
    ]);
    expect(error.fields[0]).toMatchObject({ reason: "too_small", messageEn: "Must be at least 0." });
  });

  it("refuses unknown ids, duplicate ids, duplicate edges and quotas for nobody", () => {
    const unknown = failure(
      withEdges([
        { person: "a", slot: "x", score: 1 },
        { person: "b", slot: "x", score: 1 },
        { person: "2", slot: "y", score: 1 },
      ]),
    );
    expect(unknown.messageEn).toContain("inconsistent");
    expect(unknown.fields.map((f) => `${f.field}: ${f.messageEn}`)).toEqual([
      'edges.1.person: Unknown person id "b": not in people.',
      'edges.2.person: Unknown person id "2": not in people.',
      'edges.2.slot: Unknown slot id "y": not in slots.',
    ]);
    const duplicate = failure(
      JSON.stringify({
        people: [{ id: "a" }, { id: "a" }],
        slots: [{ id: 7, capacity: 1 }],
        edges: [
          { person: "a", slot: 7, score: 1 },
          { person: "a", slot: 7, score: 2 },
        ],
        quotas: [{ group: "nobody", minShare: 0.1, penalty: 1 }],
      }),
    );
    expect(duplicate.fields.map((f) => `${f.field}: ${f.messageEn}`)).toEqual([
      'people.1.id: Duplicate person id "a" (also people.0).',
      'edges.1: Duplicate edge: person "a" slot 7 (also edges.0).',
      "quotas.0.group: No person is in group nobody.",
    ]);
    expect(duplicate.fields[1]!.messageKo).toContain("같은 사람과 자리의 연결이 두 번");
  });

  it("lists at most twenty problems", () => {
    const edges = Array.from({ length: 100 }, (_, i) => ({ person: `ghost${i}`, slot: "x", score: 1 }));
    const error = failure(withEdges(edges));
    expect(error.fields).toHaveLength(21);
    expect(error.fields[20]!.reason).toBe("too_many_errors");
  });
});
