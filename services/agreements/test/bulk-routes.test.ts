import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agreements, partners } from "../src/db/schema";
import { partnerBody, startAgreements, type Harness } from "./harness";

let h: Harness;
let writer: string;
beforeAll(async () => {
  h = await startAgreements();
  writer = await h.tokenFor("agreements");
  await h.call("POST", "/partners", { token: writer, body: partnerBody({ nameLatin: "Existing University", erasmusCode: "D  EXIST01", schacCode: "exist.de" }) });
});
afterAll(() => h.close());

const PARTNER_HEADER = "Nom / Name;Nom (alphabet latin) / Latin name;Pays / Country;Ville / City;Code Erasmus / Erasmus code;Code SCHAC / SCHAC code;Réseaux / Networks";
const partnersCsv = (...lines: string[]) => `\uFEFF${[PARTNER_HEADER, ...lines].join("\r\n")}\r\n`;
const VALID_1 = "Università di Bologna;University of Bologna;IT;Bologna;I  BOLOGNA01;unibo.it;UNA EUROPA | Coimbra";
const VALID_2 = "Uniwersytet Jagielloński;Jagiellonian University;PL;Kraków;PL KRAKOW01;uj.edu.pl;";
const BAD_COUNTRY = "Nowhere U;Nowhere University;XX;Nowhere;;nowhere.example;";
const DUPLICATE = "Existing again;Existing again;DE;Berlin;D  EXIST01;;";

async function upload(path: string, content: string | Uint8Array, filename: string, token: string | null = writer) {
  const form = new FormData();
  form.append("file", new File([content], filename));
  const response = await h.request(path, { method: "POST", body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, json: (await response.json()) as { rows: number; valid: number; written: number; errors: Array<{ row: number; path: string }>; code?: string } };
}
const partnerCount = async () => (await h.db.select().from(partners)).length;

describe("bulk import", () => {
  it("previews without writing, with row-level errors (file and database duplicates)", async () => {
    const before = await partnerCount();
    const r = await upload("/import/partners?mode=preview", partnersCsv(VALID_1, BAD_COUNTRY, VALID_2, DUPLICATE), "partenaires.csv");
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ rows: 4, valid: 2, written: 0 });
    expect(r.json.errors.map((e) => `${e.row}:${e.path}`)).toEqual(["3:countryCode", "5:erasmusCode"]);
    expect(await partnerCount()).toBe(before);
  });

  it("writes nothing in mode=all while a row is invalid, the valid rows in mode=valid-only", async () => {
    const before = await partnerCount();
    const all = await upload("/import/partners?mode=all", partnersCsv(VALID_1, BAD_COUNTRY), "partenaires.csv");
    expect(all.json).toMatchObject({ written: 0, valid: 1 });
    expect(await partnerCount()).toBe(before);
    const some = await upload("/import/partners?mode=valid-only", partnersCsv(VALID_1, BAD_COUNTRY), "partenaires.csv");
    expect(some.json).toMatchObject({ written: 1, valid: 1 });
    expect(await partnerCount()).toBe(before + 1);
    const everything = await upload("/import/partners?mode=all", partnersCsv(VALID_2), "partenaires.csv");
    expect(everything.json).toMatchObject({ written: 1, errors: [] });
    const bologna = (await h.call("GET", "/partners?q=bologna", { token: writer })).json.items[0];
    expect(bologna).toMatchObject({ erasmusCode: "I  BOLOGNA01", networks: ["UNA EUROPA", "Coimbra"] });
  });

  it("imports agreements from XLSX, resolving partners by code or name", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Accords");
    sheet.addRow(["Type", "Intitulé / Title", "Partenaires / Partners", "Départements / Departments", "Première année / First year", "Dernière année / Last year", "Conditions (places)"]);
    sheet.addRow(["erasmus-iia", "Erasmus+ Bologna", "I  BOLOGNA01", "CHINESE", "2025-2026", "2028", "sending student-studies places=2 months=10 eqf=6,7 isced=0231"]);
    sheet.addRow(["bilateral", "Kraków exchange", "Jagiellonian University", "RUSSIAN", "2025", "2027", ""]);
    sheet.addRow(["bilateral", "Unknown partner", "Nobody University", "RUSSIAN", "2025", "2024", ""]);
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const before = (await h.db.select().from(agreements)).length;
    const preview = await upload("/import/agreements?mode=all", bytes, "accords.xlsx");
    expect(preview.status).toBe(200);
    expect(preview.json).toMatchObject({ rows: 3, valid: 2, written: 0 });
    expect(preview.json.errors.every((e) => e.row === 4)).toBe(true);
    expect((await h.db.select().from(agreements)).length).toBe(before);
    const done = await upload("/import/agreements?mode=valid-only", bytes, "accords.xlsx");
    expect(done.json.written).toBe(2);
    const bologna = (await h.call("GET", "/agreements?q=bologna", { token: writer })).json.items[0];
    expect(bologna).toMatchObject({ type: "erasmus-iia", startYear: 2025, endYear: 2028, places: 2, status: "draft" });
  });

  it("refuses unreadable files, missing files, other roles and anonymous callers", async () => {
    const before = await partnerCount();
    const pdf = await upload("/import/partners?mode=all", "%PDF-1.4 nope", "partenaires.pdf");
    expect(pdf.status).toBe(400);
    expect((await h.call("POST", "/import/partners?mode=all", { token: writer, body: {} })).status).toBe(415);
    expect((await upload("/import/partners?mode=all", partnersCsv(VALID_1), "p.csv", await h.tokenFor("leadership"))).status).toBe(403);
    expect((await upload("/import/partners?mode=all", partnersCsv(VALID_1), "p.csv", null)).status).toBe(401);
    expect((await upload("/import/partners?mode=everything", partnersCsv(VALID_1), "p.csv")).status).toBe(400);
    expect(await partnerCount()).toBe(before);
  });
});

describe("exports", () => {
  it("exports the filtered partners as French-Excel CSV and as XLSX", async () => {
    const response = await h.request("/partners/export?format=csv&country=IT", { headers: { authorization: `Bearer ${await h.tokenFor("analyst")}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="partenaires-\d{4}-\d{2}-\d{2}\.csv"/);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.trim().split(/\r?\n/);
    expect(lines[0]).toContain("Nom / Name;");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("University of Bologna");
    const xlsx = await h.request("/partners/export?format=xlsx", { headers: { authorization: `Bearer ${writer}` } });
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsx.arrayBuffer()) as ArrayBuffer);
    expect(workbook.worksheets[0]!.rowCount).toBe(1 + (await partnerCount()));
  });

  it("exports the filtered agreements within the caller's scope", async () => {
    const all = await h.request("/agreements/export?format=csv", { headers: { authorization: `Bearer ${writer}` } });
    expect((await all.text()).trim().split(/\r?\n/)).toHaveLength(3);
    const russian = await h.request("/agreements/export?format=csv", { headers: { authorization: `Bearer ${await h.tokenFor("coordinator", ["RUSSIAN"])}` } });
    const lines = (await russian.text()).trim().split(/\r?\n/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("Kraków exchange");
    expect((await h.request("/agreements/export?format=pdf", { headers: { authorization: `Bearer ${writer}` } })).status).toBe(400);
    expect((await h.request("/agreements/export", {})).status).toBe(401);
  });
});
