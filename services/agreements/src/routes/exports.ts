import { AgreementQuery, PartnerQuery } from "@orbis/contracts/agreements";
import { createRouter, defineRoute, principalOf } from "@orbis/service-kit";
import { z } from "zod";
import { tableFileResponse as fileResponse, tableFileResponses as fileResponses } from "@orbis/documents/tables";
import { AGREEMENT_COLUMNS, agreementToRow, PARTNER_COLUMNS, partnerToRow } from "../bulk";
import { READERS } from "../domain/access";
import { agreementOrder, agreementWhere, loadSummaries } from "../domain/agreements";
import { loadPartners, partnerOrder, partnerWhere } from "../domain/partners";
import type { RouteContext } from "./context";

const Format = z.object({ format: z.enum(["csv", "xlsx"]).default("csv") });
const PartnerExportQuery = PartnerQuery.omit({ limit: true, offset: true }).extend(Format.shape);
const AgreementExportQuery = AgreementQuery.omit({ limit: true, offset: true }).extend(Format.shape);

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
