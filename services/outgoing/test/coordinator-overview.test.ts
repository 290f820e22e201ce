import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMobility, laContent, NOW } from "./followup-fixtures";
import { paths, startOutgoing, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startOutgoing({ now: () => NOW });
});
afterAll(() => h.close());

describe("GET /coordinator/overview", () => {
  it("gives the coordinator's departments' mobilities of the current year with late steps and pending agreements", async () => {
    const late = await createMobility(h, { plannedStart: "2026-12-01", plannedEnd: "2027-05-31", lastName: "Aubert" });
    const withDraft = await createMobility(h, { lastName: "Blanc" });
    await h.call("POST", `/mobilities/${withDraft.id}/learning-agreement`, { token: await h.tokenFor("outgoing"), body: laContent() });
    await createMobility(h, { department: "LAW" });
    await createMobility(h, { academicYear: 2027, plannedStart: "2027-09-01", plannedEnd: "2028-01-31" });
    const overview = await h.call("GET", "/coordinator/overview", { token: await h.tokenFor("coordinator", ["CHINESE"]) });
    expect(overview.status).toBe(200);
    expect(overview.json.academicYear).toBe(2026);
    expect(overview.json.departments).toEqual(["CHINESE"]);
    const rows = overview.json.items.map((i: { mobility: { id: string }; lateSteps: number; learningAgreementStatus: string }) => [i.mobility.id, i.lateSteps, i.learningAgreementStatus]);
    expect(rows).toEqual([
      [late.id, 1, "none"],
      [withDraft.id, 0, "draft"],
    ]);
    expect(overview.json.totals).toEqual({ mobilities: 2, lateSteps: 1, pendingLearningAgreements: 2 });
    const team = await h.call("GET", "/coordinator/overview?academicYear=2027", { token: await h.tokenFor("outgoing") });
    expect(team.json.totals.mobilities).toBe(1);
  });

  it("refuses a bad year, callers without a token and roles outside the team and coordinators", async () => {
    const bad = await h.call("GET", "/coordinator/overview?academicYear=20", { token: await h.tokenFor("coordinator", ["CHINESE"]) });
    expect(paths(bad.json)).toEqual(["query.academicYear"]);
    expect((await h.call("GET", "/coordinator/overview")).status).toBe(401);
    expect((await h.call("GET", "/coordinator/overview", { token: await h.tokenFor("analyst") })).status).toBe(403);
  });
});

describe("OpenAPI document", () => {
  it("publishes the follow-up and learning agreement routes with their access rules", async () => {
    const doc = (await h.call("GET", "/openapi.json")).json;
    expect(doc.paths["/api/outgoing/mobilities"].post["x-orbis-access"]).toEqual(["outgoing", "admin"]);
    expect(doc.paths["/api/outgoing/mobilities/{id}/cancel"].post["x-orbis-access"]).toEqual(["outgoing", "admin"]);
    expect(doc.paths["/api/outgoing/mobilities/{id}/steps/{step}"].patch["x-orbis-access"]).toContain("coordinator");
    expect(doc.paths["/api/outgoing/learning-agreements/{id}/reject"].post["x-orbis-access"]).toContain("coordinator");
    expect(Object.keys(doc.paths)).toContain("/api/outgoing/mobilities/{id}/learning-agreement/ewp");
  });
});
