import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { principalFor } from "@orbis/test-kit";
import { paths, startGovernance, type Harness } from "./harness";

let h: Harness;
let vp: string, outgoing: string, analyst: string, coordLang: string, coordLaw: string, service: string;
beforeAll(async () => {
  h = await startGovernance();
  [vp, outgoing, analyst, coordLang, coordLaw, service] = await Promise.all([
    h.tokenFor("leadership"),
    h.tokenFor("outgoing"),
    h.tokenFor("analyst"),
    h.signer.sign({ ...principalFor("coordinator", ["LANG"]), email: "lang.coordinator@test.invalid" }),
    h.signer.sign({ ...principalFor("coordinator", ["LAW"]), email: "law.coordinator@test.invalid" }),
    h.tokenFor("service"),
  ]);
});
afterAll(() => h.close());

const request = (over: Record<string, unknown> = {}) => ({
  department: "LANG",
  destinationCity: "Xi'an",
  destinationCountry: "CN",
  purpose: "Teaching week at the partner university",
  startDate: "2031-03-02",
  endDate: "2031-03-09",
  costLines: [
    { category: "transport", label: "Flight", amountCents: 90_000 },
    { category: "accommodation", label: "Hotel", amountCents: 40_000 },
  ],
  ...over,
});

async function submitted(token: string, over: Record<string, unknown> = {}) {
  const created = await h.call("POST", "/missions", { token, body: request(over) });
  expect(created.status).toBe(201);
  const sub = await h.call("POST", `/missions/${created.json.id}/transitions`, { token, body: { action: "submit", version: created.json.version } });
  expect(sub.status).toBe(200);
  return sub.json;
}

