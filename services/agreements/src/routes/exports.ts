import { AgreementQuery, PartnerQuery } from "@orbis/contracts/agreements";
import { createRouter, defineRoute, principalOf } from "@orbis/service-kit";
import { z } from "zod";
import { AGREEMENT_COLUMNS, agreementToRow, PARTNER_COLUMNS, partnerToRow, toCsv, toXlsx, type CellOut } from "../bulk";
import { READERS } from "../domain/access";
import { agreementOrder, agreementWhere, loadSummaries } from "../domain/agreements";
import { loadPartners, partnerOrder, partnerWhere } from "../domain/partners";
import type { RouteContext } from "./context";

const Format = z.object({ format: z.enum(["csv", "xlsx"]).default("csv") });
const PartnerExportQuery = PartnerQuery.omit({ limit: true, offset: true }).extend(Format.shape);
const AgreementExportQuery = AgreementQuery.omit({ limit: true, offset: true }).extend(Format.shape);

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const fileResponses = {
  200: {
    description: "The filtered list as a file",
    content: { "text/csv": { schema: { type: "string" as const } }, [XLSX_TYPE]: { schema: { type: "string" as const, format: "binary" } } },
  },
};

async function fileResponse(
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

/** The filtered partner and agreement lists as CSV (French Excel) or XLSX. */
export function exportRoutes({ db }: RouteContext) {
  const router = createRouter();

  router.openapi(
    defineRoute({
      method: "get",
      path: "/partners/export",
      tags: ["bulk"],
      summary: "Export the partners matching the list filters (CSV or XLSX)",
      access: { roles: READERS },
      request: { query: PartnerExportQuery },
      responses: fileResponses,
    }),
    async (c) => {
      const query = c.req.valid("query");
      const items = await loadPartners(db, partnerWhere(query), partnerOrder(query));
      return (await fileResponse(query.format, "partenaires", PARTNER_COLUMNS, items.map(partnerToRow), "Partenaires")) as never;
    },
  );

  router.openapi(
    defineRoute({
      method: "get",
      path: "/agreements/export",
      tags: ["bulk"],
      summary: "Export the agreements matching the list filters (CSV or XLSX; coordinators: their departments)",
      access: { roles: READERS },
      request: { query: AgreementExportQuery },
      responses: fileResponses,
    }),
    async (c) => {
      const query = c.req.valid("query");
      const items = await loadSummaries(db, agreementWhere(query, principalOf(c)), agreementOrder(query));
      return (await fileResponse(query.format, "accords", AGREEMENT_COLUMNS, items.map((a) => agreementToRow(a)), "Accords")) as never;
    },
  );

  return router;
}
