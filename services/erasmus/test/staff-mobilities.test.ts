import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectGuarded } from "@orbis/test-kit/access-matrix";
import { eq } from "drizzle-orm";
import { audit } from "../src/db/schema/index";
import { distanceBandOf, staffGrantInput } from "../src/domain/staff-mobilities";
import { asTeam, NOW, teachingMobility } from "./fixtures-b";
import { projectBody, putRates } from "./fixtures";
import { paths, startErasmus, type Harness } from "./harness";

const ID = "00000000-0000-4000-8000-000000000001";
let h: Harness;
let team: Awaited<ReturnType<typeof asTeam>>;
beforeAll(async () => {
  h = await startErasmus({ now: () => NOW });
  team = await asTeam(h);
});
afterAll(() => h.close());

describe("staff mobilities", () => {
  it("answers 401 without a token and 403 to other roles on every route; leadership and analysts read", async () => {
    await expectGuarded(h, [
      { method: "GET", path: "/staff-mobilities", wrongRole: "outgoing" },
      { method: "POST", path: "/staff-mobilities", body: teachingMobility(), wrongRole: "leadership" },
      { method: "GET", path: `/staff-mobilities/${ID}`, wrongRole: "incoming" },
      { method: "PATCH", path: `/staff-mobilities/${ID}`, body: { version: 1, distanceKm: 10 }, wrongRole: "analyst" },
      { method: "POST", path: `/staff-mobilities/${ID}/steps`, body: { step: "cancel", version: 1, comment: "x" }, wrongRole: "coordinator" },
    ]);
    for (const role of ["leadership", "analyst"]) expect((await h.call("GET", "/staff-mobilities", { token: await h.tokenFor(role) })).status).toBe(200);
  });

  it("records an application, with the days counted and an audit row", async () => {
    const created = await team("POST", "/staff-mobilities", teachingMobility());
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ status: "applied", days: 5, academicYear: 2026, version: 1, participant: { staffId: null, fewerOpportunities: false } });
    const rows = await h.db.select().from(audit).where(eq(audit.entityId, created.json.id));
    expect(rows.map((r) => r.action)).toEqual(["create"]);
    expect(staffGrantInput(created.json, { action: "KA131", callYear: 2026 })).toMatchObject({ kind: "staff", activity: "teaching", distanceBand: "500-1999", travelDays: 2, countryCode: "ES" });
  });

  it("refuses bad input naming the field, and writes nothing", async () => {
    const before = (await team("GET", "/staff-mobilities")).json.total;
    const cases: Array<[unknown, string[]]> = [
      [teachingMobility({ endDate: "2027-03-01" }), ["body.endDate"]],
      [teachingMobility({ endDate: "2027-06-30" }), ["body.endDate"]],
      [teachingMobility({ teachingHours: 4 }), ["body.teachingHours"]],
      [teachingMobility({ travelDays: 4, greenTravel: false }), ["body.travelDays"]],
      [{ ...teachingMobility(), type: "sabbatical" }, ["body.type"]],
      [{ ...teachingMobility(), host: { ...teachingMobility().host, countryCode: "Spain" } }, ["body.host.countryCode"]],
      [teachingMobility({ projectId: ID }), ["body.projectId"]],
    ];
    for (const [body, expected] of cases) {
      const answer = await team("POST", "/staff-mobilities", body);
      expect(answer.status, JSON.stringify(expected)).toBe(400);
      expect(paths(answer.json)).toEqual(expected);
    }
    expect((await team("GET", "/staff-mobilities")).json.total).toBe(before);
  });

  it("edits with the version seen; a stale version is a 409 and an edit is checked against the whole record", async () => {
    const { json: m } = await team("POST", "/staff-mobilities", teachingMobility({ participant: { ...teachingMobility().participant, email: "paul.roy@orbis.test", lastName: "Roy" } }));
    const edited = await team("PATCH", `/staff-mobilities/${m.id}`, { version: 1, endDate: "2027-03-10" });
    expect(edited.json).toMatchObject({ version: 2, days: 3 });
    expect((await team("PATCH", `/staff-mobilities/${m.id}`, { version: 1, distanceKm: 900 })).status).toBe(409);
    const tooShort = await team("PATCH", `/staff-mobilities/${m.id}`, { version: 2, endDate: "2027-03-08" });
    expect(tooShort.status).toBe(400);
    expect(paths(tooShort.json)).toEqual(["body.endDate"]);
    const unknown = await team("PATCH", `/staff-mobilities/${ID}`, { version: 1, distanceKm: 10 });
    expect(unknown.status).toBe(404);
  });

  it("takes the workflow steps in order: select, sign the agreement, report; a wrong step is a 409", async () => {
    const { json: m } = await team("POST", "/staff-mobilities", teachingMobility({ participant: { ...teachingMobility().participant, email: "eve.dubois@orbis.test" } }));
    expect((await team("POST", `/staff-mobilities/${m.id}/steps`, { step: "sign-agreement", version: 1, on: "2026-12-01" })).status).toBe(409);
    const selected = await team("POST", `/staff-mobilities/${m.id}/steps`, { step: "select", version: 1, on: "2026-11-20", score: 82 });
    expect(selected.json).toMatchObject({ status: "selected", selectionScore: 82, decidedOn: "2026-11-20", version: 2 });
    const agreed = await team("POST", `/staff-mobilities/${m.id}/steps`, { step: "sign-agreement", version: 2, on: "2027-01-15" });
    expect(agreed.json).toMatchObject({ status: "agreed", agreementSignedOn: "2027-01-15" });
    const early = await team("POST", `/staff-mobilities/${m.id}/steps`, { step: "report", version: 3, on: "2027-03-01", report: "Bien." });
    expect(early.status).toBe(400);
    expect(paths(early.json)).toEqual(["body.on"]);
    const noReport = await team("POST", `/staff-mobilities/${m.id}/steps`, { step: "report", version: 3, on: "2027-03-20", report: "" });
    expect(paths(noReport.json)).toEqual(["body.report"]);
    const reported = await team("POST", `/staff-mobilities/${m.id}/steps`, { step: "report", version: 3, on: "2027-03-20", report: "Cours donnés, 8 heures." });
    expect(reported.json).toMatchObject({ status: "reported", reportSubmittedOn: "2027-03-20" });
    expect((await team("PATCH", `/staff-mobilities/${m.id}`, { version: 4, distanceKm: 900 })).status).toBe(409);
    const stale = await team("POST", `/staff-mobilities/${m.id}/steps`, { step: "cancel", version: 1, comment: "x" });
    expect(stale.status).toBe(409);
  });

  it("rejects with a reason and filters the list", async () => {
    const { json: m } = await team("POST", "/staff-mobilities", teachingMobility({ type: "training", teachingHours: null, participant: { ...teachingMobility().participant, email: "zoe.martin@orbis.test", lastName: "Martin", category: "administrative", department: null } }));
    expect(paths((await team("POST", `/staff-mobilities/${m.id}/steps`, { step: "reject", version: 1, on: "2026-11-20" })).json)).toEqual(["body.comment"]);
    expect((await team("POST", `/staff-mobilities/${m.id}/steps`, { step: "reject", version: 1, on: "2026-11-20", comment: "Budget épuisé" })).json.status).toBe("rejected");
    const training = await team("GET", "/staff-mobilities?type=training&status=rejected");
    expect(training.json.items.map((i: { id: string }) => i.id)).toEqual([m.id]);
    expect((await team("GET", "/staff-mobilities?q=martin")).json.total).toBe(1);
    expect(paths((await team("GET", "/staff-mobilities?status=lost")).json)).toEqual(["query.status"]);
  });

  it("feeds the grant engine: travel by distance band and individual support by days, each explained", async () => {
    expect([9, 10, 99, 100, 1999, 2000, 8000].map(distanceBandOf)).toEqual([null, "10-99", "10-99", "100-499", "500-1999", "2000-2999", "8000+"]);
    const project = await team("POST", "/projects", projectBody({ callYear: 2026 }));
    await putRates(h, 2026);
    const { json: m } = await team("POST", "/staff-mobilities", teachingMobility({ projectId: project.json.id, participant: { ...teachingMobility().participant, email: "grant@orbis.test" } }));
    const grant = await h.call("GET", `/staff-mobilities/${m.id}/grant`, { token: await h.tokenFor("leadership") });
    expect(grant.status).toBe(200);
    // 500-1999 km, standard travel: 275 EUR (DOMAIN.md).
    expect(grant.json.result.components.find((c: { code: string }) => c.code === "travel")).toMatchObject({ amountCents: 27_500 });
    const individual = grant.json.result.components.find((c: { code: string }) => c.code === "individualSupport");
    expect(individual.amountCents).toBeGreaterThan(0);
    expect(individual.explanation).not.toBe("");
    const { json: unassigned } = await team("POST", "/staff-mobilities", teachingMobility({ participant: { ...teachingMobility().participant, email: "none@orbis.test" } }));
    expect((await team("GET", `/staff-mobilities/${unassigned.id}/grant`)).status).toBe(422);
    await expectGuarded(h, [{ method: "GET", path: `/staff-mobilities/${m.id}/grant`, wrongRole: "outgoing" }]);
  });
});
