import { BulkFormatError, MAX_IMPORT_ROWS, type Table } from "./errors";

/** A value written to an export cell. */
export type CellOut = string | number | boolean | Date | null | undefined | ReadonlyArray<string | number>;

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === "");

/**
 * Header = first record; data rows keep their position (blank rows in the middle stay, so row numbers match the
 * spreadsheet) but blank rows at the end are dropped.
 */
export function tableFromRecords(records: string[][]): Table {
  const headerCells = records[0];
  if (!headerCells || isBlank(headerCells)) throw new BulkFormatError("The file is empty: the first row must hold the column headers.");
  const header = headerCells.map((h) => h.trim());
  let last = records.length - 1;
  while (last > 0 && isBlank(records[last]!)) last--;
  if (last > MAX_IMPORT_ROWS) {
    throw new BulkFormatError(`The file holds ${last.toLocaleString("en")} rows; at most ${MAX_IMPORT_ROWS.toLocaleString("en")} can be imported at once.`);
  }
  const seen = new Set<string>();
  for (const h of header) {
    if (h === "") continue;
    if (seen.has(h)) throw new BulkFormatError(`The column "${h}" appears twice in the header row.`);
    seen.add(h);
  }
  const rows = records.slice(1, last + 1).map((cells) => {
    const row: Record<string, string> = {};
    header.forEach((h, i) => {
      if (h !== "") row[h] = (cells[i] ?? "").trim();
    });
    return row;
  });
  return { header, rows };
}
