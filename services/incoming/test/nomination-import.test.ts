import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { tableCounts, upload } from "./admission-fixtures";
import { paths, seedAgreement, startIncoming, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startIncoming();
});
afterAll(() => h.close());

const HEADER = ["Prénom", "Nom", "Courriel", "Sexe", "Date de naissance", "Nationalité", "partnerId", "agreementId", "conditionId", "homeInstitutionName", "homeCountry", "Programme", "Année", "Période", "Département", "Niveau", "ISCED", "Arrivée", "Départ"];
const row = (lastName: string, place: { partnerId: string; agreementId: string; conditionId: string } | null, overrides: Record<number, string> = {}) => {
  const cells = [
    "Lena",
    lastName,
    `${lastName.toLowerCase()}@uni.de`,
    "F",
    "2003-04-12",
    "DE",
    place?.partnerId ?? "",
    place?.agreementId ?? "",
    place?.conditionId ?? "",
    place ? "" : "University of Lagos",
    place ? "" : "NG",
    place ? "KA131" : "FREE_MOVER",
    "2026",
    "autumn",
    "chinese",
    "L3",
    "0231",
    "2026-09-01",
    "2027-01-31",
  ];
  for (const [i, v] of Object.entries(overrides)) cells[Number(i)] = v;
  return cells;
};
const csv = (rows: string[][]) => new TextEncoder().encode([HEADER, ...rows].map((r) => r.join(";")).join("\r\n"));

async function usedPlaces(place: { agreementId: string; conditionId: string }) {
  const places = await h.agreements("GET", `/agreements/${place.agreementId}/availability?year=2026`, { token: await h.tokenFor("service") });
  return (places.json as Array<{ conditionId: string; used: number }>).find((p) => p.conditionId === place.conditionId)!.used;
}

describe("nomination import", () => {
  it("previews, refuses all-or-nothing with errors, and writes the valid rows only, counting places row by row", async () => {
    const place = await seedAgreement(h, { places: 1 });
    const token = await h.tokenFor("incoming");
    const file = { bytes: csv([row("Erste", place), row("Zweite", place), row("Bad", null, { 2: "not-an-email" }), row("Okafor", null)]), name: "nominations.csv" };
    const before = await tableCounts(h);
    const preview = await upload(h, "/students/import", token, file);
    expect(preview.status).toBe(200);
    expect(preview.json).toMatchObject({ rows: 4, valid: 2, written: 0 });
    expect(preview.json.errors).toEqual([
      { row: 3, path: "conditionId", message: "No receiving place is left on this agreement for the year" },
      { row: 4, path: "email", message: expect.any(String) },
    ]);
    expect(preview.json.preview[3]).toEqual({ row: 5, name: "Lena Okafor", email: "okafor@uni.de", department: "CHINESE", home: "University of Lagos" });
    const all = await upload(h, "/students/import?mode=all", token, file);
    expect(all.json.written).toBe(0);
    expect(await tableCounts(h)).toEqual(before);
    expect(await usedPlaces(place)).toBe(0);

    const validOnly = await upload(h, "/students/import?mode=valid-only", token, file);
    expect(validOnly.json).toMatchObject({ valid: 2, written: 2 });
    const after = await tableCounts(h);
    expect(after.students).toBe(before.students! + 2);
    expect(after.audit).toBe(before.audit! + 2);
    expect(await usedPlaces(place)).toBe(1);
    const listed = await h.call("GET", "/students?q=uni.de", { token });
    expect(listed.json.items.map((s: { lastName: string; status: string }) => `${s.lastName}:${s.status}`).sort()).toEqual(["Erste:nominated", "Okafor:nominated"]);
  });

  it("reads XLSX workbooks too", async () => {
    const place = await seedAgreement(h, { places: 3 });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Nominations");
    sheet.addRow(HEADER);
    sheet.addRow(row("Xlsx", place));
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const imported = await upload(h, "/students/import?mode=all", await h.tokenFor("admin"), { bytes, name: "nominations.xlsx" });
    expect(imported.json).toMatchObject({ rows: 1, valid: 1, written: 1, errors: [] });
    expect(await usedPlaces(place)).toBe(1);
  });

  it("refuses unreadable files, bad modes, missing columns and other roles, writing nothing", async () => {
    const token = await h.tokenFor("incoming");
    const before = await tableCounts(h);
    const pdf = await upload(h, "/students/import?mode=all", token, { bytes: new TextEncoder().encode("%PDF-1.4"), name: "x.pdf" });
    expect(pdf.status).toBe(400);
    expect(paths(pdf.json)).toEqual(["body.file"]);
    const mode = await upload(h, "/students/import?mode=everything", token, { bytes: csv([row("A", null)]), name: "a.csv" });
    expect(paths(mode.json)).toEqual(["query.mode"]);
    const missing = await upload(h, "/students/import?mode=all", token, { bytes: new TextEncoder().encode("Nom;Prénom\nA;B"), name: "a.csv" });
    expect(missing.json.errors.map((e: { path: string }) => e.path)).toContain("email");
    expect(missing.json.written).toBe(0);
    expect((await upload(h, "/students/import", "", { bytes: csv([row("A", null)]), name: "a.csv" })).status).toBe(401);
    expect((await upload(h, "/students/import", await h.tokenFor("coordinator", ["CHINESE"]), { bytes: csv([row("A", null)]), name: "a.csv" })).status).toBe(403);
    expect(await tableCounts(h)).toEqual(before);
  });
});
