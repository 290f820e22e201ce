import type { ColumnDef } from "./columns";
import { matchHeaders } from "./columns";
import type { RowError } from "./errors";

export const isBlankRow = (row: Record<string, string>) => Object.values(row).every((v) => v.trim() === "");

/** The file's columns matched to definitions; a required column that is absent is an error on the header row (1). */
export function headerErrors(rows: ReadonlyArray<Record<string, string>>, definitions: readonly ColumnDef[]) {
  const header = Object.keys(rows[0] ?? {});
  const columns = matchHeaders(header, definitions);
  const present = new Set([...columns.values()].map((c) => c.key));
  const missing: RowError[] =
    rows.length === 0
      ? []
      : definitions
          .filter((c) => c.required && !present.has(c.key))
          .map((c) => ({ row: 1, path: c.key, message: `Missing column "${c.header}"` }));
  return { columns, missing };
}

/** Cell texts of one row keyed by column key (import columns only). */
export function readCells(row: Record<string, string>, columns: Map<string, ColumnDef>): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const [header, column] of columns) {
    if (!column.exportOnly) cells[column.key] = (row[header] ?? "").trim();
  }
  return cells;
}

/** zod issues as row errors with the API's dotted paths ("contacts.0.email"). */
export function issuesToRowErrors(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>, row: number): RowError[] {
  return issues.map((issue) => ({ row, path: issue.path.map(String).join("."), message: issue.message }));
}
