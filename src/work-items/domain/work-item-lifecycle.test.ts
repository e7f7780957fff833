import { describe, expect, it } from "vitest";
import { closeOutcome, isFinal } from "./work-item-lifecycle.ts";

describe("work item lifecycle", () => {
  it("treats closed and cancelled as final", () => {
    expect(["draft", "open", "filled", "closed", "cancelled"].map((s) => isFinal(s as never))).toEqual([
      false,
      false,
      false,
      true,
      true,
    ]);
  });

  it("closes live items, keeps closed ones and refuses cancelled ones", () => {
    expect(closeOutcome("open")).toBe("close");
    expect(closeOutcome("filled")).toBe("close");
    expect(closeOutcome("closed")).toBe("already_closed");
    expect(closeOutcome("cancelled")).toBe("not_closable");
  });
});
