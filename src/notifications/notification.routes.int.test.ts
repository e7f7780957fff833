import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { residentBody } from "../../tests/helpers/api-fixtures.ts";
import { createTestApp } from "../../tests/helpers/test-app.ts";
import { testDatabaseKinds } from "../../tests/helpers/test-database.ts";
import { enqueueNotification } from "./enqueue-notification.ts";

describe.each(await testDatabaseKinds())("GET /api/notifications on %s", (kind) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let gwanak: string;
  let paldal: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    const admin = await t.signedIn("system_admin");
    gwanak = (await admin.request("POST", "/api/residents", residentBody())).body.id;
    paldal = (
      await admin.request(
        "POST",
        "/api/residents",
        residentBody({
          regionCode: "41115",
          location: { lat: 37.28, lng: 127.01 },
          personal: { name: "김수원", phone: "010-5555-6666", address: null },
        }),
      )
    ).body.id;
    for (const [residentId, key] of [
      [gwanak, "gwanak"],
      [paldal, "paldal"],
    ] as const) {
      await t.database.db.transaction((tx) =>
        enqueueNotification(tx, {
          dedupeKey: `route:${key}`,
          residentId,
          channel: "sms",
          templateCode: "waiting_list",
          params: { programName: "공공근로사업", position: 1 },
        }),
      );
    }
  });
  afterAll(() => t.dispose());

  it("a district officer sees the messages of their district, recipients masked, and the list is audited", async () => {
    const officer = await t.signedIn("district_officer", { regionCode: "11620" });
    const res = await officer.request("GET", "/api/notifications");
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.total).toBe(1);
    expect(res.body.items[0]).toMatchObject({
      templateCode: "waiting_list",
      channel: "sms",
      status: "pending",
      regionCode: "11620",
      recipient: { residentId: gwanak, userId: null, name: "홍*동" },
      params: { programName: "공공근로사업", position: 1 },
    });
    const text = JSON.stringify(res.body);
    for (const secret of ["홍길동", "1234-5678", "01012345678", "김수원", paldal])
      expect(text).not.toContain(secret);

    // Another region: refused, not silently empty.
    expect((await officer.request("GET", "/api/notifications?region=41115")).status).toBe(403);

    const admin = await t.signedIn("system_admin");
    const audit = await admin.request("GET", "/api/audit?subjectType=notification");
    expect(audit.body.items[0]).toMatchObject({
      action: "list",
      regionCode: "11620",
      details: { count: 1, total: 1, residentIds: [gwanak] },
    });
  });

  it("a metropolitan officer sees their 시도; the administrator filters; others are refused", async () => {
    const metro = await t.signedIn("metropolitan_officer", { regionCode: "41" });
    const seen = await metro.request("GET", "/api/notifications");
    expect(seen.body.items.map((n: { recipient: { residentId: string } }) => n.recipient.residentId)).toEqual(
      [paldal],
    );

    const admin = await t.signedIn("system_admin");
    expect((await admin.request("GET", "/api/notifications")).body.total).toBe(2);
    const filtered = await admin.request(
      "GET",
      `/api/notifications?residentId=${paldal}&status=pending&channel=sms`,
    );
    expect(filtered.body.total).toBe(1);
    expect((await admin.request("GET", "/api/notifications?status=sent")).body.total).toBe(0);
    expect((await admin.request("GET", "/api/notifications?status=lost")).status).toBe(400);

    expect((await t.request("GET", "/api/notifications")).status).toBe(401);
    const resident = await t.signedIn("resident", { residentId: gwanak });
    expect((await resident.request("GET", "/api/notifications")).status).toBe(403);
  });
});
