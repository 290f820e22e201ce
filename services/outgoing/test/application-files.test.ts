import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applicationDocuments, applications } from "../src/db/schema/index";
import { paths, seedAgreement, startOutgoing, type Harness } from "./harness";
import { counts, createApplication, createCall, syncDestinations } from "./selection-fixtures";

let h: Harness;
let callId: string;
let erasmusCode: string;
beforeAll(async () => {
  h = await startOutgoing();
  const seeded = await seedAgreement(h, { departments: ["LAW"] });
  callId = (await createCall(h, { requiredDocuments: ["Transcript", "CV"] })).id;
  await syncDestinations(h, callId);
  const partner = await h.agreements("GET", `/partners/${seeded.partnerId}`, { token: await h.tokenFor("agreements") });
  erasmusCode = partner.json.erasmusCode;
});
afterAll(() => h.close());

const HEADER = "studentNumber;firstName;lastName;email;department;level;sex;nationality;boursier;moyenne;certificateLanguage;certificateCefr;choice1";
const upload = async (path: string, file: File, fields: Record<string, string> = {}, role = "outgoing") => {
  const form = new FormData();
  form.set("file", file);
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  const response = await h.request(path, { method: "POST", body: form, headers: { authorization: `Bearer ${await h.tokenFor(role)}` } });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test reads of JSON answers
  return { status: response.status, json: (await response.json()) as any };
};

describe("application import", () => {
  it("previews a CSV with row errors, then imports the valid rows only", async () => {
    const csv = [
      HEADER,
      `31000001;Anna;Weber;anna@etu.orbis.test;LAW;L3;F;FR;oui;14,5;de;B2;${erasmusCode.replace(/\s+/g, "")}`,
      `31000002;Paul;Klein;paul@etu.orbis.test;CHINESE;L3;M;FR;non;12;;;${erasmusCode}`,
      `31000003;Zoé;Roth;not-an-email;LAW;L9;F;FR;peut-être;25;;;`,
    ].join("\n");
    const before = await counts(h, applications);
    const preview = await upload(`/calls/${callId}/applications/import`, new File([csv], "applications.csv"));
    expect(preview.status).toBe(200);
    expect(preview.json).toMatchObject({ rows: 3, valid: 1, written: 0 });
    expect(preview.json.errors.map((e: { row: number; path: string }) => `${e.row}:${e.path}`)).toEqual(["3:choice1", "4:scholarshipHolder", "4:email", "4:level", "4:gradeAverage"]);
    expect(preview.json.preview[0]).toMatchObject({ row: 2, studentNumber: "31000001", name: "Anna Weber", department: "LAW" });
    expect(await counts(h, applications)).toEqual(before);
    const all = await upload(`/calls/${callId}/applications/import?mode=all`, new File([csv], "applications.csv"));
    expect(all.json.written).toBe(0);
    const validOnly = await upload(`/calls/${callId}/applications/import?mode=valid-only`, new File([csv], "applications.csv"));
    expect(validOnly.json.written).toBe(1);
    const list = await h.call("GET", `/calls/${callId}/applications?q=Weber`, { token: await h.tokenFor("outgoing") });
    expect(list.json.items[0]).toMatchObject({ scholarshipHolder: true, gradeAverage: 14.5, languageCertificate: { language: "de", cefr: "B2" } });
    expect(list.json.items[0].choices).toHaveLength(1);
    const twice = await upload(`/calls/${callId}/applications/import?mode=valid-only`, new File([csv], "applications.csv"));
    expect(twice.json.errors.filter((e: { path: string }) => e.path === "studentNumber")).toHaveLength(1);
  });

  it("reads XLSX workbooks and refuses other files naming body.file; office only", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Candidatures");
    sheet.addRow(HEADER.split(";"));
    sheet.addRow(["31000010", "Ida", "Berg", "ida@etu.orbis.test", "LAW", "M1", "F", "SE", "", "13", "", "", erasmusCode]);
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const read = await upload(`/calls/${callId}/applications/import`, new File([bytes], "applications.xlsx"));
    expect(read.json).toMatchObject({ rows: 1, valid: 1, errors: [] });
    const pdf = await upload(`/calls/${callId}/applications/import`, new File(["%PDF-1.4"], "applications.pdf"));
    expect(pdf.status).toBe(400);
    expect(paths(pdf.json)).toEqual(["body.file"]);
    expect((await upload(`/calls/${callId}/applications/import`, new File(["x"], "a.csv"), {}, "coordinator")).status).toBe(403);
  });
});

describe("application documents", () => {
  it("stores PDF/JPEG/PNG by their first bytes under a required kind, lists and downloads them; eligibility follows", async () => {
    const application = await createApplication(h, callId);
    const pdf = await upload(`/applications/${application.id}/documents`, new File(["%PDF-1.7 transcript"], "relevé.pdf", { type: "application/pdf" }), { kind: "Transcript" });
    expect(pdf.status).toBe(201);
    expect(pdf.json).toMatchObject({ kind: "Transcript", contentType: "application/pdf", filename: "relevé.pdf" });
    const png = await upload(`/applications/${application.id}/documents`, new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1])], "cv.png"), { kind: "CV" });
    expect(png.json.contentType).toBe("image/png");
    const read = await h.call("GET", `/applications/${application.id}`, { token: await h.tokenFor("outgoing") });
    expect(read.json.eligibility).toEqual({ eligible: true, reasons: [] });
    const coordinator = await h.tokenFor("coordinator", ["LAW"]);
    const list = await h.call("GET", `/applications/${application.id}/documents`, { token: coordinator });
    expect(list.json.items.map((d: { kind: string }) => d.kind)).toEqual(["Transcript", "CV"]);
    const download = await h.request(`/applications/${application.id}/documents/${pdf.json.id}`, { headers: { authorization: `Bearer ${coordinator}` } });
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(await download.text()).toBe("%PDF-1.7 transcript");
    const other = await h.request(`/applications/${application.id}/documents/${pdf.json.id}`, { headers: { authorization: `Bearer ${await h.tokenFor("coordinator", ["CHINESE"])}` } });
    expect(other.status).toBe(403);
  });

  it("refuses unknown kinds, disguised files and oversized ones, writing nothing", async () => {
    const application = await createApplication(h, callId);
    const before = await counts(h, applicationDocuments);
    const kind = await upload(`/applications/${application.id}/documents`, new File(["%PDF-1.7"], "a.pdf"), { kind: "Passport" });
    expect(paths(kind.json)).toEqual(["body.kind"]);
    const fake = await upload(`/applications/${application.id}/documents`, new File(["MZ not a pdf"], "a.pdf", { type: "application/pdf" }), { kind: "CV" });
    expect(fake.status).toBe(415);
    const big = await upload(`/applications/${application.id}/documents`, new File([new Uint8Array(10 * 1024 * 1024 + 1)], "big.pdf"), { kind: "CV" });
    expect(big.status).toBe(413);
    const empty = await upload(`/applications/${application.id}/documents`, new File([], "empty.pdf"), { kind: "CV" });
    expect(empty.status).toBeGreaterThanOrEqual(400);
    expect((await upload(`/applications/${application.id}/documents`, new File(["%PDF-1.7"], "a.pdf"), { kind: "CV" }, "coordinator")).status).toBe(403);
    expect(await counts(h, applicationDocuments)).toEqual(before);
  });
});
