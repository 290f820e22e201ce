import { principalFor } from "@orbis/test-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectGuarded, NO_ID } from "./access";
import { paths, startGovernance, type Harness } from "./harness";

let h: Harness;
let vp: string, analyst: string, member1: string, member2: string;
beforeAll(async () => {
  h = await startGovernance();
  [vp, analyst, member1, member2] = await Promise.all([
    h.tokenFor("leadership"),
    h.tokenFor("analyst"),
    h.signer.sign({ ...principalFor("erasmus"), email: "m1@test.invalid" }),
    h.signer.sign({ ...principalFor("outgoing"), email: "m2@test.invalid" }),
  ]);
});
afterAll(() => h.close());

const call = (over: Record<string, unknown> = {}) => ({
  title: "Bourses d'excellence Master 2031",
  year: 2031,
  closesOn: "2031-04-30",
  budgetCents: 2_000_000,
  awardCents: 800_000,
  criteria: [{ key: "academic", label: "Academic record", weight: 3 }, { key: "project", label: "Study project", weight: 1 }],
  committee: ["m1@test.invalid", "m2@test.invalid"],
  ...over,
});
const candidate = (name: string) => ({ name, email: `${name.toLowerCase()}@example.org`, nationality: "IN", programmeOfStudy: "Master Physics" });

describe("excellence scholarships", () => {
  it("guards every route", async () => {
    await expectGuarded(
      h,
      [
        ["GET", "/scholarships/calls"], ["POST", "/scholarships/calls", true], ["GET", `/scholarships/calls/${NO_ID}`], ["PUT", `/scholarships/calls/${NO_ID}`, true],
        ["GET", `/scholarships/calls/${NO_ID}/candidates`], ["POST", `/scholarships/calls/${NO_ID}/candidates`, true], ["POST", `/scholarships/calls/${NO_ID}/awards`, true],
        ["POST", `/scholarships/candidates/${NO_ID}/payments`, true], ["GET", `/scholarships/candidates/${NO_ID}`],
      ],
      await h.tokenFor("coordinator", ["LAW"]),
      analyst,
    );
    // Committee members may be teachers (coordinators): the committee list, not the role, decides who scores.
    await expectGuarded(h, [["PUT", `/scholarships/candidates/${NO_ID}/scores/mine`, true]], await h.tokenFor("service"), analyst);
  });

  it("names bad fields", async () => {
    const bad = await h.call("POST", "/scholarships/calls", { token: vp, body: call({ awardCents: 0, criteria: [{ key: "A b", label: "x", weight: 0 }], committee: ["nobody"] }) });
    expect(paths(bad.json)).toEqual(["body.awardCents", "body.committee.0", "body.criteria.0.key", "body.criteria.0.weight"]);
    expect((await h.call("GET", "/scholarships/calls", { token: analyst })).json).toHaveLength(0);
  });

  it("scores by several members on the weighted grid, ranks, awards within budget, pays, and audits", async () => {
    const created = (await h.call("POST", "/scholarships/calls", { token: vp, body: call() })).json;
    const [a, b, cc] = await Promise.all(["Asha", "Bilal", "Chen"].map(async (n) => (await h.call("POST", `/scholarships/calls/${created.id}/candidates`, { token: vp, body: candidate(n) })).json));
    expect((await h.call("POST", `/scholarships/calls/${created.id}/candidates`, { token: vp, body: candidate("Asha") })).status).toBe(409);
    expect((await h.call("PUT", `/scholarships/candidates/${a.id}/scores/mine`, { token: vp, body: { marks: { academic: 18, project: 12 } } })).status).toBe(403);
    const wrong = await h.call("PUT", `/scholarships/candidates/${a.id}/scores/mine`, { token: member1, body: { marks: { academic: 18, style: 3 } } });
    expect(paths(wrong.json)).toEqual(["body.marks.project", "body.marks.style"]);
    expect(paths((await h.call("PUT", `/scholarships/candidates/${a.id}/scores/mine`, { token: member1, body: { marks: { academic: 21, project: 1 } } })).json)).toEqual(["body.marks.academic"]);
    const first = await h.call("PUT", `/scholarships/candidates/${a.id}/scores/mine`, { token: member1, body: { marks: { academic: 18, project: 12 } } });
    expect(first.json.weightedScore).toBe(16.5);
    expect((await h.call("PUT", `/scholarships/candidates/${a.id}/scores/mine`, { token: member1, body: { marks: { academic: 18, project: 12 } } })).status).toBe(400);
    expect((await h.call("PUT", `/scholarships/candidates/${a.id}/scores/mine`, { token: member1, body: { marks: { academic: 18, project: 12 }, version: 9 } })).status).toBe(409);
    const second = await h.call("PUT", `/scholarships/candidates/${a.id}/scores/mine`, { token: member2, body: { marks: { academic: 14, project: 14 } } });
    expect(second.json.weightedScore).toBe(15.25);
    await h.call("PUT", `/scholarships/candidates/${b.id}/scores/mine`, { token: member1, body: { marks: { academic: 19, project: 19 } } });
    await h.call("PUT", `/scholarships/candidates/${cc.id}/scores/mine`, { token: member2, body: { marks: { academic: 10, project: 10 } } });
    const ranking = (await h.call("GET", `/scholarships/calls/${created.id}/candidates`, { token: analyst })).json;
    expect(ranking.map((r: { name: string; rank: number }) => [r.name, r.rank])).toEqual([["Bilal", 1], ["Asha", 2], ["Chen", 3]]);
    expect((await h.call("POST", `/scholarships/calls/${created.id}/awards`, { token: vp, body: { version: 9 } })).status).toBe(409);
    const awarded = (await h.call("POST", `/scholarships/calls/${created.id}/awards`, { token: vp, body: { version: 1 } })).json;
    expect(awarded.map((r: { status: string }) => r.status)).toEqual(["awarded", "awarded", "not_awarded"]);
    expect((await h.call("POST", `/scholarships/calls/${created.id}/awards`, { token: vp, body: { version: 2 } })).status).toBe(409);
    const bilal = awarded[0];
    const over = await h.call("POST", `/scholarships/candidates/${bilal.id}/payments`, { token: vp, body: { amountCents: 900_000, paidOn: "2031-09-15", version: bilal.version } });
    expect(paths(over.json)).toEqual(["body.amountCents"]);
    const paid = await h.call("POST", `/scholarships/candidates/${bilal.id}/payments`, { token: vp, body: { amountCents: 400_000, paidOn: "2031-09-15", version: bilal.version } });
    expect(paid.json).toMatchObject({ paidCents: 400_000, payments: [{ amountCents: 400_000, paidOn: "2031-09-15" }] });
    expect((await h.call("POST", `/scholarships/candidates/${awarded[2].id}/payments`, { token: vp, body: { amountCents: 1, paidOn: "2031-09-15", version: awarded[2].version } })).status).toBe(409);
    const summary = (await h.call("GET", `/scholarships/calls/${created.id}`, { token: analyst })).json;
    expect(summary).toMatchObject({ status: "awarded", candidates: 3, awardedCents: 1_600_000, paidCents: 400_000 });
    const trail = await h.call("GET", `/audit?entity=scholarship-call&entityId=${created.id}`, { token: await h.tokenFor("admin") });
    expect(trail.json.items.map((x: { action: string }) => x.action)).toEqual(["award", "create"]);
  });
});
