import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { audit, gradeTables } from "../src/db/schema/index";
import { paths, seedAgreement, startOutgoing, type Harness } from "./harness";
import { expectGuarded } from "./access-matrix";
import { rowCount } from "./mobility-fixtures";

let h: Harness;
beforeAll(async () => {
  h = await startOutgoing();
});
afterAll(() => h.close());

const rows = [
  { grade: "1.0", percentage: 20 },
  { grade: "2.0", percentage: 50 },
  { grade: "3.0", percentage: 30 },
];

describe("grade tables", () => {
  it("creates, lists, replaces and deletes a partner's table, audited, with versions", async () => {
    const token = await h.tokenFor("outgoing");
    const { partnerId } = await seedAgreement(h);
    const created = await h.call("POST", "/grade-tables", { token, body: { kind: "partner", partnerId, iscedCode: "0231", label: "Teststadt languages", rows } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ kind: "partner", partnerId, countryCode: null, iscedCode: "0231", version: 1 });
    const listed = await h.call("GET", `/grade-tables?partnerId=${partnerId}`, { token: await h.tokenFor("coordinator", ["LAW"]) });
    expect(listed.json.map((t: { id: string }) => t.id)).toEqual([created.json.id]);
    const replaced = await h.call("PUT", `/grade-tables/${created.json.id}`, {
      token,
      body: { version: 1, kind: "partner", partnerId, iscedCode: "0231", label: "Renamed", rows: [rows[0], { grade: "2.0", percentage: 80 }] },
    });
    expect(replaced.status).toBe(200);
    expect(replaced.json).toMatchObject({ version: 2, label: "Renamed" });
    const stale = await h.call("PUT", `/grade-tables/${created.json.id}`, { token, body: { version: 1, kind: "partner", partnerId, label: "Old", rows } });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe("stale_version");
    expect((await h.call("DELETE", `/grade-tables/${created.json.id}?version=1`, { token })).status).toBe(409);
    expect((await h.call("DELETE", `/grade-tables/${created.json.id}?version=2`, { token })).status).toBe(204);
    expect((await h.call("GET", `/grade-tables/${created.json.id}`, { token })).status).toBe(404);
    const trail = await h.call("GET", `/audit?entity=grade_table&entityId=${created.json.id}`, { token: await h.tokenFor("admin") });
    expect(trail.json.items.map((a: { action: string }) => a.action)).toEqual(["delete", "update", "create"]);
  });

  it("refuses tables that do not sum to 100, bad home ranges, missing owners and duplicates, writing nothing", async () => {
    const token = await h.tokenFor("outgoing");
    const [tablesBefore, auditBefore] = [await rowCount(h, gradeTables), await rowCount(h, audit)];
    const sum = await h.call("POST", "/grade-tables", { token, body: { kind: "country", countryCode: "ES", label: "España", rows: [{ grade: "10", percentage: 40 }, { grade: "5", percentage: 40 }] } });
    expect(sum.status).toBe(400);
    expect(paths(sum.json)).toEqual(["body.rows"]);
    const home = await h.call("POST", "/grade-tables", { token, body: { kind: "home", label: "Home", rows: [{ grade: "12-14", percentage: 50 }, { grade: "13-16", percentage: 50 }] } });
    expect(paths(home.json)).toEqual(["body.rows.1.grade"]);
    const owner = await h.call("POST", "/grade-tables", { token, body: { kind: "partner", label: "No partner", rows } });
    expect(paths(owner.json)).toEqual(["body.partnerId"]);
    const unknown = await h.call("POST", "/grade-tables", { token, body: { kind: "partner", partnerId: "00000000-0000-4000-8000-000000000000", label: "Ghost", rows } });
    expect(unknown.status).toBe(400);
    expect(paths(unknown.json)).toEqual(["body.partnerId"]);
    const twice = await h.call("POST", "/grade-tables", { token, body: { kind: "country", countryCode: "PT", label: "PT", rows: [{ grade: "A", percentage: 50 }, { grade: "a", percentage: 50 }] } });
    expect(paths(twice.json)).toEqual(["body.rows.1.grade"]);
    expect([await rowCount(h, gradeTables), await rowCount(h, audit)]).toEqual([tablesBefore, auditBefore]);

    const first = await h.call("POST", "/grade-tables", { token, body: { kind: "country", countryCode: "IT", label: "Italia", rows: [{ grade: "30", percentage: 40 }, { grade: "18", percentage: 60 }] } });
    expect(first.status).toBe(201);
    const again = await h.call("POST", "/grade-tables", { token, body: { kind: "country", countryCode: "IT", label: "Italia bis", rows: [{ grade: "30", percentage: 40 }, { grade: "18", percentage: 60 }] } });
    expect(again.status).toBe(409);
    expect(again.json.code).toBe("duplicate");
  });

  it("lets only the outgoing team write, readers read, and lists country scales", async () => {
    const body = { kind: "home", label: "Home", rows: [{ grade: "14-20", percentage: 50 }, { grade: "10-14", percentage: 50 }] };
    expect((await h.call("POST", "/grade-tables", { body })).status).toBe(401);
    expect((await h.call("POST", "/grade-tables", { token: await h.tokenFor("coordinator", ["CHINESE"]), body })).status).toBe(403);
    expect((await h.call("GET", "/grade-tables", { token: await h.tokenFor("incoming") })).status).toBe(403);
    expect((await h.call("GET", "/grade-tables?kind=planet", { token: await h.tokenFor("outgoing") })).status).toBe(400);
    const scales = await h.call("GET", "/grade-scales", { token: await h.tokenFor("coordinator", ["LAW"]) });
    expect(scales.json.find((s: { countryCode: string }) => s.countryCode === "DE").passing[0]).toBe("1");
  });

  it("guards every route and refuses bad ids and versions", async () => {
    const token = await h.tokenFor("outgoing");
    const body = { kind: "country", countryCode: "AT", label: "Österreich", rows: [{ grade: "1", percentage: 50 }, { grade: "2", percentage: 50 }] };
    const table = (await h.call("POST", "/grade-tables", { token, body })).json;
    await expectGuarded(h, [
      { method: "GET", path: "/grade-scales", wrongRole: "erasmus" },
      { method: "GET", path: "/grade-tables", wrongRole: "analytics" },
      { method: "POST", path: "/grade-tables", body, wrongRole: "coordinator" },
      { method: "GET", path: `/grade-tables/${table.id}`, wrongRole: "service" },
      { method: "PUT", path: `/grade-tables/${table.id}`, body: { ...body, version: 1 }, wrongRole: "coordinator" },
      { method: "DELETE", path: `/grade-tables/${table.id}?version=1`, wrongRole: "leadership" },
    ]);
    expect((await h.call("GET", "/grade-tables/42", { token })).status).toBe(400);
    const noVersion = await h.call("DELETE", `/grade-tables/${table.id}`, { token });
    expect(paths(noVersion.json)).toEqual(["query.version"]);
    const badPut = await h.call("PUT", `/grade-tables/${table.id}`, { token, body: { ...body, rows: [{ grade: "1", percentage: 100 }] } });
    expect(paths(badPut.json)).toEqual(["body.rows", "body.version"]);
    expect((await h.call("GET", `/grade-tables/${table.id}`, { token })).json.version).toBe(1);
  });
});
