import { MOBILITY_EXPORT_FIELDS, MobilityExportHeader, MobilityExportRow } from "@orbis/contracts/outgoing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mobilities } from "../src/db/schema/index";
import { paths, startOutgoing, type Harness } from "./harness";
import { insertMobility } from "./mobility-fixtures";

let h: Harness;
beforeAll(async () => {
  h = await startOutgoing();
});
afterAll(() => h.close());

async function exportOf(query: string, role = "analytics") {
  const response = await h.request(`/exports/mobilities${query}`, { headers: { authorization: `Bearer ${await h.tokenFor(role)}` } });
  return { response, text: await response.text() };
}

describe("analytics export", () => {
  it("streams a header then one pseudonymous row per mobility, incrementally since an instant", async () => {
    const old = await insertMobility(h, { lastName: "Ancienne", email: "ancienne@etu.orbis.test", actualStart: "2026-09-02", actualEnd: "2026-12-20" });
    await h.db.update(mobilities).set({ updatedAt: new Date("2020-01-01T00:00:00Z") }).where(eq(mobilities.id, old.id));
    const recent = await insertMobility(h, { lastName: "Récente", programme: "BILATERAL", hostCountry: "CA", scholarshipHolder: true });
    const { response, text } = await exportOf("");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/x-ndjson");
    const lines = text.trimEnd().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    const header = MobilityExportHeader.parse(lines[0]);
    expect(header).toMatchObject({ contract: "outgoing.mobilities", version: 1, since: null, fields: MOBILITY_EXPORT_FIELDS });
    const rows = lines.slice(1).map((line) => MobilityExportRow.strict().parse(line));
    expect(rows.map((r) => r.id).sort()).toEqual([old.id, recent.id].sort());
    expect(rows.find((r) => r.id === old.id)!.durationDays).toBe(110);
    expect(rows.find((r) => r.id === recent.id)).toMatchObject({ programme: "BILATERAL", hostCountry: "CA", scholarshipHolder: true, durationDays: 153 });
    for (const secret of ["Ancienne", "Récente", "etu.orbis.test", old.studentNumber]) expect(text).not.toContain(secret);

    const since = await exportOf("?since=2025-01-01T00:00:00Z");
    const sinceLines = since.text.trimEnd().split("\n");
    expect(JSON.parse(sinceLines[0]!).since).toBe("2025-01-01T00:00:00Z");
    expect(sinceLines.slice(1).map((line) => JSON.parse(line).id)).toEqual([recent.id]);
  });

  it("exports CSV with the contract's fields as header", async () => {
    const { response, text } = await exportOf("?format=csv", "analyst");
    expect(response.headers.get("content-type")).toContain("text/csv");
    const [header, ...rows] = text.trimEnd().split("\r\n");
    expect(header).toBe(MOBILITY_EXPORT_FIELDS.join(","));
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows[0]!.split(",")).toHaveLength(MOBILITY_EXPORT_FIELDS.length);
  });

  it("refuses bad parameters and callers without the role", async () => {
    const token = await h.tokenFor("analytics");
    const bad = await h.call("GET", "/exports/mobilities?since=yesterday&format=xml", { token });
    expect(bad.status).toBe(400);
    expect(paths(bad.json)).toEqual(["query.format", "query.since"]);
    expect((await h.call("GET", "/exports/mobilities")).status).toBe(401);
    expect((await h.call("GET", "/exports/mobilities", { token: await h.tokenFor("coordinator", ["CHINESE"]) })).status).toBe(403);
    expect((await h.call("GET", "/exports/mobilities", { token: await h.tokenFor("service") })).status).toBe(403);
  });
});

describe("Erasmus+ mobilities for grants", () => {
  it("pages Erasmus+ mobilities of a year with the student's identity", async () => {
    const ka131 = await insertMobility(h, { academicYear: 2035, fewerOpportunities: true });
    const ka171 = await insertMobility(h, { academicYear: 2035, programme: "KA171", hostCountry: "CA" });
    await insertMobility(h, { academicYear: 2035, programme: "BILATERAL" });
    await insertMobility(h, { academicYear: 2030 });
    const token = await h.tokenFor("service");
    const page = await h.call("GET", "/erasmus/mobilities?academicYear=2035&limit=1", { token });
    expect(page.status).toBe(200);
    expect(page.json.total).toBe(2);
    expect(page.json.items).toHaveLength(1);
    const next = await h.call("GET", "/erasmus/mobilities?academicYear=2035&limit=1&offset=1", { token: await h.tokenFor("erasmus") });
    const items = [...page.json.items, ...next.json.items];
    expect(items.map((m: { id: string }) => m.id).sort()).toEqual([ka131.id, ka171.id].sort());
    expect(items.find((m: { id: string }) => m.id === ka131.id)).toMatchObject({
      student: { lastName: ka131.lastName, email: ka131.email },
      programme: "KA131",
      fewerOpportunities: true,
      plannedStart: "2026-09-01",
      status: "completed",
    });
    const since = await h.call("GET", `/erasmus/mobilities?since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`, { token });
    expect(since.json.total).toBe(0);
  });

  it("refuses bad parameters and other roles", async () => {
    const token = await h.tokenFor("service");
    const bad = await h.call("GET", "/erasmus/mobilities?academicYear=abc&limit=1000", { token });
    expect(paths(bad.json)).toEqual(["query.academicYear", "query.limit"]);
    expect((await h.call("GET", "/erasmus/mobilities")).status).toBe(401);
    expect((await h.call("GET", "/erasmus/mobilities", { token: await h.tokenFor("analytics") })).status).toBe(403);
    expect((await h.call("GET", "/erasmus/mobilities", { token: await h.tokenFor("coordinator", ["CHINESE"]) })).status).toBe(403);
  });
});

describe("OpenAPI document", () => {
  it("documents the recognition, aid and export routes", async () => {
    const doc = await h.call("GET", "/openapi.json");
    expect(doc.status).toBe(200);
    const documented = Object.keys(doc.json.paths as Record<string, unknown>);
    for (const path of ["/grade-tables", "/mobilities/{id}/recognition", "/mobilities/{id}/recognition/pdf", "/aids", "/mobilities/{id}/aid-awards", "/aid-awards/{id}/status", "/mobilities/{id}/funding", "/exports/mobilities", "/erasmus/mobilities"]) {
      expect(documented.some((p) => p.endsWith(path)), path).toBe(true);
    }
  });
});
