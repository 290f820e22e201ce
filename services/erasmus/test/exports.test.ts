import { CreateStaffMobility, PROJECT_EXPORT_FIELDS, ProjectExportRow, STAFF_MOBILITY_EXPORT_FIELDS, StaffMobilityExportRow } from "@orbis/contracts/erasmus";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staffMobilities } from "../src/db/schema/index";
import { staffGrantInput, staffMobilityColumns, toStaffMobility } from "../src/domain/staff-mobilities";
import { computeGrant } from "../src/domain/grants/engine";
import { defaultRates } from "../src/domain/grants/default-rates";
import { grants, payments } from "../src/db/schema/index";
import { GRANT_EXPORT_FIELDS, GrantExportRow, PaymentExportRow } from "@orbis/contracts/erasmus";
import { demoErasmusData } from "../src/seed/data";
import { projectRows } from "../src/seed/projects";
import { projects } from "../src/db/schema/index";
import { asTeam, cooperationIdea, NOW, teachingMobility } from "./fixtures-b";
import { paths, startErasmus, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startErasmus({ now: () => NOW });
});
afterAll(() => h.close());

async function exportOf(dataset: string, query = "", role = "analytics") {
  const response = await h.request(`/exports/${dataset}${query}`, { headers: { authorization: `Bearer ${await h.tokenFor(role)}` } });
  const text = await response.text();
  return { response, text, lines: text.trimEnd().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe("analytics exports", () => {
  it("streams every staff mobility, pseudonymous, over several batches and incrementally since an instant", async () => {
    const input = CreateStaffMobility.parse(teachingMobility());
    const rows = Array.from({ length: 520 }, (_, i) => ({ ...staffMobilityColumns(input), lastName: `Secret${i}`, updatedAt: new Date("2024-01-01T00:00:00Z") }));
    await h.db.insert(staffMobilities).values(rows);
    const recent = await (await asTeam(h))("POST", "/staff-mobilities", teachingMobility({ type: "training", teachingHours: null }));
    const { response, text, lines } = await exportOf("staff-mobilities");
    expect(response.status).toBe(200);
    expect(response.headers.get("x-export-contract")).toBe("erasmus.staff-mobilities; version=1");
    expect(lines[0]).toMatchObject({ contract: "erasmus.staff-mobilities", version: 1, fields: STAFF_MOBILITY_EXPORT_FIELDS });
    const parsed = lines.slice(1).map((line) => StaffMobilityExportRow.strict().parse(line));
    expect(parsed).toHaveLength(521);
    expect(new Set(parsed.map((r) => r.id)).size).toBe(521);
    expect(parsed.find((r) => r.id === recent.json.id)).toMatchObject({ type: "training", days: 5, hostCountry: "ES", status: "applied" });
    for (const secret of ["Secret1", "Morel", "claire.morel"]) expect(text).not.toContain(secret);
    const since = await exportOf("staff-mobilities", "?since=2025-01-01T00:00:00Z");
    expect(since.lines.slice(1).map((r) => r.id)).toEqual([recent.json.id]);
  });

  it("exports mobility then cooperation projects in one dataset, as NDJSON or CSV", async () => {
    const data = demoErasmusData(0.2);
    await h.db.insert(projects).values(projectRows(data).slice(0, 4));
    const ka2 = await (await asTeam(h))("POST", "/cooperation-projects", cooperationIdea());
    const { lines } = await exportOf("projects", "", "analyst");
    const rows = lines.slice(1).map((line) => ProjectExportRow.strict().parse(line));
    expect(rows.map((r) => r.kind)).toEqual(["mobility", "mobility", "mobility", "mobility", "cooperation"]);
    expect(rows[4]).toMatchObject({ id: ka2.json.id, action: "KA220-HED", status: "idea", budgetCents: 12_000_000, partnerCountries: ["CZ", "PL"] });
    const csv = await h.request("/exports/projects?format=csv", { headers: { authorization: `Bearer ${await h.tokenFor("leadership")}` } });
    const [header, ...csvRows] = (await csv.text()).trimEnd().split("\r\n");
    expect(header).toBe(PROJECT_EXPORT_FIELDS.join(","));
    expect(csvRows).toHaveLength(5);
  });

  it("exports grants with their amounts per component and payments, without names", async () => {
    const [row] = await h.db.insert(staffMobilities).values(staffMobilityColumns(CreateStaffMobility.parse(teachingMobility()))).returning();
    const input = staffGrantInput(toStaffMobility(row!), { action: "KA131", callYear: 2026 });
    const result = computeGrant(input, defaultRates(2026));
    const [grant] = await h.db
      .insert(grants)
      .values({ source: "staff", mobilityId: row!.id, participantName: "Claire Morel", participantRef: "claire.morel@orbis.test", academicYear: 2026, countryCode: "ES", hostName: "Universidad de Salamanca", mobilityStatus: "applied", snapshot: {}, input, result, totalCents: result.totalCents, paidCents: 50_000 })
      .returning();
    await h.db.insert(payments).values({ grantId: grant!.id, kind: "prefinancing", amountCents: 50_000, paidOn: "2027-02-15", idempotencyKey: "export-test", recordedBy: "erasmus@orbis.test" });
    const exported = await exportOf("grants");
    expect(exported.lines[0]).toMatchObject({ contract: "erasmus.grants", version: 1, fields: GRANT_EXPORT_FIELDS });
    const [g] = exported.lines.slice(1).map((line) => GrantExportRow.strict().parse(line));
    expect(g).toMatchObject({ mobilityId: row!.id, travelCents: 27_500, totalCents: result.totalCents, paidCents: 50_000, destinationGroup: result.group });
    expect(g!.individualSupportCents + g!.travelCents + g!.greenTopUpCents + g!.fewerOpportunitiesCents + g!.traineeshipCents).toBe(result.totalCents);
    for (const secret of ["Claire", "Morel", "claire.morel"]) expect(exported.text).not.toContain(secret);
    const paid = await exportOf("payments", "", "analyst");
    expect(paid.lines.slice(1).map((line) => PaymentExportRow.strict().parse(line))).toEqual([expect.objectContaining({ grantId: grant!.id, kind: "prefinancing", amountCents: 50_000, paidOn: "2027-02-15" })]);
  });

  it("refuses bad parameters and callers without the role", async () => {
    for (const dataset of ["staff-mobilities", "projects", "grants", "payments"]) {
      const bad = await h.call("GET", `/exports/${dataset}?since=yesterday&format=xml`, { token: await h.tokenFor("analytics") });
      expect(bad.status).toBe(400);
      expect(paths(bad.json)).toEqual(["query.format", "query.since"]);
      expect((await h.call("GET", `/exports/${dataset}`)).status).toBe(401);
      expect((await h.call("GET", `/exports/${dataset}`, { token: await h.tokenFor("outgoing") })).status).toBe(403);
      expect((await h.call("GET", `/exports/${dataset}`, { token: await h.tokenFor("service") })).status).toBe(403);
    }
  });
});
