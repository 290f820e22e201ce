import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { followUpSteps, mobilities } from "../src/db/schema/index";
import { auditCount, createMobility, mobilityBody, NOW } from "./followup-fixtures";
import { paths, seedAgreement, startOutgoing, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startOutgoing({ now: () => NOW });
});
afterAll(() => h.close());

const countRows = async () => (await h.db.select({ id: mobilities.id }).from(mobilities)).length;

describe("POST /mobilities", () => {
  it("creates a mobility with its checklist and due dates, audited", async () => {
    const { agreementId, conditionId, partnerId } = await seedAgreement(h);
    const created = await h.call("POST", "/mobilities", { token: await h.tokenFor("outgoing"), body: mobilityBody({ programme: "KA131", agreementId, conditionId, partnerId }) });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ status: "planned", version: 1, agreementId, applicationId: null });
    const steps = await h.db.select().from(followUpSteps).where(eq(followUpSteps.mobilityId, created.json.id));
    const due = Object.fromEntries(steps.map((s) => [s.step, [s.status, s.dueDate]]));
    expect(due).toEqual({
      "learning-agreement": ["todo", "2026-12-16"],
      "grant-agreement": ["todo", "2026-12-16"],
      insurance: ["todo", "2027-01-08"],
      "arrival-certificate": ["todo", "2027-01-29"],
      "la-changes": ["todo", "2027-02-19"],
      "attendance-certificate": ["todo", "2027-07-14"],
      transcript: ["todo", "2027-08-04"],
      recognition: ["todo", "2027-09-01"],
    });
    expect(await auditCount(h, created.json.id)).toBe(1);
  });

  it("marks the grant agreement not applicable outside Erasmus+ and accepts a mobility without agreement", async () => {
    const m = await createMobility(h, { programme: "FLE_ASSISTANTS", mobilityType: "staff-teaching" });
    const [grant] = await h.db.select().from(followUpSteps).where(eq(followUpSteps.mobilityId, m.id)).then((rows) => rows.filter((r) => r.step === "grant-agreement"));
    expect(grant!.status).toBe("not-applicable");
  });

  it("refuses an end before the start, bad fields and an agreement not covering the year, writing nothing", async () => {
    const token = await h.tokenFor("outgoing");
    const before = await countRows();
    const reversed = await h.call("POST", "/mobilities", { token, body: mobilityBody({ plannedStart: "2027-06-30", plannedEnd: "2027-01-15" }) });
    expect(reversed.status).toBe(400);
    expect(paths(reversed.json)).toEqual(["body.plannedEnd"]);
    const bad = await h.call("POST", "/mobilities", { token, body: mobilityBody({ plannedStart: "2027-02-30", eqfLevel: 3 }) });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(["body.eqfLevel", "body.plannedStart"]);
    const { agreementId, conditionId } = await seedAgreement(h);
    const outOfYears = await h.call("POST", "/mobilities", { token, body: mobilityBody({ academicYear: 2030, plannedStart: "2030-09-01", plannedEnd: "2031-01-31", agreementId, conditionId }) });
    expect(outOfYears.status).toBe(400);
    expect(paths(outOfYears.json)).toEqual(["body.academicYear"]);
    const unknown = await h.call("POST", "/mobilities", { token, body: mobilityBody({ agreementId: "00000000-0000-4000-8000-000000000000" }) });
    expect(unknown.status).toBe(400);
    expect(paths(unknown.json)).toEqual(["body.agreementId"]);
    expect(await countRows()).toBe(before);
  });

  it("refuses a second active mobility of the student over the same dates (409 naming the field), not a later one", async () => {
    const first = await createMobility(h);
    const token = await h.tokenFor("outgoing");
    const before = await countRows();
    const overlapping = await h.call("POST", "/mobilities", { token, body: mobilityBody({ studentNumber: first.studentNumber, plannedStart: "2027-03-01", plannedEnd: "2027-08-31" }) });
    expect(overlapping.status).toBe(409);
    expect(paths(overlapping.json)).toEqual(["body.plannedStart"]);
    expect(await countRows()).toBe(before);
    const later = await h.call("POST", "/mobilities", { token, body: mobilityBody({ studentNumber: first.studentNumber, academicYear: 2027, plannedStart: "2027-09-01", plannedEnd: "2028-01-31" }) });
    expect(later.status).toBe(201);
  });

  it("answers 401 without a token and 403 to other roles, coordinators included", async () => {
    expect((await h.call("POST", "/mobilities", { body: mobilityBody() })).status).toBe(401);
    expect((await h.call("POST", "/mobilities", { token: await h.tokenFor("coordinator", ["CHINESE"]), body: mobilityBody() })).status).toBe(403);
    expect((await h.call("POST", "/mobilities", { token: await h.tokenFor("erasmus"), body: mobilityBody() })).status).toBe(403);
  });
});

