import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectGuarded, NO_ID } from "./access";
import { paths, startGovernance, type Harness } from "./harness";

let h: Harness;
let vp: string, analyst: string;
beforeAll(async () => {
  h = await startGovernance({ now: () => new Date("2030-01-15T10:00:00Z") });
  [vp, analyst] = await Promise.all([h.tokenFor("leadership"), h.tokenFor("analyst")]);
});
afterAll(() => h.close());

const programme = (over: Record<string, unknown> = {}) => ({
  name: "Sino-French education-for-research programme",
  kind: "joint_programme",
  status: "active",
  partnerNames: ["Xi'an Jiaotong University"],
  startDate: "2026-09-01",
  endDate: "2030-06-30",
  milestones: [{ label: "Joint steering committee", dueDate: "2030-03-01", done: false }],
  funding: [{ year: 2029, funder: "Région", amountCents: 5_000_000 }, { year: 2030, funder: "Région", amountCents: 4_000_000 }],
  participants: [{ name: "Prof. Li", role: "Co-director", institution: "XJTU" }],
  ...over,
});

describe("strategic programmes", () => {
  it("guards every route", async () => {
    await expectGuarded(h, [["GET", "/programmes"], ["POST", "/programmes", true], ["GET", `/programmes/${NO_ID}`], ["PUT", `/programmes/${NO_ID}`, true], ["POST", `/programmes/${NO_ID}/renewals`, true]], await h.tokenFor("coordinator", ["LAW"]), analyst);
  });

  it("names bad fields and writes nothing", async () => {
    const bad = await h.call("POST", "/programmes", { token: vp, body: programme({ kind: "club", partnerNames: [], endDate: "2020-01-01", funding: [{ year: 2029, funder: "R", amountCents: -5 }] }) });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(["body.funding.0.amountCents", "body.kind", "body.partnerNames"]);
    const backwards = await h.call("POST", "/programmes", { token: vp, body: programme({ endDate: "2020-01-01" }) });
    expect(paths(backwards.json)).toEqual(["body.endDate"]);
    expect((await h.call("GET", "/programmes", { token: analyst })).json).toHaveLength(0);
    expect((await h.call("GET", "/programmes?status=odd", { token: analyst })).status).toBe(400);
  });

  it("creates, flags the renewal due, edits with a version, renews, audits", async () => {
    const created = await h.call("POST", "/programmes", { token: vp, body: programme() });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ renewalDue: true, fundingTotalCents: 9_000_000 });
    expect((await h.call("GET", "/programmes?renewalDue=true", { token: analyst })).json).toHaveLength(1);
    const edited = await h.call("PUT", `/programmes/${created.json.id}`, { token: vp, body: { ...programme({ milestones: [{ label: "Joint steering committee", dueDate: "2030-03-01", done: true }] }), version: 1 } });
    expect(edited.json.milestones[0].done).toBe(true);
    expect((await h.call("PUT", `/programmes/${created.json.id}`, { token: vp, body: { ...programme(), version: 1 } })).status).toBe(409);
    const early = await h.call("POST", `/programmes/${created.json.id}/renewals`, { token: vp, body: { newEndDate: "2029-01-01", version: 2 } });
    expect(paths(early.json)).toEqual(["body.newEndDate"]);
    const renewed = await h.call("POST", `/programmes/${created.json.id}/renewals`, { token: vp, body: { newEndDate: "2034-06-30", note: "Council vote", version: 2 } });
    expect(renewed.json).toMatchObject({ endDate: "2034-06-30", renewalDue: false, renewals: [{ previousEndDate: "2030-06-30", newEndDate: "2034-06-30", decidedOn: "2030-01-15" }] });
    const trail = await h.call("GET", `/audit?entity=programme&entityId=${created.json.id}`, { token: await h.tokenFor("admin") });
    expect(trail.json.items.map((a: { action: string }) => a.action)).toEqual(["renew", "update", "create"]);
  });
});