describe("staff missions", () => {
  it("refuses anonymous callers and roles outside the DRI on every route", async () => {
    const id = "00000000-0000-4000-8000-000000000000";
    const routes: Array<[string, string]> = [
      ["GET", "/missions"], ["POST", "/missions"], ["GET", `/missions/${id}`], ["PUT", `/missions/${id}`],
      ["POST", `/missions/${id}/transitions`], ["GET", "/missions/export"], ["GET", "/mission-budgets/2031"], ["PUT", "/mission-budgets/2031"],
    ];
    for (const [method, path] of routes) {
      const body = method === "GET" ? undefined : {};
      expect((await h.call(method, path, { body })).status, `${method} ${path}`).toBe(401);
      expect((await h.call(method, path, { token: service, body })).status, `${method} ${path}`).toBe(403);
    }
    expect((await h.call("POST", "/missions", { token: analyst, body: request() })).status).toBe(403);
    expect((await h.call("PUT", "/mission-budgets/2031", { token: outgoing, body: { envelopeCents: 1 } })).status).toBe(403);
    expect((await h.call("GET", "/mission-budgets/2031", { token: coordLang })).status).toBe(403);
  });

  it("names the fields at fault and writes nothing", async () => {
    const bad = await h.call("POST", "/missions", { token: outgoing, body: request({ endDate: "2031-03-01", destinationCountry: "XX", costLines: [] }) });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(["body.costLines", "body.destinationCountry", "body.endDate"]);
    const list = await h.call("GET", "/missions?mine=true", { token: outgoing });
    expect(list.json.total).toBe(0);
    expect((await h.call("GET", "/missions?limit=0", { token: outgoing })).status).toBe(400);
    expect((await h.call("GET", "/missions/not-a-uuid", { token: outgoing })).status).toBe(400);
    const budget = await h.call("PUT", "/mission-budgets/2040", { token: vp, body: { envelopeCents: -1 } });
    expect(budget.status).toBe(400);
    expect(paths(budget.json)).toEqual(["body.envelopeCents"]);
    expect(paths((await h.call("GET", "/mission-budgets/1999", { token: vp })).json)).toEqual(["params.year"]);
    expect(paths((await h.call("POST", `/missions/00000000-0000-4000-8000-000000000000/transitions`, { token: vp, body: { action: "refuse", version: 1 } })).json)).toEqual(["body.note"]);
    expect(paths((await h.call("POST", `/missions/00000000-0000-4000-8000-000000000000/transitions`, { token: vp, body: { action: "reimburse", version: 1 } })).json)).toEqual(["body.reimbursedCents", "body.reimbursedOn"]);
  });

  it("runs draft -> submitted -> approved -> completed -> reimbursed with audit rows and a stale version refused", async () => {
    await h.call("PUT", "/mission-budgets/2031", { token: vp, body: { envelopeCents: 10_000_000 } });
    const created = await h.call("POST", "/missions", { token: outgoing, body: request() });
    expect(created.json).toMatchObject({ status: "draft", totalCents: 130_000, year: 2031, requesterEmail: "outgoing@test.invalid" });
    const edited = await h.call("PUT", `/missions/${created.json.id}`, { token: outgoing, body: { ...request({ purpose: "Teaching week and network meeting" }), version: 1 } });
    expect(edited.status).toBe(200);
    expect((await h.call("PUT", `/missions/${created.json.id}`, { token: outgoing, body: { ...request(), version: 1 } })).status).toBe(409);
    expect((await h.call("PUT", `/missions/${created.json.id}`, { token: await h.tokenFor("erasmus"), body: { ...request(), version: 2 } })).status).toBe(403);
    let m = (await h.call("POST", `/missions/${created.json.id}/transitions`, { token: outgoing, body: { action: "submit", version: 2 } })).json;
    expect(m.status).toBe("submitted");
    expect((await h.call("POST", `/missions/${m.id}/transitions`, { token: outgoing, body: { action: "approve", version: m.version } })).status).toBe(403);
    m = (await h.call("POST", `/missions/${m.id}/transitions`, { token: vp, body: { action: "approve", version: m.version, note: "Priority partner" } })).json;
    expect(m).toMatchObject({ status: "approved", decidedBy: "leadership@test.invalid", decisionNote: "Priority partner" });
    expect((await h.call("PUT", `/missions/${m.id}`, { token: outgoing, body: { ...request(), version: m.version } })).status).toBe(409);
    m = (await h.call("POST", `/missions/${m.id}/transitions`, { token: outgoing, body: { action: "complete", version: m.version } })).json;
    const early = await h.call("POST", `/missions/${m.id}/transitions`, { token: outgoing, body: { action: "submit", version: m.version } });
    expect(early.status).toBe(409);
    m = (await h.call("POST", `/missions/${m.id}/transitions`, { token: vp, body: { action: "reimburse", version: m.version, reimbursedCents: 128_500, reimbursedOn: "2031-04-02" } })).json;
    expect(m).toMatchObject({ status: "reimbursed", reimbursedCents: 128_500, reimbursedOn: "2031-04-02" });
    const trail = await h.call("GET", `/audit?entity=mission&entityId=${m.id}`, { token: await h.tokenFor("admin") });
    expect(trail.json.items.map((a: { action: string }) => a.action)).toEqual(["reimburse", "complete", "approve", "submit", "update", "create"]);
    const budget = await h.call("GET", "/mission-budgets/2031", { token: analyst });
    expect(budget.json).toMatchObject({ envelopeCents: 10_000_000, committedCents: 130_000, remainingCents: 9_870_000 });
  });

  it("refuses approval beyond the envelope, and only one of two racing approvals gets the last euros", async () => {
    const none = await submitted(outgoing, { startDate: "2032-05-01", endDate: "2032-05-03" });
    const noEnvelope = await h.call("POST", `/missions/${none.id}/transitions`, { token: vp, body: { action: "approve", version: none.version } });
    expect(noEnvelope.status).toBe(409);
    const set = await h.call("PUT", "/mission-budgets/2032", { token: vp, body: { envelopeCents: 200_000 } });
    expect(set.json.version).toBe(1);
    expect((await h.call("PUT", "/mission-budgets/2032", { token: vp, body: { envelopeCents: 200_000 } })).status).toBe(400);
    expect((await h.call("PUT", "/mission-budgets/2032", { token: vp, body: { envelopeCents: 200_000, version: 7 } })).status).toBe(409);
    const other = await submitted(await h.tokenFor("erasmus"), { startDate: "2032-06-01", endDate: "2032-06-03" });
    const [a, b] = await Promise.all([
      h.call("POST", `/missions/${none.id}/transitions`, { token: vp, body: { action: "approve", version: none.version } }),
      h.call("POST", `/missions/${other.id}/transitions`, { token: vp, body: { action: "approve", version: other.version } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const budget = await h.call("GET", "/mission-budgets/2032", { token: vp });
    expect(budget.json).toMatchObject({ committedCents: 130_000, remainingCents: 70_000, pendingCents: 130_000 });
    const lower = await h.call("PUT", "/mission-budgets/2032", { token: vp, body: { envelopeCents: 100_000, version: 1 } });
    expect(lower.status).toBe(409);
    expect(paths(lower.json)).toEqual(["body.envelopeCents"]);
  });

  it("shows coordinators their departments' missions only, and lets them file for those", async () => {
    const mine = await submitted(coordLaw, { department: "LAW" });
    const list = await h.call("GET", "/missions", { token: coordLang });
    expect(list.json.items.every((m: { department: string }) => m.department === "LANG")).toBe(true);
    expect((await h.call("GET", `/missions/${mine.id}`, { token: coordLang })).status).toBe(404);
    expect((await h.call("GET", `/missions/${mine.id}`, { token: coordLaw })).status).toBe(200);
    const outside = await h.call("POST", "/missions", { token: coordLaw, body: request({ department: "LANG" }) });
    expect(outside.status).toBe(403);
    expect(paths(outside.json)).toEqual(["body.department"]);
  });

  it("exports the filtered list as CSV and XLSX", async () => {
    const csv = await h.call("GET", "/missions/export?year=2031&status=reimbursed&format=csv", { token: vp });
    expect(csv.status).toBe(200);
    expect(csv.contentType).toContain("text/csv");
    const lines = String(csv.json).trim().split(/\r?\n/);
    expect(lines[0]).toContain("Demandeur / Requester");
    expect(lines).toHaveLength(2);
    const xlsx = await h.request("/missions/export?format=xlsx", { headers: { authorization: `Bearer ${vp}` } });
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    const bytes = new Uint8Array(await xlsx.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
    expect((await h.call("GET", "/missions/export?format=pdf", { token: vp })).status).toBe(400);
  });
});
