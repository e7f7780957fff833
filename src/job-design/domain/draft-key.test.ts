import { describe, expect, it } from "vitest";
import { type DraftIdentity, draftKey } from "./draft-key.ts";

const identity: DraftIdentity = {
  regionCode: "11620",
  occupationCode: "senior_living_alone_check",
  asOf: "2026-02",
  horizon: 12,
  organizationId: "3b7e1f2a-5c4d-4e6f-8a9b-0c1d2e3f4a5b",
  startDate: "2026-04-01",
  positions: null,
  hoursPerWeek: null,
};

describe("the key of a draft request", () => {
  it("is the same for the same action, whatever the case of the institution's id", () => {
    expect(draftKey(identity)).toMatch(/^[0-9a-f]{64}$/);
    expect(draftKey({ ...identity })).toBe(draftKey(identity));
    expect(draftKey({ ...identity, organizationId: identity.organizationId.toUpperCase() })).toBe(
      draftKey(identity),
    );
  });

  it("changes with every field of the action", () => {
    const changes: Partial<DraftIdentity>[] = [
      { regionCode: "11680" },
      { occupationCode: "walking_environment_monitor" },
      { asOf: "2026-03" },
      { horizon: 6 },
      { organizationId: "3b7e1f2a-5c4d-4e6f-8a9b-0c1d2e3f4a5c" },
      { startDate: "2026-04-02" },
      { positions: 2 },
      { hoursPerWeek: 15 },
    ];
    const keys = changes.map((change) => draftKey({ ...identity, ...change }));
    expect(new Set([draftKey(identity), ...keys]).size).toBe(changes.length + 1);
  });

  it("does not confuse fields that run together (no separator ambiguity)", () => {
    expect(draftKey({ ...identity, positions: 12, hoursPerWeek: null })).not.toBe(
      draftKey({ ...identity, positions: 1, hoursPerWeek: 2 }),
    );
    expect(draftKey({ ...identity, positions: 2, hoursPerWeek: null })).not.toBe(
      draftKey({ ...identity, positions: null, hoursPerWeek: 2 }),
    );
  });
});
