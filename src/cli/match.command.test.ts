import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maeul } from "../../tests/helpers/run-cli.ts";
import { ZAllocationResult } from "../matching/allocation-file.schema.ts";

const examples = path.resolve(import.meta.dirname, "../../examples/match");

describe("maeul match solve (CLI, no database)", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "maeul-match-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("solves the example and writes exactly the committed result, every time", async () => {
    const output = path.join(dir, "result.json");
    const first = await maeul(
      "match",
      "solve",
      "--input",
      path.join(examples, "problem.json"),
      "--output",
      output,
      "--pretty",
    );
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /people 9 · slots 4 · edges 12 · assigned 5 · objective 337.5 · optimal yes/,
    );
    const written = fs.readFileSync(output, "utf8");
    expect(written).toBe(fs.readFileSync(path.join(examples, "result.json"), "utf8"));
    const result = ZAllocationResult.parse(JSON.parse(written));
    expect(result.optimal).toBe(true);

    const again = path.join(dir, "again.json");
    const second = await maeul(
      "match",
      "solve",
      "--input",
      path.join(examples, "problem.json"),
      "--output",
      again,
    );
    expect(second.code).toBe(0);
    expect(fs.readFileSync(again, "utf8")).toBe(`${JSON.stringify(JSON.parse(written))}\n`);
  });

  it.each([
    ["not JSON", "{people:", "not valid JSON"],
    [
      "NaN score",
      '{"people":[],"slots":[],"edges":[{"person":"a","slot":"b","score":NaN}]}',
      "NaN at line 1",
    ],
    ["wrong shape", '{"persons":[]}', "people: 필수 항목입니다. (This field is required.)"],
    [
      "unknown id",
      '{"people":[{"id":"a"}],"slots":[{"id":"x","capacity":1}],"edges":[{"person":"a","slot":"y","score":1}]}',
      'edges.0.slot: slots에 없는 자리 id입니다: "y" (Unknown slot id "y": not in slots.)',
    ],
    [
      "duplicate edge",
      '{"people":[{"id":"a"}],"slots":[{"id":"x","capacity":1}],"edges":[{"person":"a","slot":"x","score":1},{"person":"a","slot":"x","score":1}]}',
      'Duplicate edge: person "a" slot "x" (also edges.0).',
    ],
    [
      "negative capacity",
      '{"people":[{"id":"a"}],"slots":[{"id":"x","capacity":-1}],"edges":[]}',
      "slots.0.capacity: 0 이상이어야 합니다. (Must be at least 0.)",
    ],
  ])("exits 1 on a bad file (%s) and names the problem", async (_, text, message) => {
    const input = path.join(dir, "bad.json");
    fs.writeFileSync(input, text);
    const output = path.join(dir, "never.json");
    const result = await maeul("match", "solve", "--input", input, "--output", output);
    expect(result.code).toBe(1);
    expect(result.output).toContain(message);
    expect(fs.existsSync(output)).toBe(false);
  });

  it("exits 1 when the input cannot be read or an option is wrong", async () => {
    const missing = await maeul(
      "match",
      "solve",
      "--input",
      path.join(dir, "nope.json"),
      "--output",
      "x.json",
    );
    expect(missing.code).toBe(1);
    expect(missing.output).toContain("Cannot read the file");
    const threads = await maeul(
      "match",
      "solve",
      "--input",
      path.join(examples, "problem.json"),
      "--output",
      path.join(dir, "t.json"),
      "--threads",
      "zero",
    );
    expect(threads.code).toBe(1);
    expect(threads.output).toContain("--threads must be an integer");
    expect((await maeul("match", "solve", "--input", "x.json")).code).not.toBe(0);
  });
});
