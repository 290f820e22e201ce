import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import { readXlsx } from "@orbis/documents/tables";
import { expectGuarded } from "@orbis/test-kit/access-matrix";
import { payments, projects } from "../src/db/schema/index";
import { startErasmus, paths, type Harness } from "./harness";
import { createProject, outgoingMobility, projectBody, putRates } from "./fixtures";

let h: Harness;
let erasmus: string;
const ID = "00000000-0000-4000-8000-000000000000";
beforeAll(async () => {
  h = await startErasmus();
  erasmus = await h.tokenFor("erasmus");
  await putRates(h, 2026);
});
afterAll(() => h.close());

describe("projects", () => {
  it("creates a KA171 project; refuses bad input naming the field, a duplicate number (409) and a stale edit (409)", async () => {
    const created = await createProject(h, { action: "KA171", partnerCountries: ["JP", "CA"] });
    expect(created).toMatchObject({ action: "KA171", partnerCountries: ["JP", "CA"], budgetTotalCents: 6_000_000, version: 1 });
    const before = (await h.db.select({ n: count() }).from(projects))[0]!.n;
    const backwards = await h.call("POST", "/projects", { token: erasmus, body: projectBody({ endDate: "2026-01-01" }) });
    expect([backwards.status, paths(backwards.json)]).toEqual([400, ["body.endDate"]]);
    const partners = await h.call("POST", "/projects", { token: erasmus, body: projectBody({ partnerCountries: ["JP"] }) });
    expect(paths(partners.json)).toEqual(["body.partnerCountries"]);
    const badNumber = await h.call("POST", "/projects", { token: erasmus, body: projectBody({ grantAgreementNumber: "12" }) });
    expect(paths(badNumber.json)).toEqual(["body.grantAgreementNumber"]);
    const duplicate = await h.call("POST", "/projects", { token: erasmus, body: projectBody({ action: "KA171", grantAgreementNumber: created.grantAgreementNumber }) });
    expect(duplicate.status).toBe(409);
    expect((await h.db.select({ n: count() }).from(projects))[0]!.n).toBe(before);
    const edited = await h.call("PATCH", `/projects/${created.id}`, { token: erasmus, body: { version: 1, title: "Mobilité internationale 2026" } });
    expect(edited.json).toMatchObject({ title: "Mobilité internationale 2026", version: 2 });
    expect((await h.call("PATCH", `/projects/${created.id}`, { token: erasmus, body: { version: 1, status: "closed" } })).status).toBe(409);
  });

  it("records amendments with the period and budget before and after", async () => {
    const project = await createProject(h);
    const amended = await h.call("POST", `/projects/${project.id}/amendments`, {
      token: erasmus,
      body: { version: 1, signedOn: "2027-03-01", reason: "Fonds supplémentaires", endDate: "2028-12-31", budget: { travel: 700_000 } },
    });
    expect(amended.status).toBe(201);
    expect(amended.json).toMatchObject({ endDate: "2028-12-31", amendmentCount: 1, budget: { travel: 700_000, individualSupport: 5_000_000 } });
    const empty = await h.call("POST", `/projects/${project.id}/amendments`, { token: erasmus, body: { version: 2, signedOn: "2027-03-01", reason: "Rien" } });
    expect([empty.status, paths(empty.json)]).toEqual([400, ["body.budget"]]);
    const history = await h.call("GET", `/projects/${project.id}/amendments`, { token: await h.tokenFor("analyst") });
    expect(history.json).toHaveLength(1);
    expect(history.json[0]).toMatchObject({ number: 1, before: { endDate: "2028-07-31", budget: { travel: 500_000 } }, after: { endDate: "2028-12-31", budget: { travel: 700_000 } } });
  });
});

