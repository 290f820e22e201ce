// Copied from services/outgoing/src/bulk: both mobility poles read partners' spreadsheets the same way.
/** Spreadsheet reading and writing, the same approach as the agreements service's bulk import. */
import { readCsv } from "./csv";
import { BulkFormatError, type Table } from "./errors";
import { readXlsx } from "./xlsx";

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b]; // "PK": an XLSX file is a zip archive
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // legacy .xls (and .doc)
const PDF = [0x25, 0x50, 0x44, 0x46]; // "%PDF"

const extensionOf = (filename: string) => /\.([^./\\]+)$/.exec(filename.toLowerCase())?.[1] ?? "";
const TEXT_EXTENSIONS = new Set(["csv", "txt", ""]);

/** UTF-8 (BOM or not); files French Excel saves as "CSV (séparateur : point-virgule)" are Windows-1252. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/**
 * Reads an uploaded CSV or XLSX file into header + rows of trimmed text cells keyed by header text.
 * The format comes from the content (XLSX = zip) checked against the extension.
 */
export async function parseTable(bytes: Uint8Array, filename: string): Promise<Table> {
  const extension = extensionOf(filename);
  if (bytes.length === 0) throw new BulkFormatError("The file is empty.");
  if (startsWith(bytes, ZIP)) {
    if (extension !== "xlsx" && !TEXT_EXTENSIONS.has(extension)) throw unsupported(filename);
    return readXlsx(bytes);
  }
  if (extension === "xlsx") throw new BulkFormatError(`"${filename}" is named .xlsx but is not an Excel workbook.`);
  if (startsWith(bytes, OLE) || extension === "xls") {
    throw new BulkFormatError("Old Excel files (.xls) are not supported: save the file as .xlsx or CSV.");
  }
  if (!TEXT_EXTENSIONS.has(extension) || startsWith(bytes, PDF) || bytes.includes(0)) throw unsupported(filename);
  return readCsv(decodeText(bytes));
}

const unsupported = (filename: string) =>
  new BulkFormatError(`"${filename}" is neither a CSV file nor an Excel workbook (.xlsx).`);
