import { BulkFormatError, MAX_IMPORT_ROWS, type Table } from "./errors";
import { tableFromRecords, type CellOut } from "./table";

type Separator = ";" | ",";

/** Picks `;` or `,` by counting each outside quotes on the header line; French Excel writes `;`. */
export function detectSeparator(text: string): Separator {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch === ";") semicolons++;
    else if (!quoted && ch === ",") commas++;
  }
  return commas > semicolons ? "," : ";";
}

/** RFC 4180 records: quoted fields may hold separators, doubled quotes and line breaks; CRLF or LF. */
export function parseCsvRecords(text: string, separator: Separator): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  let filled = 0;
  const endRecord = () => {
    record.push(field);
    records.push(record);
    // Stop early on huge files; blank records (trailing empty lines) do not count towards the limit.
    if (record.some((cell) => cell.trim() !== "") && ++filled > MAX_IMPORT_ROWS + 1) throw tooManyRows();
    record = [];
    field = "";
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field.length === 0) quoted = true;
    else if (ch === separator) {
      record.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      endRecord();
      i++;
    } else if (ch === "\n" || ch === "\r") endRecord();
    else field += ch;
    i++;
  }
  if (quoted) throw new BulkFormatError("The CSV file ends inside a quoted field: a closing quote (\") is missing.");
  if (field.length > 0 || record.length > 0) endRecord();
  return records;
}

export const tooManyRows = () =>
  new BulkFormatError(`The file holds more than ${MAX_IMPORT_ROWS.toLocaleString("en")} rows; split it into smaller files.`);

export function readCsv(text: string): Table {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return tableFromRecords(parseCsvRecords(body, detectSeparator(body)));
}

/** Cell text for CSV and XLSX output: lists joined with " | ", dates as ISO strings. */
export function cellToText(value: CellOut): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(cellToText).join(" | ");
  return String(value);
}

const NEEDS_QUOTES = /[";\r\n,]|^\s|\s$/;
/** Spreadsheet programs run cells starting with these as formulas (CSV injection). */
const FORMULA_START = /^[=@\t\r]/;

function csvField(value: CellOut): string {
  let text = cellToText(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A UTF-8 CSV with BOM, `;`-separated and CRLF line ends, as French Excel opens it directly. */
export function toCsv(columns: ReadonlyArray<{ key: string; header: string }>, rows: ReadonlyArray<Record<string, CellOut>>): string {
  const lines = [columns.map((c) => csvField(c.header)).join(";")];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c.key])).join(";"));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