describe("PATCH /mobilities/{id}", () => {
  it("changes the host and dates, moves the due dates of steps still to do, audited", async () => {
    const m = await createMobility(h);
    const token = await h.tokenFor("outgoing");
    const patched = await h.call("PATCH", `/mobilities/${m.id}`, { token, body: { version: 1, hostCity: "Neustadt", plannedStart: "2027-02-01" } });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({ hostCity: "Neustadt", plannedStart: "2027-02-01", version: 2 });
    const [la] = await h.db.select().from(followUpSteps).where(eq(followUpSteps.mobilityId, m.id)).then((rows) => rows.filter((r) => r.step === "learning-agreement"));
    expect(la!.dueDate).toBe("2027-01-02");
    expect(await auditCount(h, m.id)).toBe(2);
  });

  it("refuses a stale version, an end before the start, an overlap, and bad roles, changing nothing", async () => {
    const m = await createMobility(h);
    const other = await createMobility(h, { plannedStart: "2027-09-01", plannedEnd: "2028-01-31", academicYear: 2027 });
    const token = await h.tokenFor("outgoing");
    expect((await h.call("PATCH", `/mobilities/${m.id}`, { token, body: { version: 1, hostCity: "A" } })).status).toBe(200);
    const stale = await h.call("PATCH", `/mobilities/${m.id}`, { token, body: { version: 1, hostCity: "B" } });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe("stale_version");
    const reversed = await h.call("PATCH", `/mobilities/${m.id}`, { token, body: { version: 2, plannedEnd: "2026-12-01" } });
    expect(reversed.status).toBe(400);
    expect(paths(reversed.json)).toEqual(["body.plannedEnd"]);
    await h.db.update(mobilities).set({ studentNumber: m.studentNumber }).where(eq(mobilities.id, other.id));
    const overlap = await h.call("PATCH", `/mobilities/${other.id}`, { token, body: { version: 1, plannedStart: "2027-06-01" } });
    expect(overlap.status).toBe(409);
    expect(paths(overlap.json)).toEqual(["body.plannedStart"]);
    const bad = await h.call("PATCH", `/mobilities/${m.id}`, { token, body: { version: 2, hostCountry: "Germany" } });
    expect(paths(bad.json)).toEqual(["body.hostCountry"]);
    expect((await h.call("PATCH", `/mobilities/${m.id}`, { body: { version: 2, hostCity: "C" } })).status).toBe(401);
    expect((await h.call("PATCH", `/mobilities/${m.id}`, { token: await h.tokenFor("coordinator", ["CHINESE"]), body: { version: 2, hostCity: "C" } })).status).toBe(403);
    const [row] = await h.db.select().from(mobilities).where(eq(mobilities.id, m.id));
    expect(row).toMatchObject({ hostCity: "A", version: 2, plannedEnd: "2027-06-30" });
    expect(await auditCount(h, m.id)).toBe(2);
  });
});
