import ExcelJS from "exceljs";
import type { CellValue } from "exceljs";
import { cellToText } from "./csv";
import { BulkFormatError, MAX_IMPORT_ROWS, type Table } from "./errors";
import { tableFromRecords, type CellOut } from "./table";

/** Dates as ISO strings: a bare day when the cell holds no time of day. */
function isoDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return isoDate(value);
  if (typeof value !== "object") return String(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value) return cellText(value.result ?? null);
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : cellText(value.text as CellValue);
  return ""; // error values (#N/A, #REF!...) read as empty cells
}

/** The first worksheet of an XLSX file as a table. */
export async function readXlsx(bytes: Uint8Array): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw new BulkFormatError("The file could not be read as an Excel workbook (.xlsx); save it again from Excel or as CSV.");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new BulkFormatError("The workbook has no worksheet.");
  // rowCount can include formatted but empty rows; the limit applies to rows with content (checked in tableFromRecords).
  if (sheet.actualRowCount > MAX_IMPORT_ROWS + 1) {
    throw new BulkFormatError(`The file holds more than ${MAX_IMPORT_ROWS.toLocaleString("en")} rows; split it into smaller files.`);
  }
  const headerRow = sheet.getRow(1);
  const width = headerRow.cellCount;
  const records: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    records.push(cells);
  }
  return tableFromRecords(records);
}

/** Excel forbids these in sheet names and caps them at 31 characters. */
const safeSheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, " ").trim().slice(0, 31) || "Sheet1";

/** One worksheet with a bold, frozen header row and widths fitted to the content (within bounds). */
export async function toXlsx(
  columns: ReadonlyArray<{ key: string; header: string; width?: number }>,
  rows: ReadonlyArray<Record<string, CellOut>>,
  sheetName: string,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date(0);
  const sheet = workbook.addWorksheet(safeSheetName(sheetName), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? fittedWidth(c, rows) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(columns.map((c) => {
      const value = row[c.key];
      return typeof value === "number" || typeof value === "boolean" ? value : cellToText(value);
    }));
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function fittedWidth(column: { key: string; header: string }, rows: ReadonlyArray<Record<string, CellOut>>): number {
  let longest = column.header.length;
  for (const row of rows.slice(0, 500)) longest = Math.max(longest, cellToText(row[column.key]).length);
  return Math.min(60, Math.max(10, longest + 2));
}
