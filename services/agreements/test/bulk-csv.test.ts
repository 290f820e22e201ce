import { describe, expect, it } from "vitest";
import { BulkFormatError, MAX_IMPORT_ROWS, PARTNER_COLUMNS, parseTable, toCsv } from "../src/bulk";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("parseTable on CSV", () => {
  it("reads a ;-separated file with CRLF line ends", async () => {
    const table = await parseTable(utf8("Nom;Pays;Ville\r\nUniversität Wien;AT;Wien\r\nUniversidad de Sevilla;ES;Sevilla\r\n"), "p.csv");
    expect(table.header).toEqual(["Nom", "Pays", "Ville"]);
    expect(table.rows).toEqual([
      { Nom: "Universität Wien", Pays: "AT", Ville: "Wien" },
      { Nom: "Universidad de Sevilla", Pays: "ES", Ville: "Sevilla" },
    ]);
  });

  it("detects , from the header line and reads LF line ends", async () => {
    const table = await parseTable(utf8("Name,Country,City\nUniversity of Leeds,GB,Leeds\n"), "p.csv");
    expect(table.rows).toEqual([{ Name: "University of Leeds", Country: "GB", City: "Leeds" }]);
  });

  it("does not count separators inside quoted header cells", async () => {
    const table = await parseTable(utf8('"Nom; original",Pays\nA,FR\n'), "p.csv");
    expect(table.header).toEqual(["Nom; original", "Pays"]);
  });

  it("keeps separators, doubled quotes and line breaks inside quoted fields", async () => {
    const csv = 'Nom;Notes;Ville\r\n"Université ""Paris""; Cité";"ligne 1\r\nligne 2";Paris\r\n';
    const table = await parseTable(utf8(csv), "p.csv");
    expect(table.rows).toEqual([{ Nom: 'Université "Paris"; Cité', Notes: "ligne 1\r\nligne 2", Ville: "Paris" }]);
  });

  it("tolerates a UTF-8 BOM", async () => {
    const table = await parseTable(utf8("\uFEFFPays;Ville\nFR;Lyon\n"), "p.csv");
    expect(table.header).toEqual(["Pays", "Ville"]);
    expect(table.rows).toEqual([{ Pays: "FR", Ville: "Lyon" }]);
  });

  it("reads Windows-1252 files as French Excel saves them", async () => {
    const bytes = new Uint8Array([...utf8("Nom;Ville\n"), 0x55, 0x6e, 0x69, 0x76, 0x65, 0x72, 0x73, 0x69, 0x74, 0xe9, 0x3b, 0x4c, 0x79, 0x6f, 0x6e, 0x0a]);
    const table = await parseTable(bytes, "p.csv");
    expect(table.rows).toEqual([{ Nom: "Université", Ville: "Lyon" }]);
  });

  it("ignores empty trailing rows but keeps blank rows in the middle so row numbers match", async () => {
    const table = await parseTable(utf8("Pays;Ville\nFR;Lyon\n;\nDE;Köln\n\n;\n\n"), "p.csv");
    expect(table.rows).toEqual([{ Pays: "FR", Ville: "Lyon" }, { Pays: "", Ville: "" }, { Pays: "DE", Ville: "Köln" }]);
  });

  it("fills missing trailing cells with empty strings", async () => {
    const table = await parseTable(utf8("Pays;Ville;Notes\nFR;Lyon\n"), "p.csv");
    expect(table.rows).toEqual([{ Pays: "FR", Ville: "Lyon", Notes: "" }]);
  });

  it("rejects what is neither CSV nor XLSX", async () => {
    await expect(parseTable(utf8("%PDF-1.7 ..."), "p.pdf")).rejects.toThrow(BulkFormatError);
    await expect(parseTable(utf8("%PDF-1.7 ..."), "p.csv")).rejects.toThrow(/neither a CSV file nor an Excel workbook/);
    await expect(parseTable(utf8("Pays;Ville\nFR;Lyon\n"), "p.xlsx")).rejects.toThrow(/not an Excel workbook/);
    await expect(parseTable(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), "old.xls")).rejects.toThrow(/\.xls/);
    await expect(parseTable(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0]), "broken.xlsx")).rejects.toThrow(/could not be read/);
    await expect(parseTable(new Uint8Array(), "p.csv")).rejects.toThrow(/empty/);
    await expect(parseTable(utf8("\n\n"), "p.csv")).rejects.toThrow(/column headers/);
  });

  it("rejects an unterminated quoted field and a duplicated column", async () => {
    await expect(parseTable(utf8('Pays;Ville\nFR;"Lyon\n'), "p.csv")).rejects.toThrow(/closing quote/);
    await expect(parseTable(utf8("Pays;Pays\nFR;DE\n"), "p.csv")).rejects.toThrow(/appears twice/);
  });

  it(`accepts ${MAX_IMPORT_ROWS} rows and rejects one more`, async () => {
    const rows = (n: number) => `Pays;Ville\n${"FR;Lyon\n".repeat(n)}`;
    expect((await parseTable(utf8(rows(MAX_IMPORT_ROWS)), "p.csv")).rows).toHaveLength(MAX_IMPORT_ROWS);
    await expect(parseTable(utf8(rows(MAX_IMPORT_ROWS + 1)), "p.csv")).rejects.toThrow(/20,000/);
    await expect(parseTable(utf8(rows(MAX_IMPORT_ROWS + 5_000)), "p.csv")).rejects.toThrow(BulkFormatError);
    // Blank trailing lines do not count.
    expect((await parseTable(utf8(rows(MAX_IMPORT_ROWS) + ";\n".repeat(3_000)), "p.csv")).rows).toHaveLength(MAX_IMPORT_ROWS);
  });
});

describe("toCsv", () => {
  const columns = [
    { key: "name", header: "Nom / Name" },
    { key: "notes", header: "Notes" },
    { key: "places", header: "Places" },
  ];

  it("writes a BOM, ; separators, CRLF and RFC 4180 quoting", () => {
    const csv = toCsv(columns, [{ name: 'Uni "A"; Paris', notes: "l1\nl2", places: 3 }, { name: "B", notes: null, places: 0 }]);
    expect(csv).toBe('\uFEFFNom / Name;Notes;Places\r\n"Uni ""A""; Paris";"l1\nl2";3\r\nB;;0\r\n');
  });

  it("neutralises cells Excel would run as formulas", () => {
    expect(toCsv([{ key: "a", header: "A" }], [{ a: "=HYPERLINK(\"x\")" }])).toContain("'=HYPERLINK");
  });

  it("reads back what it writes", async () => {
    const rows = [{ name: "Uniwersytet Warszawski; Varsovie", notes: 'dit "UW"\r\nsur deux lignes', places: 12 }];
    const table = await parseTable(utf8(toCsv(columns, rows)), "export.csv");
    expect(table.rows).toEqual([{ "Nom / Name": rows[0]!.name, Notes: rows[0]!.notes, Places: "12" }]);
  });

  it("uses the bilingual partner headers", () => {
    const header = toCsv(PARTNER_COLUMNS, []).split("\r\n")[0];
    expect(header).toContain("Pays / Country");
    expect(header).toContain("Code Erasmus / Erasmus code");
  });
});
