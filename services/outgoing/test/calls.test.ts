import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callDestinations, calls } from "../src/db/schema/index";
import { paths, seedAgreement, startOutgoing, type Harness } from "./harness";
import { callBody, counts, createCall, syncDestinations } from "./selection-fixtures";

let h: Harness;
beforeAll(async () => {
  h = await startOutgoing();
});
afterAll(() => h.close());

describe("calls", () => {
  it("creates, reads, lists, edits and moves a call through its statuses, audited", async () => {
    const token = await h.tokenFor("outgoing");
    const call = await createCall(h);
    expect(call.status).toBe("draft");
    const edited = await h.call("PATCH", `/calls/${call.id}`, { token, body: { version: 1, title: "Erasmus+ 2026", requiredDocuments: ["Transcript"] } });
    expect(edited.status).toBe(200);
    expect(edited.json).toMatchObject({ version: 2, title: "Erasmus+ 2026", requiredDocuments: ["Transcript"], programme: "KA131" });
    const opened = await h.call("POST", `/calls/${call.id}/status`, { token, body: { version: 2, status: "open" } });
    expect(opened.json).toMatchObject({ status: "open", version: 3 });
    const list = await h.call("GET", "/calls?academicYear=2026&status=open", { token: await h.tokenFor("coordinator", ["LAW"]) });
    expect(list.json.items.map((c: { id: string }) => c.id)).toContain(call.id);
    const trail = await h.call("GET", `/audit?entity=call&entityId=${call.id}`, { token: await h.tokenFor("admin") });
    expect(trail.json.items.map((a: { action: string }) => a.action)).toEqual(["status", "update", "create"]);
  });

  it("refuses bad input naming the field, writing nothing", async () => {
    const token = await h.tokenFor("outgoing");
    const before = await counts(h, calls);
    const bad = await h.call("POST", "/calls", { token, body: callBody({ programme: "KA999", eligibility: { levels: [] } }) });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(["body.eligibility.levels", "body.programme"]);
    const early = await h.call("POST", "/calls", { token, body: callBody({ closesOn: "2025-10-01" }) });
    expect(paths(early.json)).toEqual(["body.closesOn"]);
    expect(await counts(h, calls)).toEqual(before);
  });

  it("refuses bad edits and status changes naming the field, writing nothing", async () => {
    const token = await h.tokenFor("outgoing");
    const call = await createCall(h);
    const before = await counts(h, calls);
    const edit = await h.call("PATCH", `/calls/${call.id}`, { token, body: { version: 1, title: "", eligibility: { levels: ["L3"], minGradeAverage: 25 } } });
    expect(paths(edit.json)).toEqual(["body.eligibility.minGradeAverage", "body.title"]);
    const status = await h.call("POST", `/calls/${call.id}/status`, { token, body: { version: 1, status: "archived" } });
    expect(paths(status.json)).toEqual(["body.status"]);
    expect((await h.call("PATCH", `/calls/${call.id}`, { token: await h.tokenFor("coordinator", ["LAW"]), body: { version: 1, title: "x" } })).status).toBe(403);
    expect((await h.call("POST", `/calls/${call.id}/status`, { body: { version: 1, status: "open" } })).status).toBe(401);
    expect(await counts(h, calls)).toEqual(before);
    expect((await h.call("GET", `/calls/${call.id}`, { token })).json.version).toBe(1);
  });

  it("refuses transitions outside the workflow and stale versions", async () => {
    const token = await h.tokenFor("outgoing");
    const call = await createCall(h);
    const published = await h.call("POST", `/calls/${call.id}/status`, { token, body: { version: 1, status: "published" } });
    expect(published.status).toBe(409);
    const first = h.call("PATCH", `/calls/${call.id}`, { token, body: { version: 1, title: "A" } });
    const second = h.call("PATCH", `/calls/${call.id}`, { token, body: { version: 1, title: "B" } });
    const statuses = (await Promise.all([first, second])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
  });

  it("answers 401 without a token and 403 to roles that may not write calls", async () => {
    expect((await h.call("GET", "/calls")).status).toBe(401);
    expect((await h.call("GET", "/calls", { token: await h.tokenFor("incoming") })).status).toBe(403);
    const coordinator = await h.tokenFor("coordinator", ["LAW"]);
    expect((await h.call("POST", "/calls", { token: coordinator, body: callBody() })).status).toBe(403);
    expect((await h.call("GET", "/calls/00000000-0000-4000-8000-000000000000", { token: coordinator })).status).toBe(404);
  });
});

describe("call destinations", () => {
  it("pulls the sending places in force from the agreements service, re-sync keeps the rows and updates places", async () => {
    const token = await h.tokenFor("outgoing");
    const { agreementId, conditionId, partnerId } = await seedAgreement(h, { places: 3 });
    const call = await createCall(h);
    const first = await syncDestinations(h, call.id);
    const mine = first.find((d) => d.agreementId === agreementId)!;
    expect(mine).toMatchObject({ conditionId, partnerId, places: 3, mobilityType: "student-studies", eqfLevels: [6, 7], iscedCodes: ["0231"], departments: ["CHINESE", "LAW"], partnerCountry: "DE", inForce: true });
    expect(mine).toHaveProperty("partnerSchac");
    // The agreements team changes the places: a re-sync updates them on the same destination.
    const agreementsToken = await h.tokenFor("agreements");
    const agreement = await h.agreements("GET", `/agreements/${agreementId}`, { token: agreementsToken });
    const conditions = agreement.json.conditions.map((c: { id: string; direction: string }) => (c.id === conditionId ? { ...c, places: 5 } : c));
    const patched = await h.agreements("PATCH", `/agreements/${agreementId}`, { token: agreementsToken, body: { version: agreement.json.version, conditions } });
    expect(patched.status).toBe(200);
    const second = await h.call("POST", `/calls/${call.id}/destinations/sync`, { token });
    expect(second.json.added).toBe(0);
    const again = second.json.items.find((d: { agreementId: string }) => d.agreementId === agreementId);
    expect(again).toMatchObject({ id: mine.id, places: 5 });
    const listed = await h.call("GET", `/calls/${call.id}/destinations`, { token: await h.tokenFor("coordinator", ["LAW"]) });
    expect(listed.json.items.find((d: { id: string }) => d.id === mine.id).places).toBe(5);
  });

  it("keeps a destination whose agreement ended, with no places, so applications pointing at it stay valid", async () => {
    const { agreementId } = await seedAgreement(h);
    const call = await createCall(h);
    const destination = (await syncDestinations(h, call.id)).find((d) => d.agreementId === agreementId)!;
    const agreementsToken = await h.tokenFor("agreements");
    const agreement = await h.agreements("GET", `/agreements/${agreementId}`, { token: agreementsToken });
    const ended = await h.agreements("POST", `/agreements/${agreementId}/status`, { token: agreementsToken, body: { version: agreement.json.version, status: "terminated" } });
    expect(ended.status).toBe(200);
    const resync = await h.call("POST", `/calls/${call.id}/destinations/sync`, { token: await h.tokenFor("outgoing") });
    expect(resync.json.noLongerInForce).toBeGreaterThanOrEqual(1);
    expect(resync.json.items.find((d: { id: string }) => d.id === destination.id)).toMatchObject({ inForce: false, places: 0 });
  });

  it("refuses sync to other roles and for unknown calls, writing nothing", async () => {
    const call = await createCall(h);
    const before = await counts(h, callDestinations);
    expect((await h.call("POST", `/calls/${call.id}/destinations/sync`)).status).toBe(401);
    expect((await h.call("POST", `/calls/${call.id}/destinations/sync`, { token: await h.tokenFor("coordinator", ["LAW"]) })).status).toBe(403);
    expect((await h.call("POST", "/calls/00000000-0000-4000-8000-000000000000/destinations/sync", { token: await h.tokenFor("outgoing") })).status).toBe(404);
    expect((await h.call("GET", "/calls/not-an-id/destinations", { token: await h.tokenFor("outgoing") })).status).toBe(400);
    expect(await counts(h, callDestinations)).toEqual(before);
  });
});
