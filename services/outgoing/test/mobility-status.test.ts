import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mobilities } from "../src/db/schema/index";
import { auditCount, createMobility, NOW } from "./followup-fixtures";
import { paths, seedAgreement, startOutgoing, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startOutgoing({ now: () => NOW });
});
afterAll(() => h.close());

const usedPlaces = async (agreementId: string) => {
  const places = await h.agreements("GET", `/agreements/${agreementId}/availability?year=2026`, { token: await h.tokenFor("service") });
  return (places.json as Array<{ direction: string; used: number }>).find((p) => p.direction === "sending")!.used;
};

describe("mobility status", () => {
  it("starts then completes a mobility with its actual dates, audited", async () => {
    const m = await createMobility(h);
    const token = await h.tokenFor("outgoing");
    const started = await h.call("POST", `/mobilities/${m.id}/start`, { token, body: { version: 1, actualStart: "2027-01-16" } });
    expect(started.json).toMatchObject({ status: "in-progress", actualStart: "2027-01-16", version: 2 });
    const completed = await h.call("POST", `/mobilities/${m.id}/complete`, { token, body: { version: 2, actualEnd: "2027-06-28" } });
    expect(completed.json).toMatchObject({ status: "completed", actualEnd: "2027-06-28", version: 3 });
    expect(await auditCount(h, m.id)).toBe(3);
  });

  it("interrupts an ongoing mobility with a reason and an end date", async () => {
    const m = await createMobility(h);
    const token = await h.tokenFor("outgoing");
    await h.call("POST", `/mobilities/${m.id}/start`, { token, body: { version: 1, actualStart: "2027-01-15" } });
    const missing = await h.call("POST", `/mobilities/${m.id}/interrupt`, { token, body: { version: 2, actualEnd: "2027-03-01" } });
    expect(missing.status).toBe(400);
    expect(paths(missing.json)).toEqual(["body.reason"]);
    const early = await h.call("POST", `/mobilities/${m.id}/interrupt`, { token, body: { version: 2, reason: "Raisons de santé", actualEnd: "2027-01-01" } });
    expect(paths(early.json)).toEqual(["body.actualEnd"]);
    const interrupted = await h.call("POST", `/mobilities/${m.id}/interrupt`, { token, body: { version: 2, reason: "Raisons de santé", actualEnd: "2027-03-01" } });
    expect(interrupted.json).toMatchObject({ status: "interrupted", statusReason: "Raisons de santé", actualEnd: "2027-03-01" });
  });

  it("refuses moves the workflow does not allow (409) and stale versions, changing nothing", async () => {
    const m = await createMobility(h);
    const token = await h.tokenFor("outgoing");
    const complete = await h.call("POST", `/mobilities/${m.id}/complete`, { token, body: { version: 1, actualEnd: "2027-06-30" } });
    expect(complete.status).toBe(409);
    expect((await h.call("POST", `/mobilities/${m.id}/interrupt`, { token, body: { version: 1, reason: "Abandon", actualEnd: "2027-03-01" } })).status).toBe(409);
    await h.call("POST", `/mobilities/${m.id}/start`, { token, body: { version: 1, actualStart: "2027-01-15" } });
    expect((await h.call("POST", `/mobilities/${m.id}/cancel`, { token, body: { version: 2, reason: "Trop tard" } })).status).toBe(409);
    const stale = await h.call("POST", `/mobilities/${m.id}/complete`, { token, body: { version: 1, actualEnd: "2027-06-30" } });
    expect(stale.json.code).toBe("stale_version");
    const [row] = await h.db.select().from(mobilities).where(eq(mobilities.id, m.id));
    expect(row).toMatchObject({ status: "in-progress", version: 2, actualEnd: null });
  });

  it("cancels a planned mobility with a reason and gives its place back to the agreement", async () => {
    const { agreementId, conditionId, partnerId } = await seedAgreement(h);
    const m = await createMobility(h, { programme: "KA131", agreementId, conditionId, partnerId });
    await h.agreements("POST", `/agreements/${agreementId}/usage`, { token: await h.tokenFor("service"), body: { conditionId, academicYear: 2026, count: 1, reference: m.id } });
    expect(await usedPlaces(agreementId)).toBe(1);
    const token = await h.tokenFor("outgoing");
    const noReason = await h.call("POST", `/mobilities/${m.id}/cancel`, { token, body: { version: 1, reason: "" } });
    expect(paths(noReason.json)).toEqual(["body.reason"]);
    const stale = await h.call("POST", `/mobilities/${m.id}/cancel`, { token, body: { version: 7, reason: "Renonce au départ" } });
    expect(stale.status).toBe(409);
    expect(await usedPlaces(agreementId)).toBe(1);
    const cancelled = await h.call("POST", `/mobilities/${m.id}/cancel`, { token, body: { version: 1, reason: "Renonce au départ" } });
    expect(cancelled.json).toMatchObject({ status: "cancelled", statusReason: "Renonce au départ" });
    expect(await usedPlaces(agreementId)).toBe(0);
  });

  it("answers 401, 403 for other roles and 403 for coordinators", async () => {
    const m = await createMobility(h);
    const body = { version: 1, actualStart: "2027-01-15" };
    expect((await h.call("POST", `/mobilities/${m.id}/start`, { body })).status).toBe(401);
    expect((await h.call("POST", `/mobilities/${m.id}/start`, { token: await h.tokenFor("coordinator", ["CHINESE"]), body })).status).toBe(403);
    expect((await h.call("POST", `/mobilities/${m.id}/start`, { token: await h.tokenFor("analyst"), body })).status).toBe(403);
  });
});
