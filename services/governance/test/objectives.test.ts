import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectGuarded } from "@orbis/test-kit/access-matrix";
import { paths, startGovernance, type Harness } from "./harness";

let h: Harness;
let vp: string;
const NIL = "00000000-0000-4000-8000-000000000000";
beforeAll(async () => {
  h = await startGovernance({ now: () => new Date("2026-11-23T10:00:00Z") });
  vp = await h.tokenFor("leadership");
});
afterAll(() => h.close());

const objectiveBody = { title: "Doubler la mobilité sortante", indicatorKey: "outgoing_students", startYear: 2024, endYear: 2028, axis: "Mobilité" };

async function createObjective(overrides: Record<string, unknown> = {}) {
  const res = await h.call("POST", "/objectives", { token: vp, body: { ...objectiveBody, ...overrides } });
  expect(res.status).toBe(201);
  return res.json;
}

describe("policy objectives", () => {
  it("guards every route: 401 without a token, 403 for roles that may not", async () => {
    const o = await createObjective();
    await expectGuarded(h, [
      { method: "GET", path: "/indicators", wrongRole: "service" },
      { method: "GET", path: "/objectives", wrongRole: "coordinator" },
      { method: "POST", path: "/objectives", body: objectiveBody, wrongRole: "analyst" },
      { method: "GET", path: `/objectives/${o.id}`, wrongRole: "coordinator" },
      { method: "PATCH", path: `/objectives/${o.id}`, body: { version: 1 }, wrongRole: "outgoing" },
      { method: "DELETE", path: `/objectives/${o.id}?version=1`, wrongRole: "erasmus" },
      { method: "GET", path: `/objectives/${o.id}/progress`, wrongRole: "coordinator" },
      { method: "GET", path: "/objective-targets", wrongRole: "coordinator" },
      { method: "POST", path: "/objective-targets", body: { objectiveId: o.id, year: 2025, target: 1 }, wrongRole: "analyst" },
      { method: "GET", path: "/objective-values", wrongRole: "coordinator" },
      { method: "POST", path: "/objective-values", body: { objectiveId: o.id, year: 2025, value: 1, source: "x" }, wrongRole: "incoming" },
    ]);
    expect((await h.call("GET", "/objectives", { token: await h.tokenFor("analyst") })).status).toBe(200);
  });

  it("serves the indicator catalogue with units and French and English labels", async () => {
    const res = await h.call("GET", "/indicators", { token: await h.tokenFor("coordinator", ["CHINESE"]) });
    expect(res.status).toBe(200);
    expect(res.json).toContainEqual({ key: "partners_english_speaking", unit: "partners", label: expect.objectContaining({ en: "Partners in English-speaking countries" }) });
  });

  it("refuses bad input naming the field, and writes nothing", async () => {
    const before = (await h.call("GET", "/objectives", { token: vp })).json.total;
    const bad = await h.call("POST", "/objectives", { token: vp, body: { ...objectiveBody, indicatorKey: "nope", title: "" } });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(["body.indicatorKey", "body.title"]);
    const reversed = await h.call("POST", "/objectives", { token: vp, body: { ...objectiveBody, startYear: 2028, endYear: 2024 } });
    expect(reversed.status).toBe(400);
    expect(paths(reversed.json)).toEqual(["body.endYear"]);
    expect((await h.call("GET", "/objectives", { token: vp })).json.total).toBe(before);
    const o = await createObjective();
    const patch = await h.call("PATCH", `/objectives/${o.id}`, { token: vp, body: { version: 1, status: "won" } });
    expect(patch.status).toBe(400);
    expect(paths(patch.json)).toEqual(["body.status"]);
    const noVersion = await h.call("DELETE", `/objectives/${o.id}`, { token: vp });
    expect(noVersion.status).toBe(400);
    const target = await h.call("POST", "/objective-targets", { token: vp, body: { objectiveId: o.id, year: 2030, target: 10 } });
    expect(target.status).toBe(400);
    expect(paths(target.json)).toEqual(["body.year"]);
    const orphan = await h.call("POST", "/objective-values", { token: vp, body: { objectiveId: NIL, year: 2025, value: 1, source: "Rapport" } });
    expect(orphan.status).toBe(400);
    expect(paths(orphan.json)).toEqual(["body.objectiveId"]);
    const noSource = await h.call("POST", "/objective-values", { token: vp, body: { objectiveId: o.id, year: 2025, value: 1 } });
    expect(paths(noSource.json)).toEqual(["body.source"]);
    const badQuery = await h.call("GET", "/objectives?limit=0", { token: vp });
    expect(badQuery.status).toBe(400);
    expect(paths(badQuery.json)).toEqual(["query.limit"]);
  });

  it("edits with the version seen (stale -> 409), audits every write, deletes", async () => {
    const o = await createObjective({ title: "Partenaires anglophones", indicatorKey: "partners_english_speaking" });
    const edited = await h.call("PATCH", `/objectives/${o.id}`, { token: vp, body: { version: 1, owner: "VP RI" } });
    expect(edited.status).toBe(200);
    expect(edited.json).toMatchObject({ version: 2, owner: "VP RI", title: "Partenaires anglophones" });
    const stale = await h.call("PATCH", `/objectives/${o.id}`, { token: vp, body: { version: 1, owner: "Autre" } });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe("stale_version");
    expect((await h.call("DELETE", `/objectives/${o.id}?version=1`, { token: vp })).status).toBe(409);
    expect((await h.call("DELETE", `/objectives/${o.id}?version=2`, { token: vp })).status).toBe(204);
    expect((await h.call("GET", `/objectives/${o.id}`, { token: vp })).status).toBe(404);
    const trail = await h.call("GET", `/audit?entity=objective&entityId=${o.id}`, { token: await h.tokenFor("admin") });
    expect(trail.json.items.map((a: { action: string }) => a.action).sort()).toEqual(["create", "delete", "update"]);
  });

  it("shows progress per year: figure entered by hand, else analytics, else not computed yet", async () => {
    const o = await createObjective({ startYear: 2024, endYear: 2027 });
    for (const [year, target] of [[2024, 400], [2025, 450], [2026, 500], [2027, 550]] as const) {
      expect((await h.call("POST", "/objective-targets", { token: vp, body: { objectiveId: o.id, year, target } })).status).toBe(201);
    }
    const dup = await h.call("POST", "/objective-targets", { token: vp, body: { objectiveId: o.id, year: 2024, target: 1 } });
    expect(dup.status).toBe(409);
    expect(paths(dup.json)).toEqual(["body.year"]);
    expect((await h.call("POST", "/objective-values", { token: vp, body: { objectiveId: o.id, year: 2024, value: 420, source: "Bilan annuel DRI 2024" } })).status).toBe(201);
    h.analyticsFigures.set("outgoing_students", 2025, 405);
    const res = await h.call("GET", `/objectives/${o.id}/progress`, { token: await h.tokenFor("analyst") });
    expect(res.status).toBe(200);
    const [y2024, y2025, y2026, y2027] = res.json.years;
    expect(y2024).toMatchObject({ year: 2024, target: 400, value: 420, origin: "manual", source: "Bilan annuel DRI 2024", progressPercent: 105, met: true });
    expect(y2025).toMatchObject({ year: 2025, value: 405, origin: "analytics", progressPercent: 90, met: false });
    expect(y2026).toMatchObject({ year: 2026, value: null, origin: "none", reading: { status: "not-computed", reason: "not-found" } });
    expect(y2027).toMatchObject({ year: 2027, value: null, reading: null }); // the future is not asked
    h.analyticsFigures.setDown(true);
    const down = await h.call("GET", `/objectives/${o.id}/progress`, { token: vp });
    expect(down.json.years[1]).toMatchObject({ origin: "none", reading: { status: "not-computed", reason: "unavailable" } });
    h.analyticsFigures.setDown(false);
  });

  it("filters the list by status, indicator, year and title", async () => {
    await createObjective({ title: "Accueil international", indicatorKey: "incoming_students", startYear: 2020, endYear: 2022, status: "achieved" });
    const byYear = await h.call("GET", "/objectives?year=2021", { token: vp });
    expect(byYear.json.items.map((o: { title: string }) => o.title)).toEqual(["Accueil international"]);
    const byStatus = await h.call("GET", "/objectives?status=achieved&indicatorKey=incoming_students&q=accueil", { token: vp });
    expect(byStatus.json.total).toBe(1);
  });
});
