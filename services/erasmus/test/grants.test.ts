import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startErasmus, paths, type Harness } from "./harness";
import { createProject, moveOutgoingMobility, outgoingMobility, putRates } from "./fixtures";

let h: Harness;
let erasmus: string;
beforeAll(async () => {
  h = await startErasmus();
  erasmus = await h.tokenFor("erasmus");
  await putRates(h, 2026);
});
afterAll(() => h.close());

const grantOf = async (mobilityId: string) => {
  const list = await h.call("GET", "/grants?limit=500", { token: erasmus });
  return list.json.items.find((g: { mobilityId: string }) => g.mobilityId === mobilityId);
};

describe("student grants from the outgoing service", () => {
  it("synchronises through outgoing's API: creates grants, then recalculates changed dates and keeps the history", async () => {
    const project = await createProject(h);
    const germany = await outgoingMobility(h, { hostCountry: "DE", plannedStart: "2026-09-01", plannedEnd: "2027-01-31", actualStart: null, actualEnd: null, status: "planned" });
    const spain = await outgoingMobility(h, { hostCountry: "ES", fewerOpportunities: true, plannedStart: "2026-09-15", plannedEnd: "2026-12-20", actualStart: null, actualEnd: null, status: "planned" });
    await outgoingMobility(h, { programme: "BILATERAL", hostCountry: "JP" });

    const first = await h.call("POST", "/sync", { token: erasmus, body: { academicYear: 2026 } });
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ fetched: 2, created: 2, updated: 0 });
    const g = await grantOf(germany.id);
    expect(g).toMatchObject({ projectId: project.id, totalCents: 300_000, problem: null, participantRef: germany.studentNumber });
    expect(g.result.components[0].explanation).toContain("5 month(s) x 600.00 EUR");
    // Long-term with fewer opportunities gets travel support: without a distance band the grant is incomplete.
    expect((await grantOf(spain.id)).problem).toContain("distanceBand");

    await moveOutgoingMobility(h, germany.id, { plannedEnd: "2026-12-31" });
    const second = await h.call("POST", "/sync", { token: erasmus, body: { academicYear: 2026 } });
    expect(second.json).toMatchObject({ fetched: 2, created: 0, updated: 1, unchanged: 1 });
    expect(second.json.changes[0]).toMatchObject({ grantId: g.id, totalBefore: 300_000, totalAfter: 240_000, changes: [{ field: "plannedEnd", before: "2027-01-31", after: "2026-12-31" }] });
    const history = await h.call("GET", `/grants/${g.id}/history`, { token: erasmus });
    expect(history.json.map((e: { totalCents: number }) => e.totalCents)).toEqual([240_000, 300_000]);
    expect(history.json[0].reason).toContain("plannedEnd");
    const last = await h.call("GET", "/sync/last", { token: await h.tokenFor("leadership") });
    expect(last.json.run.id).toBe(second.json.id);
  });

  it("the team completes a grant (band, green travel); bad settings name the field and write nothing; a stale version is 409", async () => {
    const spain = await outgoingMobility(h, { hostCountry: "ES", fewerOpportunities: true, plannedStart: "2026-09-15", plannedEnd: "2026-12-20", actualStart: null, actualEnd: null, status: "planned" });
    await h.call("POST", "/sync", { token: erasmus, body: { academicYear: 2026 } });
    const g = await grantOf(spain.id);
    const bad = await h.call("PATCH", `/grants/${g.id}`, { token: erasmus, body: { version: g.version, interruptions: [{ start: "2027-02-01", end: "2027-02-10" }] } });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(["body.interruptions.0.start"]);
    const unknownBand = await h.call("PATCH", `/grants/${g.id}`, { token: erasmus, body: { version: g.version, distanceBand: "900-1000" } });
    expect(unknownBand.status).toBe(400);
    expect(paths(unknownBand.json)).toEqual(["body.distanceBand"]);
    const done = await h.call("PATCH", `/grants/${g.id}`, { token: erasmus, body: { version: g.version, distanceBand: "500-1999", reason: "Distance calculator: 1,050 km" } });
    expect(done.status).toBe(200);
    expect(done.json).toMatchObject({ problem: null, totalCents: 172_800 + 80_000 + 27_500, version: g.version + 1 });
    const stale = await h.call("PATCH", `/grants/${g.id}`, { token: erasmus, body: { version: g.version, greenTravel: true } });
    expect(stale.status).toBe(409);
    const history = await h.call("GET", `/grants/${g.id}/history`, { token: erasmus });
    expect(history.json[0].reason).toBe("Distance calculator: 1,050 km");
  });

  it("recalculates grants with edited rates, keeping each change in the history", async () => {
    const rates = await h.call("GET", "/rates/2026", { token: erasmus });
    const { callYear: _y, updatedAt: _u, ...body } = rates.json;
    const raised = await h.call("PUT", "/rates/2026", { token: erasmus, body: { ...body, studentMonthly: { ...body.studentMonthly, G1: 61_000 } } });
    expect(raised.status).toBe(200);
    const stale = await h.call("PUT", "/rates/2026", { token: erasmus, body: { ...body } });
    expect(stale.status).toBe(409);
    const twice = await h.call("PUT", "/rates/2026", { token: erasmus, body: { ...body, version: raised.json.version, countryGroups: { ...body.countryGroups, G2: [...body.countryGroups.G2, "DE"] } } });
    expect(paths(twice.json)).toEqual(["body.countryGroups"]);
    const result = await h.call("POST", "/grants/recalculate", { token: erasmus, body: { callYear: 2026 } });
    expect(result.status).toBe(200);
    expect(result.json.changed).toBeGreaterThan(0);
    const list = await h.call("GET", "/grants?academicYear=2026&incomplete=false&limit=500", { token: erasmus });
    const germanOnes = list.json.items.filter((g: { countryCode: string }) => g.countryCode === "DE");
    expect(germanOnes.every((g: { result: { components: Array<{ lines: Array<{ rateCents: number; unit: string }> }> } }) => g.result.components[0]!.lines[0]!.rateCents === 61_000)).toBe(true);
  });
});
