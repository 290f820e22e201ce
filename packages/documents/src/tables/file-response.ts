import { toCsv } from "./csv";
import type { CellOut } from "./table";
import { toXlsx } from "./xlsx";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The OpenAPI responses of a route that answers a table as a CSV or XLSX file. */
export const tableFileResponses = {
  200: {
    description: "The table as a file",
    content: { "text/csv": { schema: { type: "string" as const } }, [XLSX_TYPE]: { schema: { type: "string" as const, format: "binary" } } },
  },
};

/** A table as a downloadable CSV (French Excel) or XLSX file named `<basename>-<today>.<format>`. */
export async function tableFileResponse(
  format: "csv" | "xlsx",
  basename: string,
  columns: ReadonlyArray<{ key: string; header: string; width?: number }>,
  rows: Array<Record<string, CellOut>>,
  sheetName: string,
): Promise<Response> {
  const filename = `${basename}-${new Date().toISOString().slice(0, 10)}.${format}`;
  const body = format === "csv" ? toCsv(columns, rows) : await toXlsx(columns, rows, sheetName);
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    status: 200,
    headers: {
      "content-type": format === "csv" ? "text/csv; charset=utf-8" : XLSX_TYPE,
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "private, no-store",
    },
  });
}