describe("payments, budget and the Beneficiary Module report", () => {
  it("pays pre-financing once per key, refuses a payment above the grant or a balance before the report, then pays the balance", async () => {
    const project = await createProject(h, { budget: { individualSupport: 200_000, travel: 0, inclusionSupport: 0, organisationalSupport: 100_000 } });
    const m = await outgoingMobility(h, { hostCountry: "DE", plannedStart: "2026-09-01", plannedEnd: "2027-01-31", actualStart: "2026-09-01", actualEnd: "2027-01-31", status: "completed" });
    await h.call("POST", "/sync", { token: erasmus, body: { academicYear: 2026 } });
    const grants = await h.call("GET", `/grants?projectId=${project.id}`, { token: erasmus });
    const g = grants.json.items.find((x: { mobilityId: string }) => x.mobilityId === m.id);
    const schedule = await h.call("GET", `/grants/${g.id}/payments`, { token: erasmus });
    expect(schedule.json.instalments).toEqual([
      { kind: "prefinancing", amountCents: 240_000, paidCents: 0, due: "before-departure", payable: true },
      { kind: "balance", amountCents: 60_000, paidCents: 0, due: "after-report", payable: false },
    ]);
    const body = { idempotencyKey: `pre-${g.id}`, kind: "prefinancing", amountCents: 240_000, paidOn: "2026-08-20", reference: "VIR-1" };
    const [a, b] = await Promise.all([h.call("POST", `/grants/${g.id}/payments`, { token: erasmus, body }), h.call("POST", `/grants/${g.id}/payments`, { token: erasmus, body })]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect((await h.db.select({ n: count() }).from(payments).where(eq(payments.grantId, g.id)))[0]!.n).toBe(1);
    const above = await h.call("POST", `/grants/${g.id}/payments`, { token: erasmus, body: { ...body, idempotencyKey: `x-${g.id}`, kind: "adjustment", amountCents: 60_001 } });
    expect([above.status, paths(above.json)]).toEqual([400, ["body.amountCents"]]);
    const early = await h.call("POST", `/grants/${g.id}/payments`, { token: erasmus, body: { ...body, idempotencyKey: `bal-${g.id}`, kind: "balance", amountCents: 60_000 } });
    expect([early.status, paths(early.json)]).toEqual([400, ["body.kind"]]);
    const current = await h.call("GET", `/grants/${g.id}`, { token: erasmus });
    await h.call("PATCH", `/grants/${g.id}`, { token: erasmus, body: { version: current.json.version, reportSubmitted: true } });
    const balance = await h.call("POST", `/grants/${g.id}/payments`, { token: erasmus, body: { ...body, idempotencyKey: `bal-${g.id}`, kind: "balance", amountCents: 60_000, paidOn: "2027-03-10" } });
    expect(balance.status).toBe(201);
    expect(balance.json).toMatchObject({ paidCents: 300_000, remainingCents: 0 });

    const budget = await h.call("GET", `/projects/${project.id}/budget`, { token: await h.tokenFor("leadership") });
    const individual = budget.json.lines.find((l: { category: string }) => l.category === "individualSupport");
    expect(individual).toMatchObject({ allocatedCents: 200_000, committedCents: 300_000, paidCents: 300_000, overspent: true });
    expect(budget.json.alerts).toContainEqual({ category: "individualSupport", overByCents: 100_000 });

    const check = await h.call("GET", `/projects/${project.id}/beneficiary-report/check`, { token: erasmus });
    expect(check.json.rows).toBe(1);
    expect(check.json.problems[0].issues).toEqual(["Distance band missing", "Receiving city missing"]);
    const csv = await h.request(`/projects/${project.id}/beneficiary-report?format=csv`, { headers: { authorization: `Bearer ${erasmus}` } });
    const text = await csv.text();
    expect(text.split("\n")[0]).toContain("activityType");
    expect(text).toContain("Student mobility for studies");
    const xlsx = await h.request(`/projects/${project.id}/beneficiary-report?format=xlsx`, { headers: { authorization: `Bearer ${erasmus}` } });
    const table = await readXlsx(new Uint8Array(await xlsx.arrayBuffer()));
    expect(table.rows).toHaveLength(1);
    const bad = await h.call("GET", `/projects/${project.id}/beneficiary-report?format=pdf`, { token: erasmus });
    expect([bad.status, paths(bad.json)]).toEqual([400, ["query.format"]]);
  });
});

describe("access", () => {
  it("every route: 401 without a token, 403 for the outgoing team; leadership and analysts read but never write", async () => {
    const reads = ["/projects", `/projects/${ID}`, `/projects/${ID}/amendments`, `/projects/${ID}/budget`, `/projects/${ID}/beneficiary-report/check`, `/projects/${ID}/beneficiary-report`, "/rates", "/rates/2026", "/grants", `/grants/${ID}`, `/grants/${ID}/history`, `/grants/${ID}/payments`, "/sync/last"];
    const writes = [
      { method: "POST", path: "/projects", body: projectBody() },
      { method: "PATCH", path: `/projects/${ID}`, body: { version: 1 } },
      { method: "POST", path: `/projects/${ID}/amendments`, body: { version: 1, signedOn: "2027-01-01", reason: "x", endDate: "2028-01-01" } },
      { method: "PUT", path: "/rates/2030", body: {} },
      { method: "POST", path: "/sync", body: {} },
      { method: "POST", path: "/grants/recalculate", body: {} },
      { method: "PATCH", path: `/grants/${ID}`, body: { version: 1 } },
      { method: "POST", path: `/grants/${ID}/payments`, body: { idempotencyKey: "12345678", kind: "prefinancing", amountCents: 1, paidOn: "2027-01-01" } },
    ];
    await expectGuarded(h, [...reads.map((path) => ({ method: "GET", path, wrongRole: "outgoing" })), ...writes.map((w) => ({ ...w, wrongRole: "outgoing" }))]);
    for (const role of ["leadership", "analyst"]) {
      for (const w of writes) expect((await h.call(w.method, w.path, { token: await h.tokenFor(role), body: w.body })).status, `${role} ${w.method} ${w.path}`).toBe(403);
    }
    expect((await h.call("GET", "/grants?limit=1000", { token: erasmus })).status).toBe(400);
    expect((await h.call("POST", "/sync", { token: erasmus, body: { academicYear: "next" } })).status).toBe(400);
  });
});
