/** The most data rows one import file may hold (the header row not counted). */
export const MAX_IMPORT_ROWS = 20_000;

/** The file as a whole cannot be read as a table: wrong format, no header, too many rows. Maps to a 400/415. */
export class BulkFormatError extends Error {
  override readonly name = "BulkFormatError";
}

/** One problem with one spreadsheet row; `row` is 1-based as shown by the spreadsheet (header = row 1). */
export interface RowError {
  row: number;
  path: string;
  message: string;
}

export interface RowsResult<T> {
  valid: Array<{ row: number; value: T }>;
  errors: RowError[];
}

/** The raw table read from a file: cells keyed by the header text found in the file. */
export interface Table {
  header: string[];
  rows: Record<string, string>[];
}

/** Spreadsheet row number of the data row at `index` (0-based) under a one-line header. */
export const sheetRowNumber = (index: number): number => index + 2;
