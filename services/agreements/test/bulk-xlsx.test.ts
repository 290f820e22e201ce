import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { BulkFormatError, MAX_IMPORT_ROWS, PARTNER_COLUMNS, parseTable, partnerRows, partnerToRow, toXlsx } from "../src/bulk";
import type { Partner } from "@orbis/contracts/agreements";

const partner: Partner = {
  id: "5b3c1c3e-6f1a-4a57-9d7c-2f1b8a0e9c11",
  name: "Uniwersytet Warszawski",
  nameLatin: "University of Warsaw",
  countryCode: "PL",
  city: "Warszawa",
  erasmusCode: "PL WARSZAW01",
  schacCode: "uw.edu.pl",
  website: "https://www.uw.edu.pl",
  faculties: ["Law", "Economics; Management"],
  contacts: [
    { role: "Erasmus coordinator", name: "Anna Nowak", email: "a.nowak@uw.edu.pl", phone: "+48 22 552 00 00" },
    { role: "Incoming office", name: "", email: "incoming@uw.edu.pl", phone: null },
  ],
  networks: ["4EU+"],
  activeAgreements: 3,
  version: 2,
  createdAt: "2026-01-05T10:00:00.000Z",
  updatedAt: "2026-03-01T08:30:00.000Z",
};

async function openWorkbook(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe("toXlsx and parseTable on XLSX", () => {
  it("round trips: the rows read back are the rows written", async () => {
    const rows = [partnerToRow(partner), partnerToRow({ ...partner, name: "Ελληνικό Ανοικτό Πανεπιστήμιο", erasmusCode: null, contacts: [], faculties: [] })];
    const bytes = await toXlsx(PARTNER_COLUMNS, rows, "Partenaires");
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe("PK");
    const table = await parseTable(bytes, "partenaires.xlsx");
    expect(table.header).toEqual(PARTNER_COLUMNS.map((c) => c.header));
    const expected = rows.map((row) =>
      Object.fromEntries(PARTNER_COLUMNS.map((c) => [c.header, row[c.key] === null || row[c.key] === undefined ? "" : String(row[c.key])])),
    );
    expect(table.rows).toEqual(expected);
  });

  it("re-imports its own export as valid partners", async () => {
    const bytes = await toXlsx(PARTNER_COLUMNS, [partnerToRow(partner)], "Partenaires");
    const { valid, errors } = partnerRows((await parseTable(bytes, "export.xlsx")).rows);
    expect(errors).toEqual([]);
    expect(valid).toEqual([
      {
        row: 2,
        value: {
          name: partner.name,
          nameLatin: partner.nameLatin,
          countryCode: "PL",
          city: "Warszawa",
          erasmusCode: "PL WARSZAW01",
          schacCode: "uw.edu.pl",
          website: "https://www.uw.edu.pl",
          faculties: ["Law", "Economics; Management"],
          contacts: partner.contacts,
          networks: ["4EU+"],
        },
      },
    ]);
  });

  it("writes a bold, frozen header row, column widths and the sheet name", async () => {
    const workbook = await openWorkbook(await toXlsx(PARTNER_COLUMNS, [partnerToRow(partner)], "Partenaires: export/2026"));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe("Partenaires  export 2026");
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getColumn(1).width).toBe(40);
    expect(sheet.getRow(2).getCell(PARTNER_COLUMNS.findIndex((c) => c.key === "activeAgreements") + 1).value).toBe(3);
  });

  it("writes dates as ISO strings and reads date cells as ISO dates", async () => {
    const written = await openWorkbook(await toXlsx([{ key: "at", header: "At" }], [{ at: new Date("2026-05-04T12:00:00Z") }], "S"));
    expect(written.worksheets[0]!.getRow(2).getCell(1).value).toBe("2026-05-04T12:00:00.000Z");

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("First");
    sheet.addRow(["Signé le", "Titre", "Lien", "Total"]);
    sheet.addRow([new Date(Date.UTC(2026, 4, 4)), { richText: [{ text: "Accord " }, { text: "cadre", font: { bold: true } }] }, { text: "site", hyperlink: "https://x.org" }, { formula: "1+1", result: 2 }]);
    sheet.addRow([]);
    workbook.addWorksheet("Second").addRow(["ignored"]);
    const table = await parseTable(new Uint8Array(await workbook.xlsx.writeBuffer()), "in.xlsx");
    expect(table.rows).toEqual([{ "Signé le": "2026-05-04", Titre: "Accord cadre", Lien: "site", Total: "2" }]);
  });

  it("rejects a workbook with more than the row limit", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Big");
    sheet.addRow(["Pays", "Ville"]);
    for (let i = 0; i <= MAX_IMPORT_ROWS; i++) sheet.addRow(["FR", "Lyon"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    await expect(parseTable(bytes, "big.xlsx")).rejects.toThrow(BulkFormatError);
  }, 60_000);
});
