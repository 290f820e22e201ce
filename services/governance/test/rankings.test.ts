import { RANKING_FIGURE_KEYS } from "@orbis/contracts/governance";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { paths, startGovernance, type Harness } from "./harness";

let h: Harness;
let vp: string, analyst: string, coordinator: string;
beforeAll(async () => {
  h = await startGovernance();
  [vp, analyst, coordinator] = await Promise.all([h.tokenFor("leadership"), h.tokenFor("analyst"), h.tokenFor("coordinator", ["LAW"])]);
  h.analyticsFigures.set("outgoing_students", 2030, 412);
  h.analyticsFigures.set("incoming_students", 2030, 388);
});
afterAll(() => h.close());

const ENTERED = RANKING_FIGURE_KEYS.filter((k) => !["international_students_headcount", "inbound_exchange_students", "outbound_exchange_students"].includes(k));

describe("rankings inputs", () => {
  it("guards every route: 401 anonymous, 403 outside the roles, readers cannot write", async () => {
    const id = "00000000-0000-4000-8000-000000000000";
    const routes: Array<[string, string, boolean]> = [
      ["GET", "/rankings", false], ["POST", "/rankings", true], ["GET", `/rankings/${id}`, false], ["PUT", `/rankings/${id}/figures/students_fte`, true],
      ["POST", `/rankings/${id}/steps`, true], ["GET", `/rankings/${id}/export`, false],
    ];
    for (const [method, path, write] of routes) {
      const body = method === "GET" ? undefined : {};
      expect((await h.call(method, path, { body })).status, path).toBe(401);
      expect((await h.call(method, path, { token: coordinator, body })).status, path).toBe(403);
      if (write) expect((await h.call(method, path, { token: analyst, body })).status, path).toBe(403);
    }
  });

  it("opens an exercise with computed figures from analytics, the rest waiting; a second one for the same year is a 409", async () => {
    const bad = await h.call("POST", "/rankings", { token: vp, body: { scheme: "ARWU", referenceYear: 1990 } });
    expect(paths(bad.json)).toEqual(["body.referenceYear", "body.scheme"]);
    const created = await h.call("POST", "/rankings", { token: vp, body: { scheme: "QS", referenceYear: 2030 } });
    expect(created.status).toBe(201);
    const byKey = Object.fromEntries(created.json.figures.map((f: { key: string }) => [f.key, f]));
    expect(byKey.outbound_exchange_students).toMatchObject({ mode: "computed", value: 412 });
    expect(byKey.international_students_headcount).toMatchObject({ mode: "computed", value: null });
    expect(byKey.students_fte).toMatchObject({ mode: "entered", value: null });
    const again = await h.call("POST", "/rankings", { token: vp, body: { scheme: "QS", referenceYear: 2030 } });
    expect(again.status).toBe(409);
    expect(paths(again.json)).toEqual(["body.referenceYear"]);
    expect((await h.call("GET", "/rankings", { token: analyst })).json).toHaveLength(1);
  });

  it("enters figures with sources, reviews only when complete, locks, then refuses every edit with 409", async () => {
    const created = await h.call("POST", "/rankings", { token: vp, body: { scheme: "THE", referenceYear: 2030 } });
    let ex = created.json;
    const noSource = await h.call("PUT", `/rankings/${ex.id}/figures/students_fte`, { token: vp, body: { mode: "entered", value: 10, version: ex.version } });
    expect(paths(noSource.json)).toEqual(["body.source"]);
    const cannot = await h.call("PUT", `/rankings/${ex.id}/figures/students_fte`, { token: vp, body: { mode: "computed", version: ex.version } });
    expect(paths(cannot.json)).toEqual(["body.mode"]);
    expect((await h.call("PUT", `/rankings/${ex.id}/figures/nonsense`, { token: vp, body: { mode: "entered", value: 1, source: "x", version: 1 } })).status).toBe(400);
    const early = await h.call("POST", `/rankings/${ex.id}/steps`, { token: vp, body: { action: "review", version: ex.version } });
    expect(early.status).toBe(409);
    for (const key of [...ENTERED, "international_students_headcount"]) {
      const r = await h.call("PUT", `/rankings/${ex.id}/figures/${key}`, { token: vp, body: { mode: "entered", value: 1234.5, source: "SISE 2030 census", version: ex.version } });
      expect(r.status, key).toBe(200);
      ex = r.json;
    }
    expect((await h.call("PUT", `/rankings/${ex.id}/figures/students_fte`, { token: vp, body: { mode: "entered", value: 1, source: "x", version: 1 } })).status).toBe(409);
    ex = (await h.call("POST", `/rankings/${ex.id}/steps`, { token: vp, body: { action: "review", version: ex.version } })).json;
    expect(ex).toMatchObject({ status: "reviewed", reviewedBy: "leadership@test.invalid" });
    expect((await h.call("POST", `/rankings/${ex.id}/steps`, { token: vp, body: { action: "review", version: ex.version } })).status).toBe(409);
    ex = (await h.call("POST", `/rankings/${ex.id}/steps`, { token: vp, body: { action: "lock", version: ex.version } })).json;
    expect(ex.status).toBe("locked");
    const locked = await h.call("PUT", `/rankings/${ex.id}/figures/students_fte`, { token: vp, body: { mode: "entered", value: 2, source: "x", version: ex.version } });
    expect(locked.status).toBe(409);
    expect((await h.call("POST", `/rankings/${ex.id}/steps`, { token: vp, body: { action: "reopen", version: ex.version } })).status).toBe(409);

    const csv = await h.call("GET", `/rankings/${ex.id}/export?format=csv&lang=en`, { token: analyst });
    expect(String(csv.json)).toContain("SISE 2030 census");
    expect(String(csv.json)).toContain("Outbound exchange students");
    const pdf = await h.request(`/rankings/${ex.id}/export?format=pdf`, { headers: { authorization: `Bearer ${analyst}` } });
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe("%PDF-");
    const xlsx = await h.request(`/rankings/${ex.id}/export?format=xlsx`, { headers: { authorization: `Bearer ${analyst}` } });
    expect(xlsx.status).toBe(200);
    expect((await h.call("GET", `/rankings/${ex.id}/export?format=doc`, { token: analyst })).status).toBe(400);
  });
});
