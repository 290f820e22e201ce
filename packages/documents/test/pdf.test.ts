import { describe, expect, it } from "vitest";
import { PDFDocument } from "pdf-lib";
import { pdfText, renderPdf, winAnsiSafe } from "../src/index";

describe("renderPdf", () => {
  it("draws the title, fields, table rows and a footer with page numbers, readable back", async () => {
    const bytes = await renderPdf({
      title: "Décision de reconnaissance",
      subtitle: "Université — 2026",
      footer: "Orbis",
      pageWord: "Page",
      language: "fr",
      blocks: [
        { kind: "heading", text: "Étudiant" },
        { kind: "fields", rows: [["Nom", "Zoë Müller"], ["Numéro", "21001234"]] },
        { kind: "table", columns: [{ label: "Cours", width: 3 }, { label: "ECTS", width: 1, align: "right" }], rows: [["Économie", "6"]] },
        { kind: "signature", lines: ["Le coordinateur"] },
      ],
    });
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const text = pdfText(bytes);
    expect(text).toEqual(expect.arrayContaining(["Décision de reconnaissance", "Zoë Müller", "Économie", "6", "Orbis — Page 1 / 1"]));
    expect((await PDFDocument.load(bytes)).getTitle()).toBe("Décision de reconnaissance");
  });

  it("breaks long tables across pages and numbers every page", async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`Ligne ${i + 1}`, String(i)]);
    const bytes = await renderPdf({ title: "Liste", footer: "Orbis", language: "fr", blocks: [{ kind: "table", columns: [{ label: "A", width: 1 }, { label: "B", width: 1 }], rows }] });
    const pages = (await PDFDocument.load(bytes)).getPageCount();
    expect(pages).toBeGreaterThan(2);
    const text = pdfText(bytes);
    expect(text).toContain("Ligne 120");
    expect(text).toContain(`Orbis — Page ${pages} / ${pages}`);
  });

  it("replaces characters the standard fonts cannot draw instead of failing", async () => {
    expect(winAnsiSafe("Москва — Zoë")).toBe("?????? — Zoë");
    const bytes = await renderPdf({ title: "北京大学", footer: "Orbis", language: "fr", blocks: [{ kind: "paragraph", text: "Санкт-Петербург" }] });
    expect(pdfText(bytes)).toContain("?????-?????????");
  });

  it("is reproducible: the same input gives the same bytes", async () => {
    const spec = { title: "T", footer: "F", language: "en", blocks: [{ kind: "paragraph" as const, text: "x" }] };
    expect(Buffer.from(await renderPdf(spec)).equals(Buffer.from(await renderPdf(spec)))).toBe(true);
  });
});
