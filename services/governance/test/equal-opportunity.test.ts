import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectGuarded, NO_ID } from "./access";
import { paths, startGovernance, type Harness } from "./harness";

let h: Harness;
let vp: string, analyst: string;
beforeAll(async () => {
  h = await startGovernance({ now: () => new Date("2030-01-15T10:00:00Z") });
  [vp, analyst] = await Promise.all([h.tokenFor("leadership"), h.tokenFor("analyst")]);
  h.analyticsFigures.set("scholarship_holders_share", 2029, 31.5);
});
afterAll(() => h.close());

describe("equal opportunity", () => {
  it("guards every route", async () => {
    await expectGuarded(
      h,
      [["GET", "/equal-opportunity"], ["POST", "/equal-opportunity/targets", true], ["PUT", `/equal-opportunity/targets/${NO_ID}`, true], ["POST", "/equal-opportunity/actions", true], ["PUT", `/equal-opportunity/actions/${NO_ID}`, true]],
      await h.tokenFor("coordinator", ["LAW"]),
      analyst,
    );
  });

  it("names bad fields", async () => {
    const t = await h.call("POST", "/equal-opportunity/targets", { token: vp, body: { dimension: "age", indicatorKey: "nope", year: 2029, targetValue: -1 } });
    expect(paths(t.json)).toEqual(["body.dimension", "body.indicatorKey", "body.targetValue"]);
    const a = await h.call("POST", "/equal-opportunity/actions", { token: vp, body: { dimension: "gender", title: "", owner: "DRI", dueDate: "2030-13-01", status: "planned" } });
    expect(paths(a.json)).toEqual(["body.dueDate", "body.title"]);
    expect((await h.call("GET", "/equal-opportunity?year=abc", { token: analyst })).status).toBe(400);
  });

  it("shows targets with the analytics figure or 'not computed', flags overdue actions, refuses stale edits and duplicates", async () => {
    const t1 = await h.call("POST", "/equal-opportunity/targets", { token: vp, body: { dimension: "scholarship_holders", indicatorKey: "scholarship_holders_share", year: 2029, targetValue: 35 } });
    expect(t1.json.reading).toEqual({ status: "computed", value: 31.5, computedAt: expect.any(String) });
    const t2 = await h.call("POST", "/equal-opportunity/targets", { token: vp, body: { dimension: "disability", indicatorKey: "disability_participants", year: 2029, targetValue: 20 } });
    expect(t2.json.reading).toEqual({ status: "not-computed", reason: "not-found" });
    const dup = await h.call("POST", "/equal-opportunity/targets", { token: vp, body: { dimension: "disability", indicatorKey: "disability_participants", year: 2029, targetValue: 25 } });
    expect(dup.status).toBe(409);
    expect((await h.call("PUT", `/equal-opportunity/targets/${t2.json.id}`, { token: vp, body: { dimension: "disability", indicatorKey: "scholarship_holders_share", year: 2029, targetValue: 25, version: 1 } })).status).toBe(409);
    const ok = await h.call("PUT", `/equal-opportunity/targets/${t2.json.id}`, { token: vp, body: { dimension: "disability", indicatorKey: "disability_participants", year: 2029, targetValue: 25, version: 1 } });
    expect(ok.json.targetValue).toBe(25);
    const action = await h.call("POST", "/equal-opportunity/actions", { token: vp, body: { dimension: "gender", title: "Mentoring for women in engineering", owner: "DRI", dueDate: "2029-12-01", status: "in_progress" } });
    expect(action.json.overdue).toBe(true);
    const done = await h.call("PUT", `/equal-opportunity/actions/${action.json.id}`, { token: vp, body: { ...action.json, status: "done", version: 1 } });
    expect(done.json.overdue).toBe(false);
    expect((await h.call("PUT", `/equal-opportunity/actions/${action.json.id}`, { token: vp, body: { ...action.json, version: 1 } })).status).toBe(409);
    const all = await h.call("GET", "/equal-opportunity?year=2029", { token: analyst });
    expect(all.json.targets).toHaveLength(2);
    expect(all.json.actions).toHaveLength(1);
  });
});
