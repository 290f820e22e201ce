import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";

/** What a printable office document is made of, top to bottom. */
export type Block =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "fields"; rows: ReadonlyArray<readonly [label: string, value: string]> }
  | { kind: "table"; columns: ReadonlyArray<{ label: string; width: number; align?: "left" | "right" }>; rows: ReadonlyArray<ReadonlyArray<string>> }
  | { kind: "signature"; lines: ReadonlyArray<string> };

export interface PdfDocumentSpec {
  title: string;
  /** Small print under the title: institution, reference, date. */
  subtitle?: string;
  /** Printed at the foot of every page with "page n / N". */
  footer: string;
  /** "Page" in the document's language. */
  pageWord?: string;
  language: string;
  blocks: ReadonlyArray<Block>;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const BODY = 10;
const LINE = 14;

/**
 * The standard fonts encode WinAnsi only: characters outside it (names in Cyrillic, Han...) would throw. Latin
 * letters with diacritics are kept; anything else becomes "?" so a document is always produced.
 */
export function winAnsiSafe(text: string): string {
  return text.replace(/[^\u0020-\u007e\u00a0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/g, "?");
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of winAnsiSafe(text).split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

function fit(text: string, font: PDFFont, size: number, width: number): string {
  let value = winAnsiSafe(text);
  if (font.widthOfTextAtSize(value, size) <= width) return value;
  while (value.length > 1 && font.widthOfTextAtSize(`${value}…`, size) > width) value = value.slice(0, -1);
  return `${value}…`;
}

/** Renders the blocks on A4 pages with page breaks, a running footer and document metadata (title, language). */
export async function renderPdf(spec: PdfDocumentSpec): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(winAnsiSafe(spec.title), { showInWindowTitleBar: true });
  pdf.setLanguage(spec.language);
  pdf.setCreator("Orbis");
  pdf.setProducer("Orbis");
  pdf.setCreationDate(new Date(0));
  pdf.setModificationDate(new Date(0));
  const regular = await pdf.embedFont(StandardFonts.Helvetica, { customName: "OrbisRegular" });
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold, { customName: "OrbisBold" });
  const contentWidth = A4[0] - 2 * MARGIN;
  let page: PDFPage = pdf.addPage(A4);
  let y = A4[1] - MARGIN;

  const ensure = (height: number) => {
    if (y - height < MARGIN + 30) {
      page = pdf.addPage(A4);
      y = A4[1] - MARGIN;
    }
  };
  const text = (value: string, x: number, font = regular, size = BODY) => page.drawText(value, { x, y, size, font, color: rgb(0.1, 0.1, 0.1) });

  for (const line of wrap(spec.title, bold, 16, contentWidth)) {
    ensure(22);
    text(line, MARGIN, bold, 16);
    y -= 22;
  }
  if (spec.subtitle) {
    for (const line of wrap(spec.subtitle, regular, 9, contentWidth)) {
      ensure(LINE);
      text(line, MARGIN, regular, 9);
      y -= 12;
    }
  }
  y -= 8;

  for (const block of spec.blocks) {
    switch (block.kind) {
      case "heading":
        ensure(LINE * 3);
        y -= 6;
        text(fit(block.text, bold, 12, contentWidth), MARGIN, bold, 12);
        y -= LINE + 4;
        break;
      case "paragraph":
        for (const line of wrap(block.text, regular, BODY, contentWidth)) {
          ensure(LINE);
          text(line, MARGIN);
          y -= LINE;
        }
        y -= 4;
        break;
      case "fields": {
        const labelWidth = Math.min(200, Math.max(...block.rows.map(([label]) => bold.widthOfTextAtSize(winAnsiSafe(label), BODY))) + 12);
        for (const [label, value] of block.rows) {
          const lines = wrap(value || "—", regular, BODY, contentWidth - labelWidth);
          ensure(LINE * lines.length);
          text(fit(label, bold, BODY, labelWidth - 8), MARGIN, bold);
          for (const line of lines) {
            text(line, MARGIN + labelWidth);
            y -= LINE;
          }
        }
        y -= 4;
        break;
      }
      case "table": {
        const total = block.columns.reduce((sum, column) => sum + column.width, 0);
        const widths = block.columns.map((column) => (column.width / total) * contentWidth);
        const drawRow = (cells: ReadonlyArray<string>, font: PDFFont) => {
          ensure(LINE + 2);
          let x = MARGIN;
          block.columns.forEach((column, i) => {
            const value = fit(cells[i] ?? "", font, 9, widths[i]! - 6);
            const offset = column.align === "right" ? widths[i]! - 6 - font.widthOfTextAtSize(value, 9) : 0;
            text(value, x + offset, font, 9);
            x += widths[i]!;
          });
          y -= LINE;
        };
        drawRow(block.columns.map((column) => column.label), bold);
        page.drawLine({ start: { x: MARGIN, y: y + LINE - 3 }, end: { x: MARGIN + contentWidth, y: y + LINE - 3 }, thickness: 0.5 });
        for (const row of block.rows) drawRow(row, regular);
        y -= 6;
        break;
      }
      case "signature":
        ensure(LINE * (block.lines.length + 3));
        y -= LINE;
        for (const line of block.lines) {
          text(fit(line, regular, BODY, contentWidth), MARGIN);
          y -= LINE;
        }
        break;
    }
  }

  const pages = pdf.getPages();
  pages.forEach((p, i) => {
    const label = winAnsiSafe(`${spec.footer} — ${spec.pageWord ?? "Page"} ${i + 1} / ${pages.length}`);
    p.drawText(label, { x: MARGIN, y: MARGIN - 20, size: 8, font: regular, color: rgb(0.35, 0.35, 0.35) });
  });
  return pdf.save({ useObjectStreams: false });
}

